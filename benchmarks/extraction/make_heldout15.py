"""Write the fifteenth held-out set to pages/heldout15/, written BLIND.

Blind: the writer of this set read exactly three files of the repository:
benchmarks/extraction/fixturekit.py, benchmarks/extraction/make_heldout.py and
benchmarks/extraction/make_heldout2.py, for the page, truth and noise conventions and
the helper API. No extraction code, configuration, tests, other generators, existing
pages or results were opened, and no extractor was run on these pages.

What is new: eighteen layouts not used before, each used twice (one noisy page, one
clean page, never the same story): a Ghost theme with Koenig cards, a Medium-style
post with hashed classes (one table pasted as a code block), Joomla 4 with rating and
article navigation, Drupal 10 with the Paragraphs module (noise wrapped in the same
paragraph entities as the story), Next.js with __NEXT_DATA__ and hashed class names, a
Substack web view, an English Blogger post written in Word-style divs, a Hugo static
site (table of contents, hidden heading anchors), a liveblog with timestamped entries,
a Q&A interview in a definition list, a story split across two "pages" in one HTML, a
metered paywall whose overlay sits over a full text still in the DOM, an AMP page
(one with amp-live-list), Wix-like nested divs with inline styles, an old table-based
Urdu portal with <br>-separated text and a marquee ticker, a headless CMS page whose
story sits in <section> elements with no <p>, an Urdu page with Nastaliq web-font
markup and dir=rtl, and an Urdu page with one <span> per sentence. Six of the eighteen
stories are in Urdu. Noise is worded afresh in English and Urdu: related-story lists,
teasers, trending/most-read lists, newsletter, app and channel prompts, share rows,
author bio boxes, comment sections, comment disclaimers, "loading comments", cookie
banners, photo credits as text, sponsor and advertisement labels, paywall prompts,
"continued on page N", corrections boilerplate, and layout-specific widgets. Noise sits
outside the article container and inside it (before the first block, between blocks,
right after the last block and after the wire credit), mostly in blocks with no telling
class or id, and on Drupal, Wix, the <section> page and the sentence-span page in the
very same wrappers as the story's own blocks. Clean pages carry no noise, but every
story's body talks about reading, sharing, following, comments, subscriptions, apps,
newsletters, photos, advertisements, sponsors and members, and has one-line paragraphs.

Body lines: every text block of the story is one line of the truth: a paragraph, a
sub-heading, a block quote, a list item, a liveblog entry heading (its time and title),
an interview question or answer, a table row (cells joined by single spaces). Title,
byline, date and a wire credit printed after the body are never body.

Every outlet, person and sentence here is invented; only the place names are real.
The script checks itself: each recorded noise string is in the page's visible text and
not in its body or title, and each body line is in the visible text.

Run: python benchmarks/extraction/make_heldout15.py  (deterministic).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser

from fixturekit import PAGES, Article, Noise, esc, write_page

SPLIT = "heldout15"

# --- stories ---------------------------------------------------------------------------


def P(t: str) -> tuple:
    return ("p", t)


def H(t: str) -> tuple:
    return ("h", t)


def Q(t: str) -> tuple:
    return ("quote", t)


def ASK(t: str) -> tuple:
    return ("q", t)


def ANS(t: str) -> tuple:
    return ("a", t)


def LH(tm: str, title: str) -> tuple:
    return ("lh", (tm, title))


def UL(*items: str) -> list:
    return [("ul", t) for t in items]


def OL(*items: str) -> list:
    return [("ol", t) for t in items]


def TABLE(head: list[str], *rows: list[str]) -> list:
    return [("th", head), *[("tr", r) for r in rows]]


def line_of(b: tuple) -> str:
    kind, payload = b
    if kind in ("th", "tr"):
        return " ".join(payload)
    if kind == "lh":
        return f"{payload[0]} {payload[1]}"
    return payload


@dataclass
class Story:
    slug: str
    title: str
    author: str
    date: str
    blocks: list
    tail: str | None = None
    agency: str | None = None
    place: str | None = None
    lang: str = "en"

    def lines(self) -> list[str]:
        return [line_of(b) for b in self.blocks]

    def article(self) -> Article:
        return Article(
            self.slug,
            self.title,
            self.author,
            self.date,
            self.lines(),
            self.tail,
            self.agency,
            self.place,
            self.lang,
        )


STORIES = {
    "E0": Story(
        "kkh-snow-live",
        "Karakoram Highway reopens near Sost after heavy snow: live updates",
        "Shehzad Baig",
        "2026-01-14T16:45:00+05:00",
        [
            LH("16:40", "Last stranded vehicles reach Sost"),
            P(
                "The last of the trucks held near Khunjerab since Monday rolled into Sost shortly "
                "after four, the duty officer at the border post said, ending a three-day wait for "
                "about sixty drivers."
            ),
            P(
                "One driver, who carries dried fruit down to Gilgit, said he had shared his food "
                "with a family whose car ran out of fuel on the second night."
            ),
            LH("14:15", "Police ask travellers to follow official updates"),
            P(
                "The traffic police in Hunza asked people not to rely on forwarded voice notes and "
                "to follow the updates posted by the district control room, which it said were "
                "checked every hour."
            ),
            Q(
                "\u201cPlease read the road notice before you set off, not after you get stuck,\u201d "
                "Inspector Farman Ali told reporters at Aliabad."
            ),
            P(
                "Comments from stranded drivers, collected by the control room over the phone, "
                "will be used to plan heated rest stops for next winter, an official said."
            ),
            LH("11:30", "Machinery clears the Khyber to Sost stretch"),
            P(
                "Two snow blowers and a grader cleared the road between Khyber village and Sost by "
                "late morning, the highway authority said. Crews will now move north towards the "
                "pass."
            ),
            *UL(
                "Gulmit to Passu: open to all traffic",
                "Passu to Khyber: open, tyre chains advised",
                "Sost to Khunjerab: closed until further notice",
            ),
            LH("09:05", "Schools in Gojal stay shut"),
            P(
                "The education office kept schools in Gojal tehsil closed for a second day. "
                "Teachers were asked to send homework to parents through each school's messaging "
                "group, and members of a youth club offered to carry printed worksheets to homes "
                "without a phone signal."
            ),
            P("Snow stopped falling overnight."),
        ],
    ),
    "E1": Story(
        "gwadar-rain-live",
        "Gwadar rain: streets flooded as storm lingers over the Makran coast",
        "Saba Dashti",
        "2026-02-23T18:30:00+05:00",
        [
            LH("18:20", "Power restored to the Old Town"),
            P(
                "Electricity returned to most of Gwadar's Old Town in the early evening, the "
                "distribution company said, although feeders serving the fish harbour remain "
                "switched off as a precaution."
            ),
            LH("15:45", "Fishermen told to stay ashore"),
            P(
                "The fisheries department extended its ban on sea trips until Wednesday morning. "
                "Boat owners who are members of the harbour cooperative will receive a small daily "
                "allowance while the ban lasts, its chairman said."
            ),
            Q(
                "\u201cWe have lived beside this sea all our lives, but we have never seen water this "
                "high in the bazaar,\u201d said Mahnaz Bibi, who runs a tailoring shop near the old "
                "jetty."
            ),
            LH("12:10", "What to do if water enters your home"),
            P(
                "The district administration shared a list of precautions and said residents "
                "could report blocked drains through a complaints app launched last year."
            ),
            *OL(
                "Move documents and valuables to a high shelf or the roof.",
                "Switch off the main breaker if water comes into the house.",
                "Do not walk through flowing water, even if it looks shallow.",
                "Keep children away from open drains and the seafront.",
            ),
            LH("09:40", "Overnight rainfall"),
            P(
                "The weather office recorded heavy rain in Gwadar overnight, with lighter showers "
                "in Pasni and Jiwani. A photo posted by a schoolteacher of a rickshaw submerged on "
                "Marine Drive was shared by hundreds of residents."
            ),
            P(
                "Local radio dropped its advertisements and sponsor messages for the day to read "
                "out weather bulletins every half hour."
            ),
            P("More rain is expected tonight."),
        ],
    ),
    "E2": Story(
        "hunza-glaciologist-interview",
        "\u2018The glaciers are talking to us\u2019: a Hunza glaciologist on living with lake bursts",
        "Mehreen Karim",
        "2026-06-09T10:00:00+05:00",
        [
            P(
                "Dr Farzana Aman has spent fifteen years measuring glaciers in the Hunza and "
                "Shigar valleys. Ahead of the summer melt, she spoke about early warnings, open "
                "data and why villages should trust their own observations."
            ),
            P("We spoke at her field station in Passu."),
            ASK("What changed this year?"),
            ANS(
                "The winter was warm and dry, so the snow cover melted early. When that happens "
                "the ice is exposed sooner and the lakes on the glacier fill faster. We saw two "
                "new ponds on the Shishper glacier in April alone."
            ),
            ASK("How do villages learn about a flood in time?"),
            ANS(
                "Every village along the Hunza river now has volunteers who read the stream "
                "gauges twice a day. They text the readings to a control room in Aliabad, and "
                "when a reading jumps, the room rings the volunteers downstream."
            ),
            ASK("Do people trust the warnings?"),
            ANS(
                "They do when the warning comes from someone they know. A siren is one thing, "
                "but when your neighbour calls, you leave. We also share every reading publicly, "
                "so nobody can say anything was hidden."
            ),
            ASK("What do you need most?"),
            ANS(
                "Data that lasts. Most of our stations were paid for by sponsors for three "
                "years, and then the money stopped. For this summer my list is short:"
            ),
            *UL(
                "Repair the two broken gauges on the Batura stream.",
                "Train twenty new volunteers in Gojal.",
                "Print the flood maps in Urdu and Wakhi, not only in English.",
            ),
            ASK("Any advice for visitors?"),
            ANS(
                "Follow local advice, read the signboards and do not camp on a riverbed, however "
                "beautiful it is. And if you post photos of the lakes, tell us where you took "
                "them: some of our best early reports came from tourists' photos."
            ),
        ],
    ),
    "E3": Story(
        "turbat-principal-interview",
        "Turbat principal: \u2018Girls walk four kilometres because they want to learn\u2019",
        "Adeel Rind",
        "2026-09-03T11:00:00+05:00",
        [
            P(
                "Gul Bano Dashti has run the government girls' high school in Turbat for nine "
                "years, and enrolment has nearly doubled in that time. She talked about transport, "
                "exams and a magazine the students produce themselves."
            ),
            ASK("How many students do you have now?"),
            ANS(
                "Eight hundred and forty, up from about four hundred and fifty when I arrived. "
                "Most come from the town, but more and more walk in from villages along the Kech "
                "river."
            ),
            ASK("What keeps girls from finishing school?"),
            ANS(
                "Distance, mostly. Some girls walk four kilometres each way, and parents worry "
                "about the road on winter mornings. We asked the district for a bus and were told "
                "to find a sponsor, so we did: a group of date traders pays for the fuel."
            ),
            ASK("Tell us about the magazine."),
            ANS(
                "The girls write it, edit it and take the photos. It comes out twice a year. "
                "Members of the reading club choose the stories, and we print two hundred "
                "copies, which the students share with families who have no phone."
            ),
            ASK("Do phones help or hurt?"),
            ANS(
                "Both. The students follow lessons on a learning app when the power is on. But "
                "the comments under some videos are no place for children, so we teach them how "
                "to report abuse and block people."
            ),
            ASK("What would you change first?"),
            ANS("Toilets."),
            ANS(
                "Honestly, working toilets would keep more girls in school than any advertisement "
                "about the value of education."
            ),
        ],
    ),
    "E4": Story(
        "zhob-olive-oil",
        "Zhob's olive growers press their first commercial oil",
        "Naseebullah Mandokhail",
        "2026-11-05T09:30:00+05:00",
        [
            P(
                "ZHOB: Olive growers in Zhob district pressed their first commercial batch of oil "
                "this week, six years after a provincial programme began grafting cultivated "
                "varieties on to the wild olive trees that cover the surrounding hills."
            ),
            P(
                "A cooperative of farmers brought about nine tonnes of fruit to a pressing unit at "
                "the agriculture research station, which growers can use for a small fee."
            ),
            H("From wild trees to a harvest"),
            P(
                "Wild olives have grown in the district for centuries but bear small, bitter fruit. "
                "Grafting lets farmers keep the hardy rootstock while growing larger fruit that "
                "holds more oil."
            ),
            P(
                "The cooperative has 212 members, and a third of them are women who own or manage "
                "orchards, its secretary said."
            ),
            *TABLE(
                ["Season", "Fruit pressed (tonnes)", "Oil produced (litres)"],
                ["2024", "1.2", "140"],
                ["2025", "3.8", "460"],
                ["2026", "9.1", "1,180"],
            ),
            H("Selling the oil"),
            P(
                "For now most of the oil goes to buyers in Quetta who read about the project in a "
                "farmers' newsletter. The cooperative is designing a label and plans to sell "
                "bottles through an online shop and a messaging app."
            ),
            Q(
                "\u201cWe don't want a sponsor's name on the bottle. We want Zhob's name on it,\u201d "
                "said Bibi Zarmina, who manages a two-hectare orchard near the town."
            ),
            P("Growers said they would follow the station's advice on pruning this winter."),
            P("Photos of the first bottles were shared widely."),
        ],
        place="Zhob",
    ),
    "E5": Story(
        "khunjerab-trade-season",
        "Khunjerab trade season opens with longer crossing hours",
        "Ali Madad Sher",
        "2026-04-01T15:00:00+05:00",
        [
            P(
                "SOST, April 1 (KNS): The Khunjerab Pass opened for the trade season on Wednesday, "
                "with customs officials extending crossing hours by two hours a day to clear a "
                "backlog of containers held over the winter."
            ),
            P("Traders in Sost said about ninety vehicles crossed on the first day."),
            H("What is crossing"),
            *UL(
                "Fresh fruit, mostly cherries and, later in the season, apples",
                "Dried apricots and walnuts from Hunza and Nagar",
                "Gemstones cut in Gilgit workshops",
                "Building materials and electrical goods heading south",
            ),
            P(
                "The customs office said it had added scanners and staff at the dry port, and that "
                "traders could now follow the status of their declarations on a mobile app "
                "instead of waiting at the counter."
            ),
            P(
                "Members of the Sost traders' association welcomed the longer hours but said the "
                "app often froze when many users logged in at once."
            ),
            Q(
                "\u201cWe lose more to delays than to duties,\u201d said Ghulam Rasool, who has "
                "traded across the pass for twenty years."
            ),
            P(
                "A monthly newsletter from the local chamber of commerce will publish crossing "
                "figures so that members can plan shipments, the chamber's president said."
            ),
            P("The pass usually stays open until late November."),
        ],
        tail="\u2014 Karakoram News Service",
        agency="KNS",
        place="Sost",
    ),
    "E6": Story(
        "quetta-recharge-dams",
        "Quetta bets on small dams to refill its aquifer",
        "Rabia Achakzai",
        "2026-03-18T08:00:00+05:00",
        [
            P(
                "Quetta's water table has fallen so far that some tube wells now draw from more "
                "than three hundred metres down. The provincial government says a network of small "
                "recharge dams in the hills around the city could slow the decline."
            ),
            P(
                "Households on the piped supply, which costs a monthly subscription of a few "
                "hundred rupees, receive water for about two hours every other day."
            ),
            H("How recharge dams work"),
            P(
                "The dams hold back floodwater after rain so that it soaks into the ground instead "
                "of running off along dry riverbeds. Each one is cheap compared with a pipeline, "
                "engineers say, but only works if rain falls."
            ),
            *OL(
                "Survey the catchments above the city for places where water collects.",
                "Build low stone and concrete walls across the chosen streams.",
                "Measure well levels downstream every month for three years.",
                "Publish the readings so residents can see whether the dams work.",
            ),
            P(
                "Hydrologists at a university in the city said the fourth step mattered most. Past "
                "schemes were launched with advertisements and ribbon-cutting, they said, but "
                "nobody was ever told whether the wells recovered."
            ),
            Q(
                "\u201cWater that nobody measures is a promise, not a supply,\u201d said Dr Habib "
                "Kasi, who has studied the Quetta valley for two decades."
            ),
            P(
                "Residents can read the monthly figures on the irrigation department's website, "
                "which also lists the sponsors of each dam."
            ),
            P("Some tanker operators commented that they had seen no change yet."),
            P("The first readings are due in June."),
        ],
    ),
    "E7": Story(
        "deosai-bear-count",
        "Brown bear count rises on the Deosai plateau",
        "Tahira Shigri",
        "2026-10-20T10:00:00+05:00",
        [
            P(
                "SKARDU: Wildlife staff counted more Himalayan brown bears on the Deosai plateau "
                "this summer than in any survey of the past decade, the park's managers said on "
                "Monday."
            ),
            P(
                "The count relies on camera traps, hair caught on barbed wire and sightings by "
                "rangers on horseback."
            ),
            *TABLE(
                ["Survey year", "Bears counted", "Cubs seen"],
                ["2016", "52", "9"],
                ["2021", "61", "12"],
                ["2026", "78", "17"],
            ),
            H("Why the numbers are up"),
            P(
                "Rangers credit a ban on grazing in the core of the park and tighter checks on "
                "hunters. Researchers cautioned that better cameras may explain part of the rise."
            ),
            *UL(
                "Grazing banned in the core zone",
                "Night patrols doubled along the Sheosar lake track",
                "Bear-proof rubbish bins at three camp sites",
            ),
            P(
                "Visitors will be asked to read a short code of conduct when they buy a ticket at "
                "the Sadpara checkpoint, and tour operators must follow a new rule against feeding "
                "wildlife."
            ),
            P(
                "A photo of a mother with three cubs, taken by a ranger in August, was shared "
                "thousands of times and drew comments from as far away as Karachi."
            ),
            P("The park's sponsors will pay for ten more camera traps next year."),
            P("The plateau is snowbound for much of the year."),
        ],
        place="Skardu",
    ),
    "E8": Story(
        "ormara-turtle-volunteers",
        "Volunteers guard green turtle nests on the Ormara coast",
        "Jamila Hoth",
        "2026-09-28T07:30:00+05:00",
        [
            P(
                "ORMARA, Sept 28: A group of fishermen's sons and daughters have spent the nesting "
                "season sleeping on the beaches near Ormara to protect green turtle nests from "
                "dogs, crabs and egg collectors."
            ),
            P(
                "The volunteers, most of them teenagers, marked more than three hundred nests "
                "between August and September, the local wildlife office said."
            ),
            H("A night on the beach"),
            P(
                "Each night two teams walk the shore with red torches, which disturb turtles less "
                "than white light. When a female comes ashore they wait until she has laid her "
                "eggs and gone back to the sea before fencing the nest."
            ),
            P("The group hands visitors a card with three rules:"),
            *UL(
                "Do not shine white lights or phone torches at nesting turtles.",
                "Stay at least ten metres from a turtle on the beach.",
                "Never move eggs; report the nest to the wildlife office.",
            ),
            P(
                "The volunteers post a short update every morning on a page that now has several "
                "thousand followers, and members of the group answer questions in the comments."
            ),
            Q(
                "\u201cMy father used to sell the eggs. Now he wakes me up when it is my turn on the "
                "beach,\u201d said Shahzaib, 16, one of the volunteers."
            ),
            P(
                "A hotel in Ormara is the group's sponsor and provides tea, torches and a place to "
                "sleep during storms."
            ),
            P("Hatchlings are expected until November."),
        ],
        tail="\u2014 Makran Wire",
        agency="Makran Wire",
        place="Ormara",
    ),
    "E9": Story(
        "tharparkar-solar-wells",
        "Solar pumps change the rhythm of life in Tharparkar villages",
        "Sunita Kolhi",
        "2026-05-12T09:00:00+05:00",
        [
            P(
                "MITHI: For generations, women in the villages around Mithi walked to deep wells "
                "before dawn and hauled water up with ropes and camels. In a growing number of "
                "villages, a solar pump now does the work."
            ),
            P(
                "A district programme has fitted pumps to sixty-three wells since 2023, each with "
                "panels fenced off from goats and a tank that fills during the day."
            ),
            H("Time given back"),
            P(
                "Women in Kaloi said the hours saved now go into embroidery, which they sell "
                "through a cooperative that shares its earnings among members."
            ),
            Q(
                "\u201cI used to spend the morning at the well. Now I spend it at my frame,\u201d said "
                "Kamla Bai, who stitches cushion covers for buyers in Karachi."
            ),
            P("Girls in the village said they now reach school on time."),
            H("Repairs and money"),
            P(
                "Not every pump works. A district survey found nine out of order, most because of a "
                "single failed part that nobody nearby could replace. It made three "
                "recommendations:"
            ),
            *OL(
                "Train two mechanics in every union council.",
                "Keep spare controllers at the taluka office.",
                "Let villages pay a small monthly subscription into a repair fund.",
            ),
            P(
                "Some villages already collect the subscription, and a local radio station reads "
                "out the names of villages that have paid, which officials say has worked better "
                "than any advertisement."
            ),
            P(
                "A telecom firm that sponsored the first twenty pumps has been asked to follow up "
                "with spare parts."
            ),
            P(
                "Residents who sent photos of their wells to the programme's helpline through a "
                "messaging app have helped engineers choose sites for the next forty pumps."
            ),
            P("Rain, when it comes, still changes everything."),
        ],
        place="Mithi",
    ),
    "E10": Story(
        "phander-trout-hatchery",
        "Phander trout hatchery doubles output as anglers return",
        "Shamim Akhtar",
        "2026-08-14T12:00:00+05:00",
        [
            P(
                "GAHKUCH: A government trout hatchery near Phander lake has doubled the number of "
                "young fish it releases into Ghizer's rivers, as permit sales to visiting anglers "
                "reach their highest level in years."
            ),
            P(
                "The fisheries department said it released about two hundred thousand brown and "
                "rainbow trout fingerlings this spring."
            ),
            H("Permits and patrols"),
            P(
                "Anglers must buy a permit and follow catch limits. Sales rose by almost half last "
                "year, the department said, helped by an online form that replaced a trip to the "
                "office in Gilgit."
            ),
            *TABLE(
                ["Permit", "Fee", "Daily limit"],
                ["Day permit", "Rs 500", "6 fish"],
                ["Season permit", "Rs 6,000", "6 fish"],
                ["Student permit", "Rs 200", "3 fish"],
            ),
            P(
                "Rangers patrol the rivers on motorbikes and say most violations are by local men "
                "using nets, not by visitors."
            ),
            Q(
                "\u201cTourists read the rules. Our problem is at night, with nets,\u201d said Sher "
                "Baz, a ranger, at the hatchery gate."
            ),
            P(
                "The hatchery is open to visitors, who can watch the feeding and read panels about "
                "the life of a trout. A local school sponsors one of the tanks, and members of its "
                "nature club feed the fish at weekends."
            ),
            P(
                "Guesthouse owners said anglers often share photos of their catch online, which "
                "brings more visitors the following season."
            ),
            P("Fishing closes in October."),
        ],
        place="Gahkuch",
    ),
    "E11": Story(
        "makran-coastal-bus",
        "New intercity bus links Karachi and Gwadar along the coastal highway",
        "Zubair Baloch",
        "2026-07-02T13:00:00+05:00",
        [
            P(
                "GWADAR, July 2: A private operator began a daily air-conditioned bus service "
                "between Karachi and Gwadar on Thursday, cutting the journey along the Makran "
                "Coastal Highway to about nine hours."
            ),
            P(
                "The buses stop at Ormara and Pasni and carry drinking water and a first aid kit, "
                "the company said."
            ),
            H("Fares and journey times"),
            *TABLE(
                ["Route", "Fare", "Journey time"],
                ["Karachi to Ormara", "Rs 3,200", "5 hours"],
                ["Karachi to Pasni", "Rs 4,100", "7 hours"],
                ["Karachi to Gwadar", "Rs 5,000", "9 hours"],
            ),
            P(
                "Passengers can book seats through the company's app or at counters in Lyari and "
                "Gwadar. Members of a frequent travellers' scheme get a free trip after ten."
            ),
            P(
                "The operator said it had no sponsor and no subsidy, and would follow demand "
                "before adding a second daily bus."
            ),
            Q(
                "\u201cI used to change vans three times and lose a whole day. Now I can read a book "
                "and arrive by dinner,\u201d said Naveed Jan, a teacher travelling to Pasni."
            ),
            P(
                "Transport officials said they would inspect the buses monthly, publish the "
                "results and welcome comments from passengers on safety."
            ),
            P("The first bus was full."),
            P(
                "Photos of the new buses at the Gwadar terminal were shared thousands of times, and "
                "advertisements for the service have gone up on billboards in Turbat."
            ),
        ],
        place="Gwadar",
    ),
    "U0": Story(
        "ur-ziarat-juniper",
        "زیارت کے صنوبر کے جنگلات بچانے کے لیے نئی مہم",
        "نگہت کاکڑ",
        "2026-03-05T10:00:00+05:00",
        [
            P(
                "زیارت: محکمہ جنگلات نے زیارت کے صدیوں پرانے صنوبر کے جنگلات کو کٹائی اور بیماری "
                "سے بچانے کے لیے ایک نئی مہم شروع کی ہے جس میں مقامی نوجوانوں کو بھی شامل کیا گیا ہے۔"
            ),
            P(
                "حکام کے مطابق سردیوں میں ایندھن کے لیے درختوں کی کٹائی جنگل کے لیے سب سے بڑا خطرہ "
                "ہے کیونکہ کئی دیہات میں اب بھی گیس کی سہولت موجود نہیں۔"
            ),
            H("مہم میں کیا شامل ہے"),
            *UL(
                "دیہات میں لکڑی کے بجائے گیس سلنڈر رعایتی نرخوں پر فراہم کیے جائیں گے۔",
                "بیمار درختوں کی نشاندہی کے لیے طلبہ کو تربیت دی جائے گی۔",
                "جنگل کے اندر نئی سڑکوں کی تعمیر پر پابندی ہوگی۔",
            ),
            P(
                "مہم کے رضاکار ہر ہفتے درختوں کی تصاویر ایک موبائل ایپ کے ذریعے محکمے کو بھیجیں "
                "گے تاکہ ماہرین بیماری کا بروقت پتہ لگا سکیں۔"
            ),
            Q(
                "\u201cیہ درخت ہمارے دادا پردادا سے بھی پرانے ہیں، انہیں بچانا ہماری ذمہ داری "
                "ہے،\u201d مقامی استاد عبدالرزاق ترین نے کہا۔"
            ),
            P(
                "محکمے نے اسکولوں کے لیے ایک ماہانہ خبرنامہ بھی شروع کیا ہے جسے بچے شوق سے پڑھتے "
                "ہیں اور گھر والوں کے ساتھ شیئر کرتے ہیں۔"
            ),
            P(
                "مہم کی اسپانسر ایک نجی کمپنی ہے جس نے اشتہارات پر پیسہ خرچ کرنے کے بجائے نرسری کے "
                "لیے فنڈ دیے ہیں، اور اس کے اراکین چھٹی کے دن پودے لگانے آتے ہیں۔"
            ),
            P("لوگ محکمے کے صفحے کو فالو کر کے مہم کی سرگرمیوں سے باخبر رہ سکتے ہیں۔"),
            P("پہلی نرسری اپریل میں کھلے گی۔"),
        ],
        place="زیارت",
        lang="ur",
    ),
    "U1": Story(
        "ur-hunza-cherry-export",
        "ہنزہ کی چیری پہلی بار براہ راست خلیجی ممالک روانہ",
        "کریم اللہ بیگ",
        "2026-06-20T12:00:00+05:00",
        [
            P(
                "گلگت (کے این ایس): ہنزہ کی چیری کی پہلی کھیپ اس ہفتے براہ راست خلیجی ممالک بھیج دی "
                "گئی۔ اس سے پہلے یہ پھل کراچی کے راستے بیرون ملک جاتا تھا اور اکثر راستے میں خراب ہو "
                "جاتا تھا۔"
            ),
            P(
                "کاشتکاروں کی تنظیم کے مطابق پہلی کھیپ میں تقریباً بارہ ٹن چیری شامل تھی۔ پھل کو "
                "گلگت کے نئے کولڈ اسٹوریج میں ٹھنڈا کر کے ہوائی جہاز سے روانہ کیا گیا۔"
            ),
            H("کاشتکاروں کی توقعات"),
            P(
                "علی آباد کے ایک باغبان نے بتایا کہ پہلے انہیں فی کلو بہت کم قیمت ملتی تھی۔ اب تنظیم "
                "کے اراکین کو منڈی کے نرخ روزانہ موبائل پیغام کے ذریعے بھیجے جاتے ہیں۔"
            ),
            P("برآمد کنندگان نے کاشتکاروں کے لیے تین شرائط رکھی ہیں:"),
            *OL(
                "پھل صبح سویرے توڑا جائے۔",
                "توڑنے کے چار گھنٹے کے اندر اسے ٹھنڈا کیا جائے۔",
                "ہر ڈبے پر باغ کا نام اور تاریخ درج ہو۔",
            ),
            Q(
                "\u201cہمیں کسی اشتہار کی ضرورت نہیں، ہماری چیری کا ذائقہ خود بولتا ہے،\u201d نگر کی "
                "کاشتکار شمیم بانو نے کہا۔"
            ),
            P(
                "تنظیم نے ایک تصویری کتابچہ بھی چھاپا ہے جسے پڑھ کر نئے کاشتکار درختوں کی کٹائی کا "
                "صحیح طریقہ سیکھ سکتے ہیں۔ اس کتابچے کو سوشل میڈیا پر بڑے پیمانے پر شیئر کیا گیا اور "
                "لوگوں نے اس پر مثبت تبصرے کیے۔"
            ),
            P(
                "کولڈ اسٹوریج کی تعمیر کو ایک بینک نے اسپانسر کیا ہے۔ کاشتکار اس کی ایپ پر اپنی "
                "کھیپ کا اندراج بھی کر سکتے ہیں۔"
            ),
            P("موسم جولائی کے آخر تک جاری رہے گا۔"),
        ],
        agency="کے این ایس",
        place="گلگت",
        lang="ur",
    ),
    "U2": Story(
        "ur-turbat-dates",
        "تربت میں کھجور کی فصل اچھی، مگر خریدار کم",
        "ثمینہ دشتی",
        "2026-08-25T09:00:00+05:00",
        [
            P(
                "تربت: ضلع کیچ میں اس سال کھجور کی فصل گزشتہ کئی برسوں کے مقابلے میں بہتر ہوئی ہے، "
                "لیکن کاشتکاروں کا کہنا ہے کہ باہر سے خریدار کم آنے کی وجہ سے انہیں مناسب قیمت نہیں "
                "مل رہی۔"
            ),
            P("کاشتکاروں کے مطابق بیگم جنگی اور مضافتی اقسام کی پیداوار خاص طور پر زیادہ رہی۔"),
            H("قیمتوں کا حال"),
            *TABLE(
                ["قسم", "گزشتہ سال (فی من)", "اس سال (فی من)"],
                ["بیگم جنگی", "9,000 روپے", "7,500 روپے"],
                ["مضافتی", "6,500 روپے", "5,200 روپے"],
                ["کہربا", "5,000 روپے", "4,300 روپے"],
            ),
            P(
                "زرعی توسیع کے ایک افسر نے کہا کہ کاشتکار ایک نئی موبائل ایپ پر منڈی کے نرخ پڑھ "
                "سکتے ہیں اور اپنی فصل کی تصاویر بھیج کر براہ راست خریداروں سے رابطہ کر سکتے ہیں۔"
            ),
            Q(
                "\u201cہم نے سارا سال باغ کی دیکھ بھال کی، اب کھجور گوداموں میں پڑی ہے،\u201d کاشتکار "
                "داد محمد نے کہا۔"
            ),
            P(
                "کاشتکاروں کی انجمن نے اپنے اراکین کے لیے ایک ہفتہ وار خبرنامہ شروع کیا ہے جس میں "
                "خریداروں کے نام اور فون نمبر شائع کیے جاتے ہیں۔"
            ),
            P(
                "مقامی اخبار میں اس معاملے پر شائع ہونے والی خبر پر قارئین نے بڑی تعداد میں تبصرے "
                "کیے اور اسے شیئر کیا۔"
            ),
            P("انجمن کے صدر نے بتایا کہ ایک بینک نے کھجور میلے کو اسپانسر کرنے کی پیشکش کی ہے۔"),
            P("میلہ اکتوبر میں ہوگا۔"),
        ],
        place="تربت",
        lang="ur",
    ),
    "U3": Story(
        "ur-naltar-ski-children",
        "نلتر میں بچوں کے اسکیئنگ مقابلے، پہاڑی دیہات کی لڑکیاں نمایاں",
        "فرح ناز",
        "2026-02-08T14:00:00+05:00",
        [
            P(
                "گلگت: نلتر کی ڈھلوانوں پر ہونے والے بچوں کے سالانہ اسکیئنگ مقابلوں میں اس سال پہلی "
                "بار لڑکیوں کی تعداد لڑکوں سے زیادہ رہی۔ منتظمین کے مطابق ستر سے زائد بچوں نے حصہ "
                "لیا۔"
            ),
            P("مقابلے تین دن جاری رہے اور ان میں نلتر، ہنزہ اور غذر کے بچے شریک ہوئے۔"),
            H("نتائج"),
            *OL(
                "پہلی پوزیشن: نلتر بالا کی زینب علی",
                "دوسری پوزیشن: علی آباد کی ماہ نور",
                "تیسری پوزیشن: گاہکوچ کے عمران شاہ",
            ),
            P(
                "مقامی اسکی کلب کے اراکین نے بچوں کو پرانے اسکی اور جوتے مفت فراہم کیے جو زیادہ تر "
                "عطیات سے جمع کیے گئے تھے۔"
            ),
            Q(
                "\u201cمیں نے پچھلے سال ٹی وی پر مقابلہ دیکھا تھا، اس بار خود جیت گئی،\u201d زینب علی "
                "نے کہا۔"
            ),
            P(
                "مقابلوں کی تصاویر اور ویڈیوز سوشل میڈیا پر بڑی تعداد میں شیئر کی گئیں اور لوگوں نے "
                "بچوں کی حوصلہ افزائی کے لیے تبصرے کیے۔"
            ),
            P(
                "کلب کے صدر نے کہا کہ وہ کسی اسپانسر کی تلاش میں ہیں تاکہ اگلے سال بچوں کو نئے سامان "
                "کے ساتھ تربیت دی جا سکے۔ خواہش مند والدین کلب کو فالو کر کے تربیتی کیمپ کی تاریخیں "
                "جان سکتے ہیں۔"
            ),
            P("برف اس سال معمول سے زیادہ پڑی۔"),
        ],
        place="گلگت",
        lang="ur",
    ),
    "U4": Story(
        "ur-quetta-book-fair",
        "کوئٹہ کتب میلے میں بلوچی اور براہوی کتابوں کی ریکارڈ فروخت",
        "شاہینہ مری",
        "2026-11-22T16:00:00+05:00",
        [
            P(
                "کوئٹہ: بلوچستان یونیورسٹی میں جاری پانچ روزہ کتب میلے میں اس سال بلوچی اور براہوی "
                "زبان کی کتابوں کی فروخت گزشتہ تمام برسوں سے زیادہ رہی، منتظمین نے اتوار کو بتایا۔"
            ),
            P("میلے میں ملک بھر سے پچاسی ناشرین نے اسٹال لگائے تھے۔"),
            H("کس زبان کی کتنی کتابیں بکیں"),
            *TABLE(
                ["زبان", "فروخت شدہ کتابیں"],
                ["اردو", "18,400"],
                ["انگریزی", "7,800"],
                ["بلوچی", "6,200"],
                ["پشتو", "5,100"],
                ["براہوی", "3,900"],
            ),
            P(
                "منتظمین کا کہنا ہے کہ نوجوان قارئین نے خاص طور پر شاعری اور بچوں کی کتابوں میں "
                "دلچسپی لی۔ کئی طلبہ نے پسندیدہ کتابوں کی تصاویر اپنے دوستوں کے ساتھ شیئر کیں۔"
            ),
            Q(
                "\u201cپہلے لوگ کہتے تھے کہ کتاب پڑھنے کا زمانہ گزر گیا، یہ میلہ اس بات کو غلط ثابت "
                "کرتا ہے،\u201d ایک براہوی ناشر حمید اللہ نے کہا۔"
            ),
            P(
                "ایک مقامی ناشر نے بتایا کہ اس کے ادبی رسالے کے سالانہ خریداروں کی تعداد میلے کے "
                "دوران دگنی ہو گئی۔"
            ),
            P("میلے کے آخری دن کی سرگرمیاں:"),
            *UL(
                "بچوں کے لیے کہانی سنانے کی نشست",
                "بلوچی شاعری پر مذاکرہ",
                "نوجوان مصنفین کی کتابوں کی رونمائی",
            ),
            P(
                "میلے کے اسپانسرز میں ایک موبائل ایپ بنانے والی کمپنی بھی شامل تھی جس نے ای بکس پر "
                "خصوصی رعایت کا اعلان کیا۔"
            ),
            P("اگلا میلہ مارچ میں ہوگا۔"),
        ],
        tail="(بولان نیوز سروس)",
        agency="بولان نیوز سروس",
        place="کوئٹہ",
        lang="ur",
    ),
    "U5": Story(
        "ur-shigar-apricot-dryers",
        "شگر میں خوبانی خشک کرنے کے لیے شمسی ڈرائر، کاشتکاروں کی آمدنی میں اضافہ",
        "نسرین شگری",
        "2026-07-27T10:30:00+05:00",
        [
            P(
                "اسکردو: ضلع شگر کے دیہات میں خواتین نے خوبانی خشک کرنے کے لیے شمسی ڈرائر استعمال "
                "کرنا شروع کر دیے ہیں جس سے پھل صاف رہتا ہے اور منڈی میں بہتر قیمت ملتی ہے۔"
            ),
            P(
                "اس سے پہلے خوبانی چھتوں اور پتھروں پر کھلی دھوپ میں سکھائی جاتی تھی جہاں مٹی اور "
                "کیڑے پھل کو خراب کر دیتے تھے۔"
            ),
            H("ڈرائر کیسے کام کرتا ہے"),
            P(
                "لکڑی اور شفاف پلاسٹک سے بنے ڈبے میں دھوپ سے گرم ہونے والی ہوا پھل کے اوپر سے گزرتی "
                "ہے۔ خوبانی چار سے پانچ دن میں خشک ہو جاتی ہے۔"
            ),
            *UL(
                "ایک ڈرائر میں ایک وقت میں چالیس کلو تازہ خوبانی رکھی جا سکتی ہے۔",
                "ڈرائر کی قیمت کا نصف حصہ کاشتکار خود ادا کرتے ہیں۔",
                "خراب ہونے والے پھل کی مقدار پہلے سے بہت کم ہو گئی ہے۔",
            ),
            Q(
                "\u201cاب ہماری خوبانی پر مٹی نہیں ہوتی، اس لیے دکاندار پوری قیمت دیتے ہیں،\u201d "
                "گاؤں چھورکاہ کی رقیہ بی بی نے کہا۔"
            ),
            P(
                "خواتین کی تنظیم کی اراکین ہر ہفتے ایک دوسرے کے ساتھ تجربات شیئر کرتی ہیں اور پیکنگ "
                "کے نئے طریقے ایک ویڈیو ایپ پر دیکھ کر سیکھتی ہیں۔"
            ),
            P(
                "تنظیم نے خریداروں کو متوجہ کرنے کے لیے کسی اشتہاری مہم کے بجائے اپنے پیکٹوں پر "
                "گاؤں کی تصاویر چھاپنے کا فیصلہ کیا ہے۔"
            ),
            P(
                "منصوبے کی اسپانسر ایک غیر سرکاری تنظیم ہے جو اگلے سال مزید دو سو ڈرائر فراہم کرے گی۔"
            ),
            P("فصل اگست تک جاری رہے گی۔"),
        ],
        place="اسکردو",
        lang="ur",
    ),
}

# --- noise pools -----------------------------------------------------------------------

HEAD_EN = [
    "Chitral bridge reopens after winter repairs",
    "Panjgur date farmers seek cold storage",
    "Astore valley road widening to begin in May",
    "Kharan students top provincial science exam",
    "Loralai wheat procurement centres open",
    "Hunza women's football team heads to Islamabad",
    "Pasni harbour dredging finally starts",
    "Nagar villages get their first mobile tower",
    "Sibi heatwave prompts early school closures",
    "Khuzdar engineering college adds a mining course",
    "Canal desilting completed near Dera Murad Jamali",
    "Skardu's cold desert camp adds a winter season",
    "Turbat airport runway extension approved",
    "Kalash valleys prepare for spring festival",
]
HEAD_UR = [
    "پنجگور میں موبائل سروس بحال",
    "چترال میں برفباری سے راستے بند",
    "گوادر میں ماہی گیروں کا احتجاج ختم",
    "اسکردو ایئرپورٹ کے لیے نئی پروازوں کا اعلان",
    "خضدار میں خواتین کے لیے کمپیوٹر مرکز قائم",
    "ہنزہ میں ثقافتی میلہ اختتام پذیر",
    "لورالائی میں گندم کی خریداری شروع",
    "دیامر میں نئے پل کا افتتاح",
    "کوئٹہ میں پانی کے نرخوں پر سماعت ملتوی",
    "اورماڑہ میں ساحل کی صفائی مہم",
]
CREDITS_EN = [
    "Ijaz Hussain Turi",
    "Mehwish Lasi",
    "Sarfaraz Gichki",
    "Anila Kazmi",
    "Tanveer Abbas Jafri",
    "Rukhsana Marri",
]
CREDITS_UR = ["اکبر حسین یوسفی", "سلمیٰ رئیسانی", "ظفر اقبال نوری", "شبانہ لانگو"]
BIOS_EN = [
    "Hamida Notezai writes about farming, water and rural credit from Quetta, and has "
    "reported from every district of the province.",
    "Faisal Hunzai is our northern correspondent; before journalism he worked as a "
    "trekking guide in Shimshal.",
    "Samina Gichki edits the coastal desk and teaches a reporting workshop in Gwadar.",
]
BIOS_UR = [
    "نسیم اچکزئی کوئٹہ سے تعلیم اور ماحولیات کے موضوعات پر لکھتی ہیں۔",
    "شفقت حسین گلگت میں ہمارے نامہ نگار ہیں اور پہاڑی علاقوں کی خبروں پر نظر رکھتے ہیں۔",
]
COMMENTS_EN = [
    ("Wali Khan", "Finally some good news from our side of the country."),
    ("Naila R.", "Our union council is still waiting for exactly this."),
    ("Junaid from Hub", "Who will look after it once the project money runs out?"),
    ("Sikandar", "Thank you for covering our area properly for once."),
    ("Farah, Quetta", "Please come back to this in six months and check."),
]
COMMENTS_UR = [
    ("عارف", "بہت اچھی خبر، اللہ کرے یہ سلسلہ جاری رہے۔"),
    ("مہرین، کوئٹہ", "ہمارے علاقے میں بھی ایسا کام ہونا چاہیے۔"),
    ("شکیل احمد", "حکومت کو اس طرف بہت پہلے توجہ دینی چاہیے تھی۔"),
    ("نادیہ", "رپورٹر کا شکریہ، بڑی تفصیل سے لکھا۔"),
]


def links(items: list[str], wrap: str = "li", base: str = "/news") -> str:
    return "".join(
        f'<{wrap}><a href="{base}/{abs(hash_of(h)) % 90000 + 10000}">{esc(h)}</a></{wrap}>'
        for h in items
    )


def hash_of(text: str) -> int:
    return int(hashlib.md5(text.encode("utf-8")).hexdigest()[:8], 16)


# English noise: every function takes (rng, site) and returns a Noise.


def n_dont_miss(rng, site):
    h = rng.choice(HEAD_EN)
    return Noise(
        f'<p><strong>Don\u2019t miss:</strong> <a href="/n/{hash_of(h) % 999}">{esc(h)}</a></p>',
        ["Don\u2019t miss:", h],
    )


def n_see_also(rng, site):
    h = rng.choice(HEAD_EN)
    return Noise(
        f'<p>See also \u2192 <a href="/n/{hash_of(h) % 999}">{esc(h)}</a></p>',
        ["See also \u2192", h],
    )


def n_earlier(rng, site):
    h = rng.choice(HEAD_EN)
    return Noise(
        f'<p><em>Earlier on {esc(site)}:</em> <a href="/n/{hash_of(h) % 999}">{esc(h)}</a></p>',
        [f"Earlier on {site}:", h],
    )


def n_further(rng, site):
    items = rng.sample(HEAD_EN, 3)
    return Noise(
        f"<div><h4>Further coverage</h4><ul>{links(items)}</ul></div>", ["Further coverage", *items]
    )


def n_missed(rng, site):
    items = rng.sample(HEAD_EN, 3)
    return Noise(
        f"<div><p><b>Stories you may have missed</b></p>{links(items, 'p')}</div>",
        ["Stories you may have missed", *items],
    )


def n_newsletter(rng, site):
    t = f"The {site} morning email lands in inboxes every weekday before seven."
    return Noise(
        f'<div><p>{esc(t)}</p><form action="/signup"><input type="email" '
        f'placeholder="Your email address"><button>Sign me up</button></form></div>',
        [t, "Sign me up"],
    )


def n_app(rng, site):
    t = f"Breaking stories first: put the {site} app on your phone. Free on Android and iPhone."
    return Noise(f'<p><a href="/get-the-app">{esc(t)}</a></p>', [t])


def n_channel(rng, site):
    t = "Our WhatsApp channel carries the day\u2019s five biggest stories \u2014 tap here to join it."
    return Noise(f"<p><i>{esc(t)}</i></p>", [t])


def n_share(rng, site):
    return Noise(
        '<div><span>Send this story:</span> <a href="#fb">Facebook</a> <a href="#x">X</a> '
        '<a href="#wa">WhatsApp</a> <a href="#mail">Email</a> <button>Copy URL</button></div>',
        ["Send this story:", "Copy URL"],
    )


def n_photo_line(rng, site):
    who = rng.choice(CREDITS_EN)
    return Noise(f"<p>(Photograph: {esc(who)} / {esc(site)})</p>", [f"Photograph: {who}"])


def n_figure_credit(rng, site):
    who = rng.choice(CREDITS_EN)
    return Noise(
        f'<figure><img src="/media/{hash_of(who) % 9999}.jpg" alt="" width="800" height="533">'
        f"<figcaption>Image: {esc(who)} for {esc(site)}</figcaption></figure>",
        [f"Image: {who} for {site}"],
    )


def n_sponsor(rng, site):
    return Noise(
        '<div><small>Paid partner content</small><p><a href="/promo/heaters">Stay warm '
        "this winter: gas heaters on easy monthly instalments</a></p></div>",
        ["Paid partner content", "gas heaters on easy monthly instalments"],
    )


def n_advert(rng, site):
    return Noise(
        '<div><span>\u2014 Advertisement \u2014</span><div style="min-height:250px"></div></div>',
        ["\u2014 Advertisement \u2014"],
    )


def n_continues(rng, site):
    return Noise(
        "<p><i>The story continues after this message</i></p>",
        ["The story continues after this message"],
    )


def n_supporter(rng, site):
    t = f"Support independent reporting: become a {site} supporter and browse without adverts."
    return Noise(f"<p><b>{esc(t)}</b></p>", [t])


def n_print(rng, site):
    t = "A shorter version of this report ran in our Saturday print edition."
    return Noise(f"<p><em>{t}</em></p>", [t])


def n_trending(rng, site):
    items = rng.sample(HEAD_EN, 4)
    return Noise(
        f"<div><h3>Trending right now</h3><ol>{links(items)}</ol></div>",
        ["Trending right now", *items],
    )


def n_picks(rng, site):
    items = rng.sample(HEAD_EN, 3)
    return Noise(
        f"<div><h3>Readers\u2019 picks</h3><ul>{links(items)}</ul></div>",
        ["Readers\u2019 picks", *items],
    )


def n_most_shared(rng, site):
    items = rng.sample(HEAD_EN, 4)
    return Noise(
        f"<div><p><strong>Most shared today</strong></p><ol>{links(items)}</ol></div>",
        ["Most shared today", *items],
    )


def n_bio(rng, site):
    bio = rng.choice(BIOS_EN)
    return Noise(
        f'<div><img src="/authors/x.jpg" alt="" width="64" height="64"><p>{esc(bio)}</p>'
        f'<p><a href="/authors">Everything by this writer</a></p></div>',
        [bio, "Everything by this writer"],
    )


def n_comments(rng, site):
    picked = rng.sample(COMMENTS_EN, 2)
    items = "".join(
        f"<div><b>{esc(n)}</b> <span>{rng.randint(2, 9)}h</span><p>{esc(c)}</p>"
        f"<a href='#r'>Reply</a></div>"
        for n, c in picked
    )
    return Noise(
        f"<div><h3>Reader responses ({len(picked)})</h3>{items}"
        f"<p><a href='#respond'>Add your response</a></p></div>",
        ["Reader responses", *[c for _, c in picked], "Add your response"],
    )


def n_comment_prompt(rng, site):
    t = "Was this useful? Tell us what you think in the box below."
    return Noise(f"<p>{t}</p>", [t])


def n_comment_rules(rng, site):
    t = (
        f"Opinions posted below belong to their writers. {site} does not check them and "
        "removes any that break our house rules."
    )
    return Noise(
        f"<p><small>{esc(t)}</small></p>", ["Opinions posted below belong to their writers"]
    )


def n_loading(rng, site):
    return Noise("<div><span>Loading comments\u2026</span></div>", ["Loading comments"])


def n_cookie(rng, site):
    t = (
        "This site uses cookies to remember your settings and count visits. Carry on browsing "
        "and we\u2019ll take that as a yes."
    )
    return Noise(
        f"<div><p>{esc(t)}</p><button>Accept all</button> <button>Manage choices</button></div>",
        [t, "Manage choices"],
    )


def n_corrections(rng, site):
    t = (
        f"{site} corrects mistakes openly. If you spot one, email our standards desk and we "
        "will reply within two working days."
    )
    return Noise(
        f"<p><small>{esc(t)}</small></p>", ["corrects mistakes openly", "email our standards desk"]
    )


def n_filed(rng, site):
    return Noise(
        '<p>Filed under: <a href="/t/gb">Gilgit-Baltistan</a> \u00b7 <a href="/t/bal">'
        'Balochistan</a> \u00b7 <a href="/t/env">Environment</a></p>',
        ["Filed under:"],
    )


INSIDE_EN = [
    n_dont_miss,
    n_see_also,
    n_earlier,
    n_further,
    n_missed,
    n_newsletter,
    n_app,
    n_channel,
    n_share,
    n_photo_line,
    n_figure_credit,
    n_sponsor,
    n_advert,
    n_continues,
    n_supporter,
]
END_EN = [
    n_bio,
    n_comment_prompt,
    n_comment_rules,
    n_corrections,
    n_share,
    n_photo_line,
    n_filed,
    n_loading,
    n_print,
    n_supporter,
    n_channel,
]
OUTSIDE_EN = [
    n_trending,
    n_picks,
    n_most_shared,
    n_comments,
    n_cookie,
    n_newsletter,
    n_further,
    n_bio,
    n_loading,
    n_app,
]

# Urdu noise


def u_zaroor(rng, site):
    h = rng.choice(HEAD_UR)
    return Noise(
        f'<p><strong>ضرور پڑھیے:</strong> <a href="/ur/{hash_of(h) % 999}">{esc(h)}</a></p>',
        ["ضرور پڑھیے:", h],
    )


def u_related(rng, site):
    items = rng.sample(HEAD_UR, 3)
    return Noise(
        f"<div><h4>اس موضوع پر مزید</h4><ul>{links(items, base='/ur')}</ul></div>",
        ["اس موضوع پر مزید", *items],
    )


def u_most_read(rng, site):
    items = rng.sample(HEAD_UR, 4)
    return Noise(
        f"<div><h3>آج سب سے زیادہ پڑھی جانے والی خبریں</h3><ol>{links(items, base='/ur')}</ol></div>",
        ["آج سب سے زیادہ پڑھی جانے والی خبریں", *items],
    )


def u_popular(rng, site):
    items = rng.sample(HEAD_UR, 3)
    return Noise(
        f"<div><p><b>اس وقت مقبول</b></p>{links(items, 'p', '/ur')}</div>", ["اس وقت مقبول", *items]
    )


def u_app(rng, site):
    t = f"تازہ ترین خبروں کے لیے {site} کی موبائل ایپ ابھی ڈاؤن لوڈ کیجیے"
    return Noise(f'<p><a href="/ur/app">{esc(t)}</a></p>', [t])


def u_channel(rng, site):
    t = "ہمارا واٹس ایپ چینل جوائن کیجیے اور ہر بڑی خبر سب سے پہلے پائیے"
    return Noise(f"<p><i>{t}</i></p>", [t])


def u_newsletter(rng, site):
    t = "ہفتے بھر کی اہم خبریں مفت اپنے ای میل پر حاصل کرنے کے لیے اندراج کیجیے"
    return Noise(
        f'<div><p>{t}</p><form><input type="email" placeholder="ای میل"><button>اندراج</button></form></div>',
        [t],
    )


def u_share(rng, site):
    return Noise(
        '<div><span>یہ خبر دوسروں تک پہنچائیے:</span> <a href="#fb">فیس بک</a> '
        '<a href="#wa">واٹس ایپ</a> <a href="#x">ایکس</a> <button>لنک کاپی کریں</button></div>',
        ["یہ خبر دوسروں تک پہنچائیے:", "لنک کاپی کریں"],
    )


def u_photo(rng, site):
    who = rng.choice(CREDITS_UR)
    return Noise(f"<p>(تصویر: {esc(who)})</p>", [f"تصویر: {who}"])


def u_sponsor(rng, site):
    return Noise(
        '<div><small>سپانسر شدہ مواد</small><p><a href="/ur/promo">سردیوں کے لیے گیس ہیٹر '
        "آسان ماہانہ اقساط پر حاصل کیجیے</a></p></div>",
        ["سپانسر شدہ مواد", "گیس ہیٹر آسان ماہانہ اقساط پر"],
    )


def u_advert(rng, site):
    return Noise(
        '<div><span>\u2014 اشتہار \u2014</span><div style="min-height:250px"></div></div>',
        ["\u2014 اشتہار \u2014"],
    )


def u_bio(rng, site):
    bio = rng.choice(BIOS_UR)
    return Noise(
        f'<div><p>{esc(bio)}</p><p><a href="/ur/authors">اس مصنف کی مزید تحریریں</a></p></div>',
        [bio, "اس مصنف کی مزید تحریریں"],
    )


def u_comment_prompt(rng, site):
    t = "اس خبر پر آپ کی کیا رائے ہے؟ نیچے دیے گئے خانے میں لکھیے۔"
    return Noise(f"<p>{t}</p>", [t])


def u_rules(rng, site):
    t = "تبصروں میں ظاہر کی گئی آراء لکھنے والوں کی ذاتی ہیں، ادارہ ان کا ذمہ دار نہیں۔"
    return Noise(f"<p><small>{t}</small></p>", [t])


def u_corrections(rng, site):
    t = "اگر اس خبر میں کوئی غلطی نظر آئے تو ہمارے ادارتی ڈیسک کو مطلع کیجیے، تصحیح فوراً شائع کی جائے گی۔"
    return Noise(f"<p><small>{t}</small></p>", [t])


def u_loading(rng, site):
    return Noise("<div><span>تبصرے لوڈ ہو رہے ہیں\u2026</span></div>", ["تبصرے لوڈ ہو رہے ہیں"])


def u_comments(rng, site):
    picked = rng.sample(COMMENTS_UR, 2)
    items = "".join(
        f"<div><b>{esc(n)}</b><p>{esc(c)}</p><a href='#r'>جواب دیں</a></div>" for n, c in picked
    )
    return Noise(
        f"<div><h3>قارئین کی آراء</h3>{items}<p><a href='#respond'>اپنی رائے لکھیے</a></p></div>",
        ["قارئین کی آراء", *[c for _, c in picked], "اپنی رائے لکھیے"],
    )


def u_cookie(rng, site):
    t = "یہ ویب سائٹ آپ کا تجربہ بہتر بنانے کے لیے کوکیز استعمال کرتی ہے۔"
    return Noise(f"<div><p>{t}</p><button>ٹھیک ہے</button> <button>ترتیبات</button></div>", [t])


INSIDE_UR = [
    u_zaroor,
    u_related,
    u_popular,
    u_app,
    u_channel,
    u_newsletter,
    u_share,
    u_photo,
    u_sponsor,
    u_advert,
]
END_UR = [u_bio, u_comment_prompt, u_rules, u_corrections, u_share, u_photo, u_loading, u_channel]
OUTSIDE_UR = [u_most_read, u_comments, u_cookie, u_related, u_newsletter, u_bio, u_app, u_popular]

# --- rendering -------------------------------------------------------------------------


class Ctx:
    """Noise bookkeeping for one page: nothing is emitted when the page is clean."""

    def __init__(self, noisy: bool, rng: random.Random, site: str):
        self.noisy = noisy
        self.rng = rng
        self.site = site
        self.noise: list[Noise] = []
        self.inside: dict = {}
        self.outside: list[Noise] = []

    def add(self, *items: Noise) -> str:
        if not self.noisy:
            return ""
        self.noise.extend(items)
        return "".join(n.html for n in items)

    def out(self, k: int | None = None) -> str:
        """Outside noise blocks (all of them, or the k-th)."""
        chosen = self.outside if k is None else self.outside[k : k + 1]
        return "".join(n.html for n in chosen)


class Style:
    """Default markup for each kind of block; layouts override what they need."""

    def p(self, t):
        return f"<p>{esc(t)}</p>"

    def h(self, t):
        return f"<h2>{esc(t)}</h2>"

    def quote(self, t):
        return f"<blockquote><p>{esc(t)}</p></blockquote>"

    def li(self, t):
        return f"<li>{esc(t)}</li>"

    def ul(self, items):
        return "<ul>" + "".join(self.li(t) for t in items) + "</ul>"

    def ol(self, items):
        return "<ol>" + "".join(self.li(t) for t in items) + "</ol>"

    def table(self, head, rows):
        th = "".join(f"<th>{esc(c)}</th>" for c in head)
        trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
        return f"<table><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>"

    def q(self, t):
        return f"<p><strong>{esc(t)}</strong></p>"

    def a(self, t):
        return self.p(t)

    def lh(self, tm, title):
        return f"<h3><time>{tm}</time> {esc(title)}</h3>"

    def tail(self, t):
        return f"<p>{esc(t)}</p>"

    def noise(self, h):
        return h

    def group(self, kind, blocks):
        if kind in ("ul", "ol"):
            return getattr(self, kind)([b[1] for b in blocks])
        if kind == "table":
            head = next(b[1] for b in blocks if b[0] == "th")
            return self.table(head, [b[1] for b in blocks if b[0] == "tr"])
        kind, payload = blocks[0]
        if kind == "lh":
            return self.lh(*payload)
        return getattr(self, kind)(payload)


def gkind(b: tuple) -> str:
    return "table" if b[0] in ("th", "tr") else b[0]


def groups(blocks: list, a: int = 0, b: int | None = None) -> list[tuple[str, list[int]]]:
    """Consecutive list items and table rows form one group; other blocks stand alone."""
    b = len(blocks) if b is None else b
    out: list[tuple[str, list[int]]] = []
    for i in range(a, b):
        k = gkind(blocks[i])
        if out and k in ("ul", "ol", "table") and out[-1][0] == k:
            out[-1][1].append(i)
        else:
            out.append((k, [i]))
    return out


def slot(ctx: Ctx, st: Style, key) -> str:
    return "".join(st.noise(n.html) for n in ctx.inside.get(key, []))


def render_range(s: Story, ctx: Ctx, st: Style, a: int, b: int) -> str:
    out = []
    for kind, idx in groups(s.blocks, a, b):
        out.append(st.group(kind, [s.blocks[i] for i in idx]))
        if idx[-1] != len(s.blocks) - 1:
            out.append(slot(ctx, st, idx[-1]))
    return "\n".join(x for x in out if x)


def render_tail(s: Story, ctx: Ctx, st: Style) -> str:
    out = [slot(ctx, st, "end")]
    if s.tail:
        out.append(st.tail(s.tail))
    out.append(slot(ctx, st, "tail"))
    return "\n".join(x for x in out if x)


def render(s: Story, ctx: Ctx, st: Style) -> str:
    return "\n".join(
        x
        for x in (
            slot(ctx, st, -1),
            render_range(s, ctx, st, 0, len(s.blocks)),
            render_tail(s, ctx, st),
        )
        if x
    )


# --- page chrome -----------------------------------------------------------------------

MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_UR = [
    "جنوری",
    "فروری",
    "مارچ",
    "اپریل",
    "مئی",
    "جون",
    "جولائی",
    "اگست",
    "ستمبر",
    "اکتوبر",
    "نومبر",
    "دسمبر",
]
SECTIONS_EN = [
    "Home",
    "Balochistan",
    "Gilgit-Baltistan",
    "Pakistan",
    "Business",
    "Environment",
    "Culture",
    "Opinion",
]
SECTIONS_UR = [
    "صفحہ اول",
    "بلوچستان",
    "گلگت بلتستان",
    "پاکستان",
    "کاروبار",
    "ماحولیات",
    "ثقافت",
    "کالم",
]


def fdate(s: Story) -> str:
    y, m, d = int(s.date[:4]), int(s.date[5:7]), int(s.date[8:10])
    months = MONTHS_UR if s.lang == "ur" else MONTHS_EN
    return f"{d} {months[m - 1]} {y}"


def short_date(s: Story) -> str:
    y, m, d = int(s.date[:4]), int(s.date[5:7]), int(s.date[8:10])
    return f"{MONTHS_EN[m - 1][:3]} {d}, {y}"


def html_open(s: Story, extra: str = "") -> str:
    d = ' dir="rtl"' if s.lang == "ur" else ""
    return f'<!DOCTYPE html>\n<html lang="{s.lang}"{d}{extra}>'


def head(s: Story, url: str, site: str, extra: str = "") -> str:
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": s.date,
            "author": {"@type": "Person", "name": s.author},
            "publisher": {"@type": "Organization", "name": site},
        },
        ensure_ascii=False,
    )
    return (
        f'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
        f'initial-scale=1"><title>{esc(s.title)} | {esc(site)}</title>'
        f'<link rel="canonical" href="{url}"><meta property="og:type" content="article">'
        f'<meta property="og:title" content="{esc(s.title)}">'
        f'<meta property="og:site_name" content="{esc(site)}">'
        f'<meta property="article:published_time" content="{s.date}">'
        f'<meta name="author" content="{esc(s.author)}">'
        f'<script type="application/ld+json">{ld}</script>{extra}</head>'
    )


def nav_links(lang: str, cls: str = "", sep: str = " ") -> str:
    names = SECTIONS_UR if lang == "ur" else SECTIONS_EN
    c = f' class="{cls}"' if cls else ""
    return sep.join(
        f'<a{c} href="/{"ur/" if lang == "ur" else ""}section/{i}">{esc(n)}</a>'
        for i, n in enumerate(names)
    )


def nav_items(lang: str, before: str, after: str) -> str:
    names = SECTIONS_UR if lang == "ur" else SECTIONS_EN
    pre = "ur/" if lang == "ur" else ""
    return "".join(
        f'{before}<a href="/{pre}section/{i}">{esc(n)}</a>{after}' for i, n in enumerate(names)
    )


MIDDOT = " \u00b7 "
DIAMOND = " \u25c6 "
NOTO = "'Noto Nastaliq Urdu'"
HUGO_META = '<meta name="generator" content="Hugo 0.128.0">'
WIX_META = '<meta name="generator" content="Wix.com Website Builder">'


def foot_text(lang: str, site: str) -> str:
    if lang == "ur":
        return (
            f'<a href="/ur/about">ہمارے بارے میں</a> <a href="/ur/contact">رابطہ</a> '
            f'<a href="/ur/privacy">رازداری کی پالیسی</a><p>\u00a9 2026 {esc(site)} \u2014 '
            f"جملہ حقوق محفوظ ہیں</p>"
        )
    return (
        f'<a href="/about">About us</a> <a href="/contact">Contact</a> '
        f'<a href="/privacy">Privacy</a> <a href="/terms">Terms of use</a>'
        f"<p>\u00a9 2026 {esc(site)}. All rights reserved.</p>"
    )


def byline_word(s: Story) -> str:
    return "از" if s.lang == "ur" else "By"


class Ids:
    """Deterministic pseudo-random ids and hashed class names."""

    def __init__(self, seed: str):
        self.seed = seed
        self.n = 0

    def __call__(self, width: int = 4) -> str:
        self.n += 1
        return hashlib.md5(f"{self.seed}:{self.n}".encode()).hexdigest()[:width]


# --- layouts ---------------------------------------------------------------------------


# 1. Ghost theme with Koenig cards ------------------------------------------------------


class GhostStyle(Style):
    def quote(self, t):
        return f'<blockquote class="kg-blockquote-alt">{esc(t)}</blockquote>'

    def table(self, head, rows):
        return f'<div class="kg-card kg-html-card">{super().table(head, rows)}</div>'


def ghost(s: Story, url: str, site: str, ctx: Ctx) -> str:
    body = render(s, ctx, GhostStyle())
    cards = ""
    if ctx.noisy:
        picks = ctx.rng.sample(HEAD_EN, 3)
        cards = ctx.add(
            Noise(
                '<aside class="read-more-wrap outer"><div class="read-more inner">'
                + "".join(
                    f'<article class="post-card post"><a class="post-card-image-link" href="/p/{i}">'
                    f'<img class="post-card-image" src="/content/images/{i}.jpg" alt=""></a>'
                    f'<div class="post-card-content"><h2 class="post-card-title">{esc(h)}</h2>'
                    f'<div class="post-card-meta">5 min read</div></div></article>'
                    for i, h in enumerate(picks)
                )
                + "</div></aside>",
                picks,
            )
        )
    cta = ctx.add(
        Noise(
            f'<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">'
            f'Get the next long read from {esc(site)}</h2><a class="footer-cta-button" '
            f'href="#/portal" data-portal="signup"><div class="footer-cta-input">you@example.com</div>'
            f"<span>Subscribe</span></a></div></section>",
            [f"Get the next long read from {site}"],
        )
    )
    discuss = ctx.add(
        Noise(
            '<div class="article-comments gh-canvas"><p>Only signed-in readers can take part in the '
            'discussion. <a href="#/portal/signin" data-portal="signin">Sign in</a> or '
            '<a href="#/portal/signup" data-portal="signup">open a free account</a>.</p></div>',
            ["Only signed-in readers can take part in the discussion", "open a free account"],
        )
    )
    return (
        f"{html_open(s)}{head(s, url, site, '<link rel=stylesheet href=/assets/built/screen.css?v=4e1c>')}"
        f'<body class="post-template tag-features"><div class="viewport">'
        f'<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">'
        f'<div class="gh-head-brand"><a class="gh-head-logo" href="/">{esc(site)}</a></div>'
        f'<nav class="gh-head-menu"><ul class="nav">{nav_links(s.lang, "", "")}</ul></nav>'
        f'<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">Join</a></div>'
        f'</div></header><div class="site-content"><main id="site-main" class="site-main">'
        f'<article class="article post tag-features">'
        f'<header class="article-header gh-canvas"><section class="article-tag post-card-tags">'
        f'<span class="post-card-primary-tag"><a href="/tag/features/">Features</a></span></section>'
        f'<h1 class="article-title">{esc(s.title)}</h1><div class="article-byline">'
        f'<div class="article-byline-content"><div class="article-byline-meta">'
        f'<h4 class="author-name"><a href="/author/{hash_of(s.author) % 999}/">{esc(s.author)}</a></h4>'
        f'<div class="byline-meta-content"><time class="byline-meta-date" datetime="{s.date[:10]}">'
        f'{esc(fdate(s))}</time><span class="byline-reading-time"><span class="bull">\u2022</span> '
        f"6 min read</span></div></div></div></div></header>"
        f'<section class="gh-content gh-canvas">\n{body}\n</section>{discuss}</article>'
        f"{cards}{cta}{ctx.out()}</main></div>"
        f'<footer class="site-footer outer"><div class="inner">{foot_text(s.lang, site)}</div></footer>'
        f"</div></body></html>"
    )


# 2. Medium-style post -----------------------------------------------------------------


class MediumStyle(Style):
    PC = (
        "pw-post-body-paragraph ny nz gt oa b ob oc od oe of og oh oi oj ok ol om on oo op "
        "oq or os ot ou ov ge bj"
    )

    def __init__(self, seed):
        self.ids = Ids(seed)

    def p(self, t):
        return f'<p id="{self.ids()}" class="{self.PC}" data-selectable-paragraph="">{esc(t)}</p>'

    def h(self, t):
        return (
            f'<h2 id="{self.ids()}" class="ow ox gt bf oy oz pa pb pc pd pe pf pg ph pi pj pk '
            f'pl pm pn po pp pq bj" data-selectable-paragraph="">{esc(t)}</h2>'
        )

    def quote(self, t):
        return (
            f'<blockquote class="pw pu px"><p id="{self.ids()}" class="{self.PC}" '
            f'data-selectable-paragraph="">{esc(t)}</p></blockquote>'
        )

    def li(self, t):
        return (
            f'<li id="{self.ids()}" class="ny nz gt oa b ob oc pr ps pt pu pv ge bj" '
            f'data-selectable-paragraph="">{esc(t)}</li>'
        )

    def table(self, head, rows):
        # Medium has no tables: the writer pasted the figures as a code block
        lines = "<br>".join(esc(" ".join(r)) for r in [head, *rows])
        return (
            f'<pre class="qa qb qc qd qe qf qg qh bo qi ba bj"><span id="{self.ids()}" '
            f'class="qj fu gt qg b bf qk ql l qm qn" data-code-block-mode="0" '
            f'data-selectable-paragraph="">{lines}</span></pre>'
        )


def medium(s: Story, url: str, site: str, ctx: Ctx) -> str:
    body = render(s, ctx, MediumStyle(s.slug))
    handle = "@" + re.sub(r"[^a-z]", "", s.author.lower())
    top = ctx.add(
        Noise(
            '<div class="ab q"><a class="bf b" href="/app">Open in app</a></div>', ["Open in app"]
        )
    )
    badge = ctx.add(
        Noise(
            '<div class="ab cn"><div class="l gu"><p class="bf b jb z ge">'
            "Member-only story</p></div></div>",
            ["Member-only story"],
        )
    )
    follow = ctx.add(
        Noise('<span class="fh"> \u00b7 <button class="bf b be z">Follow</button></span>', [])
    )
    claps = ctx.add(
        Noise(
            '<div class="ab q jc jd"><div class="pw-multi-vote-count l ks kt"><p class="bf b dv z dw">'
            '1.4K</p></div><div class="pw-responses-count"><span>23</span></div>'
            '<button aria-label="Listen" class="ax"><p class="bf b dv z dw">Listen</p></button>'
            '<button aria-label="Share" class="ax"><p class="bf b dv z dw">Share</p></button></div>',
            [],
        )
    )
    after = ""
    if ctx.noisy:
        more = ctx.rng.sample(HEAD_EN, 3)
        after = ctx.add(
            Noise(
                f'<div class="ab ca"><div class="ch bg"><p class="bf b">Get an email whenever '
                f"{esc(s.author)} publishes.</p><button>Subscribe</button></div></div>",
                [f"Get an email whenever {s.author} publishes."],
            ),
            Noise(
                '<div class="ab ca"><h2 class="bf ja jb">Responses (23)</h2><div class="l">'
                '<p class="bf b">What are your thoughts?</p></div></div>',
                ["Responses (23)", "What are your thoughts?"],
            ),
            Noise(
                f'<div class="ab ca"><h2 class="bf ja jb">More from {esc(s.author)}</h2>'
                f'<div class="ab">{links(more, "div", "/p")}</div></div>',
                [f"More from {s.author}", *more],
            ),
        )
    return (
        f'{html_open(s)}{head(s, url, site)}<body><div id="root"><div class="a b c">'
        f'<div class="d e f g h i j k"><div class="ab ca l"><a href="/" aria-label="Homepage">'
        f'{esc(site)}</a>{top}<div class="ab"><a href="/m/signin">Sign in</a></div></div></div>'
        f'<div class="l c"><div class="l c"><article><div class="l"><div class="l"><section>'
        f'<div><div class="fx gk gl gm gn"><div class="ab ca"><div class="ch bg go gp gq gr">'
        f'{badge}<div><h1 id="{hash_of(s.title) % 99999:05x}" class="pw-post-title hl hm gt bf hn ho hp hq '
        f'hr hs ht hu hv hw hx hy hz ia ib ic id ie if ig ih ii bj" data-testid="storyTitle">'
        f'{esc(s.title)}</h1></div><div class="speechify-ignore ab cp"><div class="ab q">'
        f'<a rel="noopener follow" href="/{handle}" data-testid="authorName">{esc(s.author)}</a>{follow}'
        f'</div><div class="ab q"><span data-testid="storyReadTime">7 min read</span>'
        f'<span> \u00b7 </span><span data-testid="storyPublishDate">{short_date(s)}</span></div></div>'
        f"{claps}\n{body}\n</div></div></div></div></section></div></div></article>"
        f"{after}{ctx.out()}</div></div></div></div></body></html>"
    )


# 3. Joomla 4 (Cassiopeia) -------------------------------------------------------------


def joomla(s: Story, url: str, site: str, ctx: Ctx) -> str:
    body = render(s, ctx, Style())
    rating = ctx.add(
        Noise(
            '<div class="content_rating" role="img" aria-label="Rating: 4 out of 5">'
            '<p class="visually-hidden" itemprop="aggregateRating">User rating: 4 / 5</p></div>'
            '<form method="post" action="" class="form-inline"><span class="content_vote">'
            '<label class="visually-hidden" for="content_vote_88">Please rate</label>'
            '<select id="content_vote_88" name="user_rating"><option value="1">1</option>'
            '<option value="5" selected>5</option></select> '
            '<input class="btn btn-sm btn-primary" type="submit" name="submit_vote" value="Rate"></span>'
            "<span>How useful was this report? Cast your vote.</span></form>",
            ["How useful was this report? Cast your vote."],
        )
    )
    nav = ""
    side = ""
    if ctx.noisy:
        prev_h, next_h = ctx.rng.sample(HEAD_EN, 2)
        nav = ctx.add(
            Noise(
                f'<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">'
                f'<a class="btn btn-sm btn-secondary previous" href="/p" rel="prev">'
                f'<span class="visually-hidden">Previous article: {esc(prev_h)}</span>'
                f'<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">'
                f'Previous story</span></a> <a class="btn btn-sm btn-secondary next" href="/n" rel="next">'
                f'<span class="visually-hidden">Next article: {esc(next_h)}</span><span aria-hidden="true">'
                f"Next story</span></a></span></nav>",
                ["Previous story", "Next story"],
            )
        )
        pop = ctx.rng.sample(HEAD_EN, 4)
        side = ctx.add(
            Noise(
                f'<div class="sidebar-right card"><h3 class="card-header">Read most this month</h3>'
                f'<div class="card-body"><ul class="mostread mod-list">{links(pop)}</ul></div></div>',
                ["Read most this month", *pop],
            )
        )
    return (
        f"{html_open(s)}{head(s, url, site)}"
        f'<body class="site com_content view-article no-layout no-task itemid-112">'
        f'<header class="header container-header full-width"><div class="grid-child">'
        f'<div class="navbar-brand"><a class="brand-logo" href="/">{esc(site)}</a></div></div>'
        f'<div class="grid-child container-nav"><ul class="mod-menu mod-list nav">'
        f"{nav_items(s.lang, '<li class=nav-item>', '</li>')}"
        f"</ul></div></header>"
        f'<div class="site-grid"><div class="grid-child container-component"><main>'
        f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
        f'<meta itemprop="inLanguage" content="en-GB"><div class="page-header">'
        f'<h1 itemprop="headline">{esc(s.title)}</h1></div>'
        f'<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>'
        f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'<span class="icon-user icon-fw" aria-hidden="true"></span> Written by: '
        f'<span itemprop="name">{esc(s.author)}</span></dd><dd class="published">'
        f'<span class="icon-calendar icon-fw" aria-hidden="true"></span> '
        f'<time datetime="{s.date}" itemprop="datePublished">Published: {esc(fdate(s))}</time></dd>'
        f"</dl>{rating}"
        f'<div itemprop="articleBody" class="com-content-article__body">\n{body}\n</div>'
        f"{nav}</div></main></div>"
        f'<div class="grid-child container-sidebar-right">{side}{ctx.out()}</div></div>'
        f'<footer class="container-footer footer full-width"><div class="grid-child">'
        f"{foot_text(s.lang, site)}</div></footer></body></html>"
    )


# 4. Drupal 10 with the Paragraphs module ----------------------------------------------


class DrupalStyle(Style):
    def __init__(self):
        self.n = 0

    def _para(self, ptype, inner):
        self.n += 1
        return (
            f'<div class="field__item"><div class="paragraph paragraph--type--{ptype} '
            f'paragraph--view-mode--default" data-paragraph-id="{4100 + self.n}">{inner}</div></div>'
        )

    def _text(self, inner):
        return self._para(
            "text",
            '<div class="clearfix text-formatted field field--name-field-text '
            'field--type-text-long field--label-hidden field__item">' + inner + "</div>",
        )

    def p(self, t):
        return self._text(f"<p>{esc(t)}</p>")

    def h(self, t):
        return self._para(
            "heading",
            '<h2 class="field field--name-field-heading field--type-string '
            f'field--label-hidden field__item">{esc(t)}</h2>',
        )

    def quote(self, t):
        return self._para(
            "quote",
            '<blockquote class="field field--name-field-quote '
            f'field--type-string-long field--label-hidden field__item">{esc(t)}</blockquote>',
        )

    def ul(self, items):
        return self._text(super().ul(items))

    def ol(self, items):
        return self._text(super().ol(items))

    def table(self, head, rows):
        return self._para(
            "table",
            '<div class="field field--name-field-table field--type-tablefield '
            'field--label-hidden field__item">'
            + super()
            .table(head, rows)
            .replace("<table>", '<table class="tablefield" id="tablefield-paragraph-1">')
            + "</div>",
        )

    def tail(self, t):
        return self._text(f"<p><em>{esc(t)}</em></p>")

    def noise(self, h):
        # the same paragraph entity as the story's own text
        return self._text(h)


def drupal(s: Story, url: str, site: str, ctx: Ctx) -> str:
    body = render(s, ctx, DrupalStyle())
    ur = s.lang == "ur"
    comments = ctx.add(
        Noise(
            '<section class="comments"><h2 class="comments__title">'
            + ("تبصرے" if ur else "Comments")
            + '</h2><div class="comment-forbidden">'
            + (
                '<a href="/ur/user/login">لاگ ان</a> کیجیے یا <a href="/ur/user/register">نیا اکاؤنٹ</a> '
                "بنائیے تاکہ آپ بھی اپنی بات کہہ سکیں"
                if ur
                else '<a href="/user/login">Log in</a> or <a href="/user/register">register</a> to have your say'
            )
            + "</div></section>",
            ["تاکہ آپ بھی اپنی بات کہہ سکیں"] if ur else ["to have your say"],
        )
    )
    related = ""
    if ctx.noisy:
        items = ctx.rng.sample(HEAD_UR if ur else HEAD_EN, 3)
        label = "اسی سلسلے کی دیگر رپورٹیں" if ur else "More in this series"
        related = ctx.add(
            Noise(
                '<div class="views-element-container block block-views block-views-blockrelated-block-1">'
                f'<h2 class="block__title">{label}</h2><div class="view-content"><div class="views-row">'
                f"{links(items, 'div', '/ur/node' if ur else '/node')}</div></div></div>",
                [label, *items],
            )
        )
    crumbs = "صفحہ اول \u203a خبریں" if ur else "Home \u203a News"
    return (
        f"{html_open(s)}{head(s, url, site)}"
        f'<body class="path-node page-node-type-article"><a href="#main-content" '
        f'class="visually-hidden focusable skip-link">{"مواد پر جائیں" if ur else "Skip to main content"}</a>'
        f'<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
        f'<div id="page-wrapper" class="page-wrapper"><div id="page">'
        f'<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">'
        f'<div class="site-branding"><a href="/" rel="home" class="site-branding__name">{esc(site)}</a></div>'
        f'<nav class="primary-nav">{nav_links(s.lang, "primary-nav__menu-link")}</nav></header>'
        f'<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main">'
        f'<div class="main-content"><a id="main-content" tabindex="-1"></a>'
        f'<div class="region region--breadcrumb"><nav class="breadcrumb">{crumbs}</nav></div>'
        f'<div class="region region--content grid-full layout--pass--content-medium" id="content">'
        f'<div data-drupal-messages-fallback class="hidden messages-list"></div>'
        f'<div id="block-mytheme-content" class="block block-system block-system-main-block">'
        f'<article data-history-node-id="{hash_of(s.slug) % 9000 + 1000}" class="node node--type-article '
        f'node--promoted node--view-mode-full"><header class="node__header">'
        f'<h1 class="title page-title"><span class="field field--name-title field--type-string '
        f'field--label-hidden">{esc(s.title)}</span></h1><div class="node__meta">'
        f'<span class="field field--name-uid field--type-entity-reference field--label-hidden">'
        f'<span>{esc(s.author)}</span></span> <span class="node__meta-date">{esc(fdate(s))}</span>'
        f'</div></header><div class="node__content">'
        f'<div class="field field--name-field-paragraphs field--type-entity-reference-revisions '
        f'field--label-hidden field__items">\n{body}\n</div></div>{comments}</article></div>'
        f"{related}{ctx.out()}</div></div></div></div>"
        f'<footer class="site-footer"><div class="region region--footer">{foot_text(s.lang, site)}</div>'
        f"</footer></div></div></div></body></html>"
    )


# 5. Next.js with __NEXT_DATA__ and hashed class names ---------------------------------


class NextStyle(Style):
    def p(self, t):
        return f'<p class="Paragraph_p__k3Xq0">{esc(t)}</p>'

    def h(self, t):
        return f'<h2 class="Subhead_h__Vb81s">{esc(t)}</h2>'

    def quote(self, t):
        return f'<figure class="Quote_root__u2LtP"><blockquote class="Quote_text__0aR1m">{esc(t)}</blockquote></figure>'

    def table(self, head, rows):
        return f'<div class="Table_scroll__c8NwE">{super().table(head, rows)}</div>'

    def noise(self, h):
        return f'<div class="sc-9f2b71-0 hQkLrT"><div class="sc-9f2b71-1 eTyWpa">{h}</div></div>'


def nextjs(s: Story, url: str, site: str, ctx: Ctx) -> str:
    body = render(s, ctx, NextStyle())
    ur = s.lang == "ur"
    related = ctx.rng.sample(HEAD_UR if ur else HEAD_EN, 3) if ctx.noisy else []
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": hash_of(s.slug) % 99999,
                    "headline": s.title,
                    "byline": s.author,
                    "published": s.date,
                    "body": [{"type": "text", "value": x} for x in s.lines()[:2]],
                    "related": related,
                },
                "__N_SSG": True,
            }
        },
        "page": "/[section]/[slug]",
        "query": {"section": "news", "slug": s.slug},
        "buildId": "Zx81kQv0pLw3",
        "isFallback": False,
        "gsp": True,
        "scriptLoader": [],
    }
    trend = ""
    upnext = ""
    if ctx.noisy:
        tags = ["#Budget2026", "#Gwadar", "#Weather", "#Cricket"]
        trend = ctx.add(
            Noise(
                '<div class="sc-3c7a10-0 bNwXqz"><span class="sc-3c7a10-1 fGhJkl">'
                + ("اس وقت زیر بحث:" if ur else "People are reading about:")
                + "</span> "
                + " ".join(
                    f'<a class="sc-3c7a10-2 dEfGhi" href="/tag/{t[1:].lower()}">{t}</a>'
                    for t in tags
                )
                + "</div>",
                ["اس وقت زیر بحث:" if ur else "People are reading about:"],
            )
        )
        upnext = ctx.add(
            Noise(
                '<div class="sc-77e1d2-0 kLmNoP"><p class="sc-77e1d2-1 qRsTuv">'
                + ("اگلی خبر" if ur else "Up next")
                + "</p>"
                + links(related, "div", "/ur/news" if ur else "/news")
                + "</div>",
                ["اگلی خبر" if ur else "Up next", *related],
            )
        )
    cookie = ctx.add(
        Noise(
            '<div class="sc-c0ffee-0 zYxWvU" role="dialog"><p>'
            + (
                "ہم اور ہمارے شراکت دار اشتہارات کی پیمائش کے لیے آپ کے آلے پر معلومات محفوظ کرتے ہیں۔"
                if ur
                else "We and our partners keep small files on your device to measure which stories get read."
            )
            + '</p><button class="sc-c0ffee-1">'
            + ("منظور" if ur else "That\u2019s fine")
            + "</button></div>",
            ["ہم اور ہمارے شراکت دار اشتہارات کی پیمائش"]
            if ur
            else ["We and our partners keep small files on your device"],
        )
    )
    nd = json.dumps(data, ensure_ascii=False)
    return (
        f"{html_open(s)}{head(s, url, site, '<link rel=preload href=/_next/static/css/5b2a1e.css as=style>')}"
        f'<body><div id="__next"><div class="Layout_root__hK2pX">'
        f'<header class="Header_root__Yq4Tn"><a class="Header_logo__p0Lm1" href="/">{esc(site)}</a>'
        f'<nav class="Header_nav__3Jd9x">{nav_links(s.lang, "Header_link__Qw2e8")}</nav></header>'
        f'{trend}<main class="Article_main__3bU9t"><article class="Article_article__Zq1Wc">'
        f'<h1 class="Headline_h1__vR0aM">{esc(s.title)}</h1>'
        f'<div class="Byline_root__7hGfE"><span class="Byline_name__Ks0vP">{esc(s.author)}</span>'
        f'<time class="Byline_time__mN3bQ" datetime="{s.date}">{esc(fdate(s))}</time></div>'
        f'<div class="ArticleBody_wrapper__x7Fq2">\n{body}\n</div></article>{upnext}'
        f'<aside class="Rail_root__Lp93d">{ctx.out()}</aside></main>'
        f'<footer class="Footer_root__Gg5tR">{foot_text(s.lang, site)}</footer></div>{cookie}</div>'
        f'<next-route-announcer><p aria-live="assertive" id="__next-route-announcer__" role="alert" '
        f'style="border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;'
        f'position:absolute;width:1px;white-space:nowrap"></p></next-route-announcer>'
        f'<script id="__NEXT_DATA__" type="application/json">{nd}</script>'
        f'<script src="/_next/static/chunks/main-2f9a4d.js" defer></script></body></html>'
    )


# 6. Substack newsletter web view ------------------------------------------------------


def substack(s: Story, url: str, site: str, ctx: Ctx) -> str:
    if ctx.noisy:
        # Substack's own buttons land between blocks, in the body markup itself
        mid = [k for k in ctx.inside if isinstance(k, int) and k >= 0]
        k = max(mid) if mid else -1
        ctx.inside.setdefault(k, []).append(
            Noise(
                '<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;/subscribe&quot;}">'
                '<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">'
                f"Enjoying {esc(site)}? New letters arrive by email, free \u2014 pop your address in below."
                '</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" '
                'placeholder="Type your email\u2026"><input type="submit" class="button primary" value="Subscribe">'
                "</form></div></div>",
                [f"Enjoying {site}? New letters arrive by email"],
            )
        )
        ctx.inside.setdefault("end", []).append(
            Noise(
                '<p class="button-wrapper" data-attrs="{}"><a class="button primary" '
                'href="?action=share"><span>Pass this letter on</span></a></p>'
                '<p class="button-wrapper"><a class="button primary" href="/comments">'
                "<span>Start a thread below</span></a></p>",
                ["Pass this letter on", "Start a thread below"],
            )
        )
        ctx.noise.extend(ctx.inside[k][-1:] + ctx.inside["end"][-1:])
    body = render(s, ctx, Style())
    footer = ""
    if ctx.noisy:
        footer = ctx.add(
            Noise(
                '<div class="post-footer"><div class="like-button-container"><span>58</span></div>'
                '<h4 class="discussion-header">Talk about this letter</h4><div class="comments-page">'
                '<p class="comment-empty">No replies yet. Paid readers can be the first.</p></div></div>',
                ["Talk about this letter", "No replies yet. Paid readers can be the first."],
            )
        )
    return (
        f'{html_open(s)}{head(s, url, site)}<body><div id="entry"><div id="main" '
        f'class="main typography use-theme-bg"><div class="topbar"><a class="navbar-title-link" '
        f'href="/">{esc(site)}</a> <a class="button" href="/subscribe">Subscribe</a> '
        f'<a class="button" href="/account/login">Sign in</a></div>'
        f'<div class="container"><div class="single-post-container"><div class="single-post">'
        f'<article class="typography newsletter-post post"><div class="post-header">'
        f'<h1 class="post-title published" dir="auto">{esc(s.title)}</h1><div class="post-meta">'
        f'<div class="pencraft pc-display-flex"><a class="pencraft frontend-pencraft-Text-module__decoration-hover-underline" '
        f'href="/profile">{esc(s.author)}</a></div><div class="pencraft pc-reset color-pub-secondary-text">'
        f'{short_date(s)}</div></div></div><div class="available-content">'
        f'<div dir="auto" class="body markup">\n{body}\n</div></div></article>{footer}'
        f"{ctx.out()}</div></div></div>"
        f'<div class="footer-wrap"><div class="footer">{foot_text(s.lang, site)}</div></div>'
        f"</div></div></body></html>"
    )


# 7. Blogger, written in Word-style divs -----------------------------------------------


class BloggerStyle(Style):
    F = 'style="font-family: georgia, serif; font-size: medium;"'

    def p(self, t):
        return (
            f'<div style="text-align: justify;"><span {self.F}>{esc(t)}</span></div>'
            '<div style="text-align: justify;"><br /></div>'
        )

    def h(self, t):
        return f'<h3 style="text-align: left;"><span {self.F}>{esc(t)}</span></h3>'

    def quote(self, t):
        return (
            '<blockquote style="border: none; margin: 0 0 0 40px; padding: 0px;">'
            f'<div style="text-align: left;"><i><span {self.F}>{esc(t)}</span></i></div></blockquote>'
        )

    def li(self, t):
        return f"<li><span {self.F}>{esc(t)}</span></li>"

    def ul(self, items):
        return '<ul style="text-align: left;">' + "".join(self.li(t) for t in items) + "</ul>"

    def table(self, head, rows):
        def cells(r, tag):
            return "".join(f'<{tag} style="padding: 4px;">{esc(c)}</{tag}>' for c in r)

        return (
            '<table border="1" cellpadding="0" cellspacing="0" style="border-collapse: collapse;">'
            f"<tbody><tr>{cells(head, 'td')}</tr>"
            + "".join(f"<tr>{cells(r, 'td')}</tr>" for r in rows)
            + "</tbody></table><div><br /></div>"
        )

    def tail(self, t):
        return f'<div style="text-align: right;"><span {self.F}>{esc(t)}</span></div>'


def blogger(s: Story, url: str, site: str, ctx: Ctx) -> str:
    body = render(s, ctx, BloggerStyle())
    share = ctx.add(
        Noise(
            '<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button '
            'sb-email" href="#" title="Email This"><span class="share-button-link-text">Email This</span></a>'
            '<a class="goog-inline-block share-button sb-twitter" href="#"><span class="share-button-link-text">'
            "Pass it on to X</span></a></div>",
            ["Pass it on to X"],
        )
    )
    comments = ""
    side = ""
    pager = ""
    if ctx.noisy:
        picked = ctx.rng.sample(COMMENTS_EN, 3)
        comments = ctx.add(
            Noise(
                '<div class="comments" id="comments"><a name="comments"></a><h4>3 replies:</h4>'
                '<div class="comments-content">'
                + "".join(
                    f'<div class="comment-block"><cite class="user">{esc(n)}</cite>'
                    f'<p class="comment-content">{esc(c)}</p></div>'
                    for n, c in picked
                )
                + '</div><p class="comment-footer"><a href="#">Leave your reply here</a></p></div>',
                ["3 replies:", *[c for _, c in picked], "Leave your reply here"],
            )
        )
        pop = ctx.rng.sample(HEAD_EN, 3)
        side = ctx.add(
            Noise(
                '<div class="widget PopularPosts" id="PopularPosts1"><h2>Most visited on this blog</h2>'
                f'<div class="widget-content popular-posts"><ul>{links(pop)}</ul></div></div>',
                ["Most visited on this blog", *pop],
            )
        )
        pager = ctx.add(
            Noise(
                '<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link">'
                '<a class="blog-pager-newer-link" href="#">Newer entry</a></span>'
                '<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#">Older entry</a>'
                '</span><a class="home-link" href="/">Home</a></div>',
                ["Newer entry", "Older entry"],
            )
        )
    return (
        f"{html_open(s)}{head(s, url, site)}"
        f'<body class="loading"><div class="content"><div class="content-outer"><header>'
        f'<div class="header-outer"><div class="Header" id="Header1"><h1 class="title">'
        f'<a href="/">{esc(site)}</a></h1><p class="description"><span>Notes and news from Baltistan'
        f'</span></p></div></div></header><div class="tabs-outer"><div class="PageList">'
        f'{nav_links(s.lang, "", " | ")}</div></div><div class="main-outer"><div class="columns fauxcolumns">'
        f'<div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1">'
        f'<div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>'
        f'{esc(fdate(s))}</span></h2><div class="date-posts"><div class="post-outer">'
        f'<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope '
        f'itemtype="http://schema.org/BlogPosting"><a name="{hash_of(s.slug)}"></a>'
        f'<h3 class="post-title entry-title" itemprop="name">{esc(s.title)}</h3>'
        f'<div class="post-header"><div class="post-header-line-1"></div></div>'
        f'<div class="post-body entry-content" id="post-body-{hash_of(s.slug)}" itemprop="description articleBody">'
        f'\n{body}\n<div style="clear: both;"></div></div><div class="post-footer">'
        f'<div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by '
        f'<span class="fn" itemprop="author"><span itemprop="name">{esc(s.author)}</span></span></span>'
        f"</div>{share}</div></div>{comments}</div></div></div></div>{pager}</div></div></div>"
        f'<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1">{side}'
        f"{ctx.out()}</div></div></div></div>"
        f'<footer><div class="footer-outer">{foot_text(s.lang, site)}<p>Powered by a free blog host.</p>'
        f"</div></footer></div></div></body></html>"
    )


# 8. Hugo static site (PaperMod-like) --------------------------------------------------


def hslug(t: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


class HugoStyle(Style):
    def _anchor(self, t):
        return f'<a hidden class="anchor" aria-hidden="true" href="#{hslug(t)}">#</a>'

    def h(self, t):
        return f'<h2 id="{hslug(t)}">{esc(t)}{self._anchor(t)}</h2>'

    def lh(self, tm, title):
        t = f"{tm} {title}"
        return f'<h3 id="{hslug(t)}">{esc(t)}{self._anchor(t)}</h3>'


def hugo(s: Story, url: str, site: str, ctx: Ctx) -> str:
    body = render(s, ctx, HugoStyle())
    heads = [line_of(b) for b in s.blocks if b[0] in ("h", "lh")]
    toc = (
        ctx.add(
            Noise(
                '<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">'
                'Jump to a section</span></summary><div class="inner"><ul>'
                + "".join(
                    f'<li><a href="#{hslug(h)}" aria-label="{esc(h)}">{esc(h)}</a></li>'
                    for h in heads
                )
                + "</ul></div></details></div>",
                ["Jump to a section"],
            )
        )
        if heads
        else ""
    )
    foot = ""
    if ctx.noisy:
        prev_h, next_h = ctx.rng.sample(HEAD_EN, 2)
        foot = ctx.add(
            Noise(
                '<ul class="post-tags"><li><a href="/tags/wildlife/">wildlife</a></li>'
                '<li><a href="/tags/coast/">coast</a></li></ul><nav class="paginav">'
                f'<a class="prev" href="/posts/p/"><span class="title">\u00ab Older note</span><br>'
                f'<span>{esc(prev_h)}</span></a><a class="next" href="/posts/n/"><span class="title">'
                f"Newer note \u00bb</span><br><span>{esc(next_h)}</span></a></nav>"
                '<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" '
                'aria-label="share on x" href="#"><svg viewBox="0 0 512 512"></svg></a></li></ul>',
                ["\u00ab Older note", "Newer note \u00bb", prev_h, next_h],
            ),
            Noise(
                '<div class="comments-frame"><p>The discussion thread loads here once you allow '
                "third-party content in your privacy settings.</p></div><noscript>Enable JavaScript "
                "to see the discussion.</noscript>",
                ["The discussion thread loads here once you allow third-party content"],
            ),
        )
    return (
        f"{html_open(s)}{head(s, url, site, HUGO_META)}"
        f'<body class="" id="top"><header class="header"><nav class="nav"><div class="logo">'
        f'<a href="/" accesskey="h" title="{esc(site)} (Alt + H)">{esc(site)}</a></div>'
        f'<ul id="menu">{nav_items(s.lang, "<li>", "</li>")}</ul>'
        f'</nav></header><main class="main"><article class="post-single"><header class="post-header">'
        f'<div class="breadcrumbs"><a href="/">Home</a>&nbsp;\u00bb&nbsp;<a href="/posts/">Posts</a></div>'
        f'<h1 class="post-title entry-hint-parent">{esc(s.title)}</h1><div class="post-meta">'
        f'<span title="{s.date}">{esc(fdate(s))}</span>&nbsp;\u00b7&nbsp;5 min&nbsp;\u00b7&nbsp;'
        f"{esc(s.author)}</div></header>{toc}"
        f'<div class="post-content">\n{body}\n</div><footer class="post-footer">{foot}</footer>'
        f"</article>{ctx.out()}</main>"
        f'<footer class="footer"><span>\u00a9 2026 <a href="/">{esc(site)}</a></span> \u00b7 '
        f"<span>Powered by a static site generator</span></footer>"
        f'<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" '
        f'id="top-link" accesskey="g"><svg viewBox="0 0 12 6"></svg></a></body></html>'
    )


# 9. Liveblog with timestamped entries -------------------------------------------------


def entries(blocks: list) -> list[tuple[int, int]]:
    starts = [i for i, b in enumerate(blocks) if b[0] == "lh"]
    return [
        (a, starts[k + 1] if k + 1 < len(starts) else len(blocks)) for k, a in enumerate(starts)
    ]


class LiveStyle(Style):
    def __init__(self, date):
        self.date = date

    def lh(self, tm, title):
        return (
            f'<h3 class="lb-post__title"><time datetime="{self.date[:11]}{tm}:00{self.date[19:]}">'
            f"{tm}</time> {esc(title)}</h3>"
        )


def liveblog(s: Story, url: str, site: str, ctx: Ctx) -> str:
    st = LiveStyle(s.date)
    posts = []
    for n, (a, b) in enumerate(entries(s.blocks)):
        share = (
            ctx.add(
                Noise(
                    '<footer class="lb-post__foot"><button class="lb-share">Share this update</button> '
                    '<a href="#" class="lb-link">Link to this post</a></footer>',
                    ["Share this update", "Link to this post"],
                )
            )
            if n in (0, 2)
            else ""
        )
        tm = s.blocks[a][1][0].replace(":", "")
        posts.append(
            f'<article class="lb-post" id="post-{tm}" data-entry="{tm}"><header class="lb-post__head">'
            f'{st.group("lh", [s.blocks[a]])}</header><div class="lb-post__body">'
            f"{render_range(s, ctx, st, a + 1, b)}</div>{share}</article>"
        )
    feed = "\n".join(posts)
    banner = ctx.add(
        Noise(
            '<div class="lb-banner" role="status"><button>2 new posts \u2014 show them</button></div>',
            ["2 new posts \u2014 show them"],
        )
    )
    controls = ctx.add(
        Noise(
            '<div class="lb-controls"><label><input type="checkbox" checked> Refresh automatically</label>'
            " <span>Sort: Newest first</span></div>",
            ["Refresh automatically"],
        )
    )
    more = ctx.add(
        Noise(
            '<div class="lb-more"><button>Show earlier posts</button><p>Fetching '
            "posts\u2026</p></div>",
            ["Show earlier posts", "Fetching posts"],
        )
    )
    return (
        f'{html_open(s)}{head(s, url, site)}<body class="live"><header class="masthead">'
        f'<a href="/" class="masthead__logo">{esc(site)}</a><nav>{nav_links(s.lang)}</nav></header>'
        f'<div class="live-shell"><header class="live-header"><span class="live-badge">LIVE</span>'
        f'<h1 class="live-title">{esc(s.title)}</h1><p class="live-meta">{byline_word(s)} {esc(s.author)} '
        f'\u00b7 Last updated <time datetime="{s.date}">{esc(fdate(s))}</time></p></header>'
        f'{controls}{banner}<div class="live-feed" aria-live="polite">\n{slot(ctx, st, -1)}{feed}\n'
        f'{render_tail(s, ctx, st)}</div>{more}</div><div class="live-rail">{ctx.out()}</div>'
        f'<footer class="site-foot">{foot_text(s.lang, site)}</footer></body></html>'
    )


# 10. Q&A interview in a definition list -----------------------------------------------


def interview(s: Story, url: str, site: str, ctx: Ctx) -> str:
    st = Style()
    first_q = next(i for i, b in enumerate(s.blocks) if b[0] == "q")
    intro = render_range(s, ctx, st, 0, first_q)
    pairs = []
    qs = [i for i, b in enumerate(s.blocks) if b[0] == "q"] + [len(s.blocks)]
    for a, b in itertools.pairwise(qs):
        inner = []
        for kind, idx in groups(s.blocks, a + 1, b):
            inner.append(st.group(kind, [s.blocks[i] for i in idx]))
            if idx[-1] != b - 1:
                inner.append(slot(ctx, st, idx[-1]))
        after = slot(ctx, st, b - 1) if b - 1 != len(s.blocks) - 1 else ""
        pairs.append(
            f'<div class="qa__pair"><dt class="qa__q">{esc(s.blocks[a][1])}</dt>'
            f'<dd class="qa__a">{"".join(inner)}</dd></div>{after}'
        )
    portrait = ctx.add(
        Noise(
            '<figure class="feature__portrait"><img src="/img/portrait.jpg" alt="" width="1200" height="800">'
            f"<figcaption>Portrait: {esc(CREDITS_EN[4])} for {esc(site)}</figcaption></figure>",
            [f"Portrait: {CREDITS_EN[4]}"],
        )
    )
    more = ""
    if ctx.noisy:
        items = ctx.rng.sample(HEAD_EN, 3)
        more = ctx.add(
            Noise(
                f'<section class="more-conversations"><h2>More conversations</h2><ul>{links(items)}</ul></section>',
                ["More conversations", *items],
            ),
            Noise(
                "<p>Hear this conversation in full on our weekly podcast, wherever you listen.</p>",
                ["Hear this conversation in full on our weekly podcast"],
            ),
        )
    return (
        f'{html_open(s)}{head(s, url, site)}<body class="mag"><header class="mag-head">'
        f'<a class="mag-logo" href="/">{esc(site)}</a><nav class="mag-nav">{nav_links(s.lang)}</nav></header>'
        f'<main class="mag-main"><article class="feature feature--interview"><header class="feature__head">'
        f'<p class="feature__kicker">Interview</p><h1 class="feature__title">{esc(s.title)}</h1>'
        f'<p class="feature__byline">Interview by <span class="feature__author">{esc(s.author)}</span> '
        f'\u00b7 <time datetime="{s.date}">{esc(fdate(s))}</time></p></header>{portrait}'
        f'<div class="feature__body">{slot(ctx, st, -1)}\n{intro}\n<dl class="qa">\n'
        + "\n".join(pairs)
        + f"\n</dl>\n{render_tail(s, ctx, st)}</div></article>{more}{ctx.out()}</main>"
        f'<footer class="mag-foot">{foot_text(s.lang, site)}</footer></body></html>'
    )


# 11. A story split across two "pages" in one HTML -------------------------------------


def paginated(s: Story, url: str, site: str, ctx: Ctx) -> str:
    st = Style()
    gs = groups(s.blocks)
    cut = gs[len(gs) // 2][1][0]  # first block of page two
    page1 = render_range(s, ctx, st, 0, cut)
    page2 = render_range(s, ctx, st, cut, len(s.blocks))
    pager = ctx.add(
        Noise(
            '<div class="story-pager"><p>Continued on page 2 \u00bb</p><p><span>Page 1 of 2</span> | '
            '<a href="#page2">Next page</a> | <a href="?view=all">Read on one page</a></p></div>',
            ["Continued on page 2", "Page 1 of 2", "Read on one page"],
        )
    )
    resume = ctx.add(
        Noise(
            '<p class="page-resume"><a href="#page1">\u00ab Page 1</a> \u00b7 Page 2 of 2 \u00b7 '
            "continued from the previous page</p>",
            ["Page 2 of 2", "continued from the previous page"],
        )
    )
    end_pager = ctx.add(Noise('<div class="story-pager"><a href="#page1">1</a> <b>2</b></div>', []))
    hr = "" if ctx.noisy else '<hr class="page-break">'
    return (
        f'{html_open(s)}{head(s, url, site)}<body bgcolor="#fffdf7"><div id="wrap">'
        f'<div id="masthead"><a href="/"><img src="/img/mast.gif" alt="{esc(site)}"></a>'
        f'<div id="topnav">{nav_links(s.lang, "", MIDDOT)}</div></div>'
        f'<div id="content"><div class="col-main"><h1 class="story-head">{esc(s.title)}</h1>'
        f'<div class="story-by">{byline_word(s)} {esc(s.author)} &mdash; {esc(fdate(s))}</div>'
        f'<div class="story" data-pages="2"><div class="story-page" id="page1" data-page="1">'
        f"{slot(ctx, st, -1)}\n{page1}\n</div>{pager}{hr}"
        f'<div class="story-page" id="page2" data-page="2">{resume}\n{page2}\n'
        f"{render_tail(s, ctx, st)}</div>{end_pager}</div></div>"
        f'<div class="col-side">{ctx.out()}</div></div>'
        f'<div id="footer">{foot_text(s.lang, site)}</div></div></body></html>'
    )


# 12. Metered paywall: overlay over a full text still in the DOM ------------------------


def paywall(s: Story, url: str, site: str, ctx: Ctx) -> str:
    body = render(s, ctx, Style())
    gate = (
        ' is-gated" style="max-height: 26em; overflow: hidden; position: relative;'
        if ctx.noisy
        else ""
    )
    wall = ctx.add(
        Noise(
            '<div class="paywall-fade" aria-hidden="true"></div><div class="paywall" role="dialog" '
            'aria-modal="true"><h2>Keep reading with a Chronicle membership</h2>'
            "<p>You have used up this month\u2019s free articles.</p><ul>"
            "<li>Digital: Rs 399 a month, cancel any time</li>"
            "<li>Digital and home delivery: Rs 950 a month</li></ul>"
            '<a class="btn" href="/join">See membership plans</a>'
            '<p>Already a member? <a href="/login">Log in here</a></p></div>',
            [
                "Keep reading with a Chronicle membership",
                "this month\u2019s free articles",
                "Digital: Rs 399 a month",
                "Digital and home delivery: Rs 950 a month",
                "See membership plans",
                "Log in here",
            ],
        )
    )
    meter = ctx.add(
        Noise(
            '<div class="meter-bar"><span>Free articles left this month: 0</span></div>',
            ["Free articles left this month"],
        )
    )
    return (
        f'{html_open(s)}{head(s, url, site)}<body class="article-page">{meter}'
        f'<header class="site-header"><a class="logo" href="/">{esc(site)}</a>'
        f'<nav class="sections">{nav_links(s.lang)}</nav><a class="subscribe-link" href="/join">'
        f'Subscribe</a></header><main><article class="article" data-access="{"metered" if ctx.noisy else "free"}">'
        f'<h1 class="article__headline">{esc(s.title)}</h1><div class="article__meta">'
        f'<span class="article__author">{esc(s.author)}</span> <time datetime="{s.date}">'
        f'{esc(fdate(s))}</time></div><div class="article-body{gate}">\n{body}\n</div>{wall}</article>'
        f'<aside class="rail">{ctx.out()}</aside></main>'
        f'<footer class="site-footer">{foot_text(s.lang, site)}</footer></body></html>'
    )


# 13. AMP page (with amp-live-list for a liveblog) -------------------------------------

AMP_BOILER = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:"
    "hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:"
    "none;animation:none}</style></noscript>"
)


def amp(s: Story, url: str, site: str, ctx: Ctx) -> str:
    st = Style()
    ur = s.lang == "ur"
    if any(b[0] == "lh" for b in s.blocks):
        items = []
        for a, b in entries(s.blocks):
            tm = s.blocks[a][1][0]
            items.append(
                f'<div id="entry-{tm.replace(":", "")}" data-sort-time="{s.date[:11]}{tm}" '
                f'class="entry">{st.group("lh", [s.blocks[a]])}{render_range(s, ctx, st, a + 1, b)}</div>'
            )
        update = ctx.add(
            Noise(
                '<button update on="tap:live.update" class="live-btn">Fresh posts '
                "waiting \u2014 tap to load</button>",
                ["Fresh posts waiting"],
            )
        )
        body = (
            f'{slot(ctx, st, -1)}<amp-live-list id="live" data-poll-interval="15000" '
            f'data-max-items-per-page="30">{update}<div items>\n'
            + "\n".join(items)
            + f"\n</div><div pagination></div></amp-live-list>{render_tail(s, ctx, st)}"
        )
    else:
        body = render(s, ctx, st)
    consent = ctx.add(
        Noise(
            '<amp-consent id="consent" layout="nodisplay"><div id="consent-ui" class="consent"><p>'
            + (
                "یہ صفحہ قارئین کی تعداد جاننے کے لیے کوکیز محفوظ کرتا ہے، جاری رکھنے کے لیے ٹھیک ہے دبائیے۔"
                if ur
                else "This page stores cookies so we can count readers. Tap OK to carry on."
            )
            + '</p><button on="tap:consent.accept">OK</button></div></amp-consent>',
            ["یہ صفحہ قارئین کی تعداد جاننے کے لیے کوکیز"]
            if ur
            else ["This page stores cookies so we can count readers"],
        )
    )
    ad = ctx.add(
        Noise(
            '<div class="adwrap"><p>'
            + ("اشتہاری جگہ" if ur else "Sponsored space")
            + '</p><amp-ad width="300" height="250" type="doubleclick" '
            'data-slot="/8831/amp_story"></amp-ad></div>',
            ["اشتہاری جگہ" if ur else "Sponsored space"],
        )
    )
    social = ctx.add(
        Noise(
            '<div class="share"><span>'
            + ("خبر آگے بھیجیے" if ur else "Pass it on")
            + '</span><amp-social-share type="whatsapp" width="32" height="32"></amp-social-share>'
            '<amp-social-share type="facebook" width="32" height="32" data-param-app_id="1"></amp-social-share></div>',
            ["خبر آگے بھیجیے" if ur else "Pass it on"],
        )
    )
    canonical = url.replace("/amp/", "/")
    return (
        f'<!doctype html>\n<html \u26a1 lang="{s.lang}"{" dir=rtl" if ur else ""}>'
        f'<head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>'
        f'<script async custom-element="amp-live-list" src="https://cdn.ampproject.org/v0/amp-live-list-0.1.js"></script>'
        f'<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>'
        f'<title>{esc(s.title)}</title><link rel="canonical" href="{canonical}">'
        f'<meta name="viewport" content="width=device-width"><meta property="article:published_time" '
        f'content="{s.date}">{AMP_BOILER}<style amp-custom>body{{font-family:'
        f"{NOTO if ur else 'Georgia'},serif}}.entry{{border-top:1px solid #ddd}}</style></head>"
        f'<body><amp-sidebar id="sb" layout="nodisplay" side="{"right" if ur else "left"}"><nav>'
        f'{nav_links(s.lang)}</nav></amp-sidebar><header class="hdr"><button on="tap:sb.toggle">\u2630</button>'
        f'<a href="/">{esc(site)}</a></header>{consent}<main><article>'
        f'<h1>{esc(s.title)}</h1><p class="by">{byline_word(s)} {esc(s.author)} \u00b7 {esc(fdate(s))}</p>'
        f'{social}<amp-img src="/img/lead.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>'
        f'<div class="article-body">\n{body}\n</div>{ad}</article>{ctx.out()}</main>'
        f"<footer>{foot_text(s.lang, site)}</footer></body></html>"
    )


# 14. Wix-like nested divs with inline styles ------------------------------------------


class WixStyle(Style):
    def __init__(self, lang):
        self.font = "'noto nastaliq urdu',serif" if lang == "ur" else "georgia,palatino,serif"
        self.ids = Ids(lang + "wix")

    def _wrap(self, inner):
        return (
            f'<div id="comp-l{self.ids(6)}" class="_1Q9if" style="position:relative;'
            f'margin:0 0 0 0;width:100%;"><div style="width:100%;"><div class="kvdbP" '
            f'data-testid="richTextElement" style="visibility:inherit;">{inner}</div></div></div>'
        )

    def _span(self, t):
        return (
            f'<span style="font-family:{self.font};"><span style="color:#2F2E2E;" '
            f'class="wixui-rich-text__text">{esc(t)}</span></span>'
        )

    def p(self, t):
        return self._wrap(
            f'<p class="font_8 wixui-rich-text__text" dir="auto" '
            f'style="line-height:1.9em;font-size:18px;">{self._span(t)}</p>'
        )

    def h(self, t):
        return self._wrap(
            f'<h2 class="font_2 wixui-rich-text__text" dir="auto" '
            f'style="font-size:26px;">{self._span(t)}</h2>'
        )

    def quote(self, t):
        return self._wrap(
            f'<p class="font_8 wixui-rich-text__text" dir="auto" style="font-style:'
            f'italic;padding-inline-start:24px;border-inline-start:3px solid #C8A165;">'
            f"{self._span(t)}</p>"
        )

    def li(self, t):
        return (
            f'<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text" '
            f'style="font-size:18px;">{self._span(t)}</p></li>'
        )

    def ul(self, items):
        return self._wrap(
            '<ul class="font_8 wixui-rich-text__text">'
            + "".join(self.li(t) for t in items)
            + "</ul>"
        )

    def ol(self, items):
        return self._wrap(
            '<ol class="font_8 wixui-rich-text__text">'
            + "".join(self.li(t) for t in items)
            + "</ol>"
        )

    def table(self, head, rows):
        return self._wrap(super().table(head, rows))

    def noise(self, h):
        return self._wrap(h)


def wix(s: Story, url: str, site: str, ctx: Ctx) -> str:
    st = WixStyle(s.lang)
    body = render(s, ctx, st)
    ur = s.lang == "ur"
    banner = ctx.add(
        Noise(
            '<div id="WIX_ADS" style="position:fixed;top:0;width:100%;height:50px;background:#fff;">'
            '<a href="#" style="display:block;">This page was made with a free website builder \u2014 '
            "make yours in minutes</a></div>",
            ["This page was made with a free website builder"],
        )
    )
    recent = ""
    stats = ""
    if ctx.noisy:
        items = ctx.rng.sample(HEAD_UR if ur else HEAD_EN, 3)
        label, see_all = ("تازہ تحریریں", "سب دیکھیے") if ur else ("Recent posts", "See all")
        recent = ctx.add(
            Noise(
                st._wrap(
                    f'<h4 style="font-size:20px;">{label}</h4><a href="/blog">{see_all}</a>'
                    + links(items, "div", "/post")
                ),
                [label, see_all, *items],
            )
        )
        stats = ctx.add(
            Noise(
                '<div style="display:flex;gap:12px;border-top:1px solid #ddd;padding:12px 0;">'
                + (
                    "<span>۴۱۲ مناظر</span><span>۰ تبصرے</span><span>پسند آیا تو دل دبائیے</span>"
                    if ur
                    else "<span>412 views</span><span>0 comments</span><span>Tap the heart if you liked it</span>"
                )
                + "</div>",
                ["پسند آیا تو دل دبائیے"] if ur else ["Tap the heart if you liked it"],
            )
        )
    return (
        f"{html_open(s)}{head(s, url, site, WIX_META)}"
        f'<body><div id="SITE_CONTAINER">{banner}<div id="main_MF"><div id="site-root">'
        f'<div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS" '
        f'style="position:relative;"><div style="width:100%;"><div style="padding:18px;">'
        f'<span style="font-size:30px;">{esc(site)}</span></div>'
        f'<div style="display:flex;gap:16px;">{nav_links(s.lang)}</div></div></header>'
        f'<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="PAGES_TRANSITION">'
        f'<div id="Containerc1dmp" style="max-width:740px;margin:0 auto;"><div data-mesh-id="c1dmpinlineContent">'
        f'<div style="margin:24px 0;"><div style="width:100%;"><h1 class="font_0" style="font-size:38px;">'
        f'<span style="font-family:{st.font};">{esc(s.title)}</span></h1></div></div>'
        f'<div style="margin:0 0 20px 0;"><span style="font-size:14px;color:#777;">{esc(s.author)} '
        f"\u00b7 {esc(fdate(s))}</span></div>\n{body}\n{stats}</div></div>{recent}{ctx.out()}</div></div></main>"
        f'<footer id="SITE_FOOTER"><div style="width:100%;"><div style="padding:18px;">'
        f"{foot_text(s.lang, site)}</div></div></footer></div></div></div></div></body></html>"
    )


# 15. Old table-based Urdu portal ------------------------------------------------------


class OldTableStyle(Style):
    def p(self, t):
        return f"{esc(t)}<br><br>"

    def h(self, t):
        return f'<b><font color="#003366" size="5">{esc(t)}</font></b><br>'

    def quote(self, t):
        return f'<font color="#444444"><i>{esc(t)}</i></font><br><br>'

    def table(self, head, rows):
        def cell(c, bg):
            return f'<td bgcolor="{bg}" align="center"><font size="3">{esc(c)}</font></td>'

        return (
            '<table border="1" cellpadding="3" cellspacing="0" width="90%" align="center" dir="rtl">'
            "<tr>"
            + "".join(cell(c, "#dddddd") for c in head)
            + "</tr>"
            + "".join("<tr>" + "".join(cell(c, "#ffffff") for c in r) + "</tr>" for r in rows)
            + "</table><br>"
        )

    def tail(self, t):
        return f'<font color="#666666" size="3">{esc(t)}</font><br>'


def oldtable(s: Story, url: str, site: str, ctx: Ctx) -> str:
    body = render(s, ctx, OldTableStyle())
    ticker = ""
    right = ""
    if ctx.noisy:
        items = ctx.rng.sample(HEAD_UR, 4)
        ticker = ctx.add(
            Noise(
                '<tr><td colspan="3" bgcolor="#990000"><font color="#ffffff"><b>تازہ ترین:</b> '
                f'<marquee direction="right" scrollamount="3">{DIAMOND.join(esc(h) for h in items)}'
                "</marquee></font></td></tr>",
                ["تازہ ترین:", *items],
            )
        )
        right = ctx.add(
            Noise(
                '<table width="100%" border="0"><tr><td bgcolor="#eeeeee" align="center">'
                '<img src="/banners/ad160x600.gif" width="160" height="600" alt=""><br>'
                '<font size="2">اس جگہ اپنا اشتہار لگوانے کے لیے رابطہ کیجیے</font></td></tr></table>',
                ["اس جگہ اپنا اشتہار لگوانے کے لیے رابطہ کیجیے"],
            ),
            Noise(
                '<p align="center"><font size="2">آپ ہماری ویب سائٹ کے وزیٹر نمبر 0045213 ہیں</font></p>',
                ["کے وزیٹر نمبر"],
            ),
        )
    tools = ctx.add(
        Noise(
            '<p align="left"><font size="2"><a href="javascript:window.print()">یہ خبر پرنٹ کیجیے</a> | '
            '<a href="mailto:?subject=khabar">کسی دوست کو بھیجیے</a></font></p>',
            ["یہ خبر پرنٹ کیجیے", "کسی دوست کو بھیجیے"],
        )
    )
    cont = ctx.add(
        Noise(
            '<font color="#990000" size="3">(بقیہ خبر صفحہ 7 پر)</font><br><br>',
            ["بقیہ خبر صفحہ 7 پر"],
        )
    )
    left = nav_items(s.lang, "", "<br>")
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n'
        f'<html lang="ur" dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{esc(s.title)} - {esc(site)}</title>"
        f'<style>.txt{{font-family:"Jameel Noori Nastaleeq","Urdu Naskh Asiatype",serif;font-size:19px;'
        f"line-height:36px}}</style></head>"
        f'<body bgcolor="#f4f1e8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">'
        f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#ffffff">'
        f'<tr><td colspan="3"><img src="/images/logo.gif" width="300" height="90" alt="{esc(site)}">'
        f'<font size="2">{esc(fdate(s))}</font></td></tr>{ticker}'
        f'<tr><td width="160" valign="top" bgcolor="#e8e2d0"><font size="3">{left}</font></td>'
        f'<td width="620" valign="top" class="txt" style="padding:10px;">'
        f'<font size="5" color="#990000"><b>{esc(s.title)}</b></font><br>'
        f'<font size="2" color="#555555">{esc(s.author)}</font><br><br>'
        f'<font face="Jameel Noori Nastaleeq" size="4">\n{body}\n{cont}</font>{tools}</td>'
        f'<td width="200" valign="top">{right}{ctx.out()}</td></tr>'
        f'<tr><td colspan="3" align="center" bgcolor="#990000"><font color="#ffffff" size="2">'
        f"{foot_text(s.lang, site)}</font></td></tr></table></body></html>"
    )


# 16. Headless CMS: story in <section> elements, no <p> --------------------------------


class SectionStyle(Style):
    def p(self, t):
        return f'<section data-block="text">{esc(t)}</section>'

    def h(self, t):
        return f'<section data-block="heading"><h2>{esc(t)}</h2></section>'

    def quote(self, t):
        return f'<section data-block="quote"><blockquote>{esc(t)}</blockquote></section>'

    def ul(self, items):
        return f'<section data-block="list">{super().ul(items)}</section>'

    def ol(self, items):
        return f'<section data-block="list">{super().ol(items)}</section>'

    def table(self, head, rows):
        return f'<section data-block="table">{super().table(head, rows)}</section>'

    def tail(self, t):
        return f'<section data-block="text"><small>{esc(t)}</small></section>'

    def noise(self, h):
        flat = re.sub(r"<p[^>]*>", "", h).replace("</p>", "<br>")
        return f'<section data-block="text">{flat}</section>'


def sections(s: Story, url: str, site: str, ctx: Ctx) -> str:
    st = SectionStyle()
    ur = s.lang == "ur"
    if ctx.noisy:
        ctx.inside.setdefault(1, []).append(
            Noise(
                '<div class="embed"><a href="#">اس پوسٹ کو انسٹاگرام پر دیکھیے</a> <span>۲۳۰ پسندیدگیاں</span></div>'
                if ur
                else '<div class="embed"><a href="#">View this post on the photo app</a> <span>230 likes</span></div>',
                ["اس پوسٹ کو انسٹاگرام پر دیکھیے"] if ur else ["View this post on the photo app"],
            )
        )
        ctx.noise.append(ctx.inside[1][-1])
    body = render(s, ctx, st)
    return (
        f'{html_open(s)}{head(s, url, site)}<body><div id="app" data-v="2.14.0">'
        f'<section class="topbar"><a href="/">{esc(site)}</a><nav>{nav_links(s.lang)}</nav></section>'
        f'<section class="story-head"><h1>{esc(s.title)}</h1><section class="story-meta">'
        f"<span>{esc(s.author)}</span> <span>{esc(fdate(s))}</span></section></section>"
        f'<section class="story">\n{body}\n</section>'
        f'<section class="below">{ctx.out()}</section>'
        f'<section class="site-foot">{foot_text(s.lang, site)}</section></div></body></html>'
    )


# 17. Urdu page with Nastaliq web-font markup ------------------------------------------

NASTALIQ_CSS = (
    "<style>@font-face{font-family:'Jameel Noori Nastaleeq';src:url('/fonts/JameelNooriNastaleeq.woff2') "
    "format('woff2'),url('/fonts/JameelNooriNastaleeq.woff') format('woff');font-display:swap}"
    "@font-face{font-family:'Noto Nastaliq Urdu';src:url('/fonts/NotoNastaliqUrdu-Regular.woff2') "
    "format('woff2');unicode-range:U+0600-06FF,U+FB50-FDFF,U+FE70-FEFF}"
    ".nastaliq{font-family:'Jameel Noori Nastaleeq','Noto Nastaliq Urdu',serif;line-height:2.6;"
    "font-feature-settings:'liga' 1,'calt' 1}.jadwal td{padding:4px 10px}</style>"
    '<link rel="preload" href="/fonts/JameelNooriNastaleeq.woff2" as="font" type="font/woff2" crossorigin>'
)


class NastaliqStyle(Style):
    def p(self, t):
        return f'<p class="urdu nastaliq" lang="ur">{esc(t)}</p>'

    def h(self, t):
        return f'<h3 class="zeli-sarkhi nastaliq">{esc(t)}</h3>'

    def quote(self, t):
        return f'<blockquote class="iqtibas nastaliq"><p>{esc(t)}</p></blockquote>'

    def table(self, head, rows):
        return super().table(head, rows).replace("<table>", '<table class="jadwal nastaliq">')


def nastaliq(s: Story, url: str, site: str, ctx: Ctx) -> str:
    body = render(s, ctx, NastaliqStyle())
    font_note = ctx.add(
        Noise(
            '<div style="background:#fff6d5;padding:6px;">اگر اردو تحریر صاف نظر نہ آئے تو '
            '<a href="/fonts/JameelNooriNastaleeq.zip">یہاں سے نستعلیق فونٹ ڈاؤن لوڈ کیجیے</a></div>',
            ["یہاں سے نستعلیق فونٹ ڈاؤن لوڈ کیجیے"],
        )
    )
    related = ""
    if ctx.noisy:
        items = ctx.rng.sample(HEAD_UR, 3)
        related = ctx.add(
            Noise(
                f'<div class="mutalliqa"><h4 class="nastaliq">ان خبروں پر بھی نظر ڈالیے</h4>'
                f"<ul>{links(items, base='/khabar')}</ul></div>",
                ["ان خبروں پر بھی نظر ڈالیے", *items],
            )
        )
    return (
        f'{html_open(s)}{head(s, url, site, NASTALIQ_CSS)}<body class="nastaliq">{font_note}'
        f'<div class="sar-warq"><a class="logo" href="/">{esc(site)}</a>'
        f'<div class="tarikh">{esc(fdate(s))} \u2014 ۱۴۴۸ ہجری</div>'
        f'<div class="fehrist">{nav_links(s.lang)}</div></div>'
        f'<div class="dhancha"><div class="markazi"><div class="khabar">'
        f'<h1 class="khabar-sarkhi nastaliq">{esc(s.title)}</h1>'
        f'<div class="khabar-nigar nastaliq">{esc(s.author)}</div>'
        f'<div class="khabar-matn nastaliq">\n{body}\n</div></div>{related}</div>'
        f'<div class="janibi">{ctx.out()}</div></div>'
        f'<div class="zer-warq nastaliq">{foot_text(s.lang, site)}</div></body></html>'
    )


# 18. Urdu page with one <span> per sentence -------------------------------------------


def sentences(t: str) -> list[str]:
    return [x for x in re.split(r"(?<=[۔؟:])\s+", t) if x]


class SpanStyle(Style):
    def __init__(self):
        self.n = 0

    def _spans(self, t):
        out = []
        for x in sentences(t):
            self.n += 1
            out.append(f'<span class="jumla" data-j="{self.n}">{esc(x)}</span>')
        return " ".join(out)

    def p(self, t):
        return f'<div class="para">{self._spans(t)}</div>'

    def h(self, t):
        return f'<div class="para para--sarkhi"><strong>{self._spans(t)}</strong></div>'

    def quote(self, t):
        return f'<div class="para para--iqtibas">{self._spans(t)}</div>'

    def li(self, t):
        return f"<li>{self._spans(t)}</li>"

    def noise(self, h):
        return f'<div class="para">{h}</div>'


def spans(s: Story, url: str, site: str, ctx: Ctx) -> str:
    body = render(s, ctx, SpanStyle())
    listen = ctx.add(
        Noise(
            '<div class="tts"><button>▶ یہ خبر سنیے</button> <span>آواز کی رفتار: عام</span></div>',
            ["یہ خبر سنیے", "آواز کی رفتار"],
        )
    )
    return (
        f"{html_open(s)}{head(s, url, site, '<script src=/js/highlight-reader.js defer></script>')}"
        f'<body><div class="shell"><div class="masthead"><a href="/">{esc(site)}</a>'
        f'<nav>{nav_links(s.lang)}</nav></div><div class="page"><div class="story-col">'
        f'<h1 class="story-title">{esc(s.title)}</h1><div class="story-meta"><span>{esc(s.author)}</span>'
        f" \u2022 <span>{esc(fdate(s))}</span></div>{listen}"
        f'<div class="story-text" dir="rtl" data-reader="sentences">\n{body}\n</div></div>'
        f'<div class="side-col">{ctx.out()}</div></div>'
        f'<div class="footer">{foot_text(s.lang, site)}</div></div></body></html>'
    )


# --- the plan: each story once noisy and once clean, in two different layouts ----------

LAYOUTS = {
    "ghost": (ghost, ("The Passu Review", None, "passureview.example"), "/{slug}/"),
    "medium": (
        medium,
        ("Notes from the Frontier", None, "frontiernotes.example"),
        "/@notes/{slug}-{h}",
    ),
    "joomla": (
        joomla,
        ("Bolan Observer", None, "bolanobserver.example"),
        "/index.php/economy/{h}-{slug}",
    ),
    "drupal": (drupal, ("Indus Ledger", "انڈس لیجر", "indusledger.example"), "/{lang}/node/{h}"),
    "nextjs": (
        nextjs,
        ("Makran Today", "مکران ٹوڈے", "makrantoday.example"),
        "/{lang}/news/{slug}",
    ),
    "substack": (substack, ("The Quetta Letter", None, "quettaletter.example"), "/p/{slug}"),
    "blogger": (blogger, ("Skardu Diaries", None, "skardudiaries.example"), "/2026/10/{slug}.html"),
    "hugo": (hugo, ("Highland Field Notes", None, "highlandnotes.example"), "/posts/{slug}/"),
    "liveblog": (
        liveblog,
        ("The Northern Dispatch", None, "northerndispatch.example"),
        "/live/{slug}",
    ),
    "interview": (
        interview,
        ("Mountain & Coast", None, "mountaincoast.example"),
        "/interviews/{slug}",
    ),
    "paginated": (
        paginated,
        ("Sindh Sunday Magazine", None, "sundaysindh.example"),
        "/features/{slug}.php",
    ),
    "paywall": (
        paywall,
        ("The Gilgit Chronicle", None, "gilgitchronicle.example"),
        "/news/{h}/{slug}",
    ),
    "amp": (
        amp,
        ("Balochistan Now", "بلوچستان ناؤ", "balochistannow.example"),
        "/amp/{lang}/{slug}",
    ),
    "wix": (wix, ("Hill Voices", "پہاڑی آوازیں", "hillvoices.example"), "/post/{slug}"),
    "oldtable": (oldtable, (None, "روزنامہ سنگ میل", "sangemeel.example"), "/detail.php?id={h}"),
    "sections": (sections, (None, "ہمالیہ نیوز", "himalayanews.example"), "/story/{h}"),
    "nastaliq": (nastaliq, (None, "صدائے کوہسار", "sadaekohsar.example"), "/khabar/{h}"),
    "spans": (spans, (None, "شمال ٹائمز", "shumaltimes.example"), "/ur/{slug}"),
}

# layout: (story shown noisy, story shown clean)
PLAN = [
    ("liveblog", "E0", "E1"),
    ("interview", "E2", "E3"),
    ("ghost", "E3", "E4"),
    ("medium", "E4", "E5"),
    ("joomla", "E5", "E6"),
    ("substack", "E6", "E2"),
    ("blogger", "E7", "E8"),
    ("hugo", "E8", "E0"),
    ("paginated", "E9", "E10"),
    ("paywall", "E10", "E11"),
    ("amp", "E1", "U0"),
    ("nextjs", "E11", "U1"),
    ("drupal", "U2", "E7"),
    ("wix", "U3", "E9"),
    ("oldtable", "U4", "U5"),
    ("sections", "U5", "U4"),
    ("nastaliq", "U0", "U2"),
    ("spans", "U1", "U3"),
]


def mid_slots(s: Story) -> list[int]:
    """Block indices after which noise may sit between blocks (not after headings/questions)."""
    out = []
    last = len(s.blocks) - 1
    for kind, idx in groups(s.blocks):
        i = idx[-1]
        if i < last and kind not in ("h", "q", "lh") and s.blocks[i + 1][0] != "a":
            out.append(i)
    return out


def assign_inside(s: Story, ctx: Ctx, n: int) -> None:
    rng = ctx.rng
    ur = s.lang == "ur"
    inside_pool, end_pool = (INSIDE_UR, END_UR) if ur else (INSIDE_EN, END_EN)
    fns = rng.sample(inside_pool, 4)
    mids = mid_slots(s)
    a, b = sorted(rng.sample(mids[1:-1] if len(mids) > 4 else mids, 2))
    plan: dict = {a: [fns[0](rng, ctx.site)], b: [fns[1](rng, ctx.site)]}
    if n % 3 != 2:
        plan[-1] = [fns[2](rng, ctx.site)]
    if n % 2 == 0:
        plan.setdefault(mids[0], []).append(fns[3](rng, ctx.site))
    ends = rng.sample([f for f in end_pool if f not in fns], 2)
    plan["end"] = [ends[0](rng, ctx.site)]
    if s.tail or n % 2 == 1:
        plan["tail"] = [ends[1](rng, ctx.site)]
    ctx.inside = plan
    ctx.noise.extend(x for xs in plan.values() for x in xs)
    outside_pool = OUTSIDE_UR if ur else OUTSIDE_EN
    used = set(fns) | set(ends)
    ctx.outside = [
        f(rng, ctx.site) for f in rng.sample([f for f in outside_pool if f not in used], 2)
    ]
    ctx.noise.extend(ctx.outside)


# --- self-check ------------------------------------------------------------------------

BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "table",
    "tr",
    "figure",
    "figcaption",
    "br",
    "hr",
    "pre",
    "form",
    "details",
    "summary",
    "center",
    "marquee",
    "amp-live-list",
    "amp-consent",
    "amp-sidebar",
    "button",
    "label",
}
SKIP_TAGS = {"script", "style", "head", "title", "template", "noscript", "svg"}
VOID = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "base", "col"}


class Visible(HTMLParser):
    """Text a reader would see: no scripts, styles, noscript, [hidden] or display:none."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if tag in BLOCK_TAGS and not self.skip:
                self.parts.append("\n")
            return
        a = dict(attrs)
        style = (a.get("style") or "").replace(" ", "")
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.append(tag)
            return
        if tag in SKIP_TAGS or "hidden" in a or "display:none" in style:
            self.skip.append(tag)
            return
        if tag in BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS and not self.skip:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if tag in BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def visible_text(page: str) -> str:
    v = Visible()
    v.feed(page)
    v.close()
    lines = (norm(x) for x in "".join(v.parts).split("\n"))
    return "\n".join(x for x in lines if x)


def check(name: str, page: str, s: Story, noise: list[Noise], noisy: bool) -> list[str]:
    problems = []
    vis = visible_text(page)
    vis_lines = set(vis.split("\n"))
    body = "\n".join(s.lines()).casefold()
    for ln in s.lines():
        if norm(ln) not in vis:
            problems.append(f"{name}: body line not visible: {ln[:60]!r}")
        elif norm(ln) not in vis_lines:
            problems.append(f"{name}: body line not a line of its own: {ln[:60]!r}")
    for n in noise:
        for x in n.strings:
            if norm(x) not in vis:
                problems.append(f"{name}: noise not visible: {x!r}")
            if norm(x).casefold() in body or norm(x).casefold() in s.title.casefold():
                problems.append(f"{name}: noise string inside body/title: {x!r}")
    if noisy and len({x for n in noise for x in n.strings}) < 8:
        problems.append(f"{name}: too little noise")
    if not noisy and noise:
        problems.append(f"{name}: clean page with noise")
    if s.tail and norm(s.tail) not in vis:
        problems.append(f"{name}: wire credit not visible")
    return problems


def main() -> None:
    folder = PAGES / SPLIT
    if folder.exists():
        for f in sorted(folder.iterdir()):
            if f.suffix in (".html", ".json"):
                f.unlink()
    seen_noisy, seen_clean = set(), set()
    problems: list[str] = []
    count = 0
    for n, (layout, noisy_key, clean_key) in enumerate(PLAN):
        fn, (site_en, site_ur, domain), pattern = LAYOUTS[layout]
        for noisy, key in ((True, noisy_key), (False, clean_key)):
            s = STORIES[key]
            site = site_ur if s.lang == "ur" else site_en
            assert site, (layout, key)
            (seen_noisy if noisy else seen_clean).add(key)
            rng = random.Random(f"heldout15:{layout}:{key}:{noisy}")
            ctx = Ctx(noisy, rng, site)
            if noisy:
                assign_inside(s, ctx, n)
            path = pattern.format(slug=s.slug, lang=s.lang, h=hash_of(s.slug) % 90000 + 10000)
            url = f"https://{domain}{path}"
            page = fn(s, url, site, ctx)
            name = f"{'noisy' if noisy else 'clean'}-{n:02d}-{layout}-{s.slug}"
            problems += check(name, page, s, ctx.noise, noisy)
            write_page(SPLIT, name, url, page, s.article(), ctx.noise)
            count += 1
    assert seen_noisy == seen_clean == set(STORIES), "each story once noisy and once clean"
    for _layout, a, b in PLAN:
        assert a != b
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"wrote {count} pages to {folder}")


if __name__ == "__main__":
    main()
