"""Write a sixth held-out set to pages/heldout6/: written BLIND, by a writer who did not read the rules.

The author of this generator did not read pipeline/ (noise.py, extract.py), config/noise.yaml,
tests/, RESULTS.md, the other held-out generators (make_heldout3/4/5.py) or their pages, and
did not run the extractor or the benchmark before writing it. Only fixturekit.py,
make_heldout2.py (for the truth format) and the README were read.

What is new here compared with the layouts the README lists:

* markup: a GeneratePress-like and a tagDiv "Newspaper"-like WordPress theme, Drupal 9/10 with
  the Paragraphs module (body split over ``paragraph--type--text`` wrappers), Ghost with
  ``kg-card`` callouts and a members upgrade box, an Arc XP-like page (``c-paragraph``,
  ``arcad`` slots, ``Fusion.globalContent`` holding the body), Next.js with hashed CSS-module
  classes and ``__NEXT_DATA__`` holding the body, a Brightspot-like page with custom elements
  (``<ps-promo>``, ``<bsp-list-loadmore>``), a Blogger-like ``post-body`` of ``<br>``-separated
  text, a 760px ``<table>`` portal with ``<br><br>`` text in one ``<td>``, AMP (``amp-ad``,
  ``amp-social-share``), a plain HTML5 page whose JSON-LD ``articleBody`` repeats the text (with
  the inline teasers baked in, as some CMSs do), nested ``<section>`` chunks, a custom CMS whose
  paragraphs are bare ``<div>``s, and Urdu right-to-left pages (WordPress, table, AMP);
* noise worded as paraphrases a phrase list is unlikely to hold ("Worth a look:", "The article
  continues after this message", "People are also reading", "Paid partner content",
  podcast/video promos, app prompts, Google News / WhatsApp / Telegram prompts, cookie text
  inside the body, paywall counters, reader polls, newsletter boxes, published/updated rows,
  bare author-bio sentences, comment counts, "Fetching the conversation…", image credits,
  editors' correction notes, wire "syndicated feed" disclaimers and editor initials, news-tip
  prompts, feedback widgets, Urdu equivalents), most of it in bare ``<p>``/``<div>``/text lines
  inside the article container;
* clean pages built to provoke over-deletion: Q&A, bullet lists, block quotes, subheadings,
  a standalone dateline line, one-line paragraphs, and genuine sentences that start with or
  contain "Read", "Share", "Related", "Follow", "Comment", "Subscriptions", "advertisement",
  "download", "Photo", "most read", "Updated" and their Urdu counterparts.

Every outlet, person and sentence here is invented.

Run: python benchmarks/extraction/make_heldout6.py  (deterministic; validates its own output).
"""

from __future__ import annotations

import html
import itertools
import json
import random
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from fixturekit import PAGES, Article, Noise, esc, write_page

SPLIT = "heldout6"

# ---------------------------------------------------------------------------------------------
# Articles. Each body is a list of blocks: (kind, text) with kind in
#   p  paragraph, h subheading, li list item, q block quote, qa question/answer line,
#   dl standalone dateline line.
# "[text](url)" inside a paragraph becomes an inline link; the truth keeps only the text.
# ---------------------------------------------------------------------------------------------


@dataclass
class Story:
    slug: str
    title: str
    author: str
    date: str
    blocks: list[tuple[str, str]]
    tail: str | None = None
    agency: str | None = None
    place: str | None = None
    lang: str = "en"
    caption: str | None = None

    def article(self) -> Article:
        return Article(
            self.slug,
            self.title,
            self.author,
            self.date,
            [plain(t) for _, t in self.blocks],
            tail=self.tail,
            agency=self.agency,
            place=self.place,
            lang=self.lang,
        )


LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def plain(text: str) -> str:
    return LINK.sub(r"\1", text)


def inline(text: str) -> str:
    out, pos = [], 0
    for m in LINK.finditer(text):
        out.append(esc(text[pos : m.start()]))
        out.append(f'<a href="{esc(m.group(2))}">{esc(m.group(1))}</a>')
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def P(*texts: str) -> list[tuple[str, str]]:
    return [("p", t) for t in texts]


S = {}


def story(**kw) -> Story:
    s = Story(**kw)
    S[s.slug] = s
    return s


story(
    slug="turbat-cold-stores",
    title="Solar cold stores help Turbat date growers cut losses",
    author="Naseer Baloch",
    date="2026-03-03T10:20:00+05:00",
    place="Turbat",
    caption="Dates being sorted at a cooperative cold store near the Kech river.",
    blocks=P(
        "TURBAT, March 3: Date growers in Kech district say a network of solar-powered cold "
        "stores opened last autumn has cut the share of their harvest lost to heat and pests "
        "by almost half.",
        "The five stores, built by a farmers' cooperative with a loan from a provincial rural "
        "bank, can hold about 1,800 tonnes of fruit between them.",
        "Before the stores opened, growers had to sell most of the Begum Jangi variety within "
        "days of picking, often at whatever price middlemen offered, cooperative members said.",
        "\u201cNow we can wait two or three months and sell when prices in Karachi go up,\u201d "
        "said Ghulam Jan, who farms twelve acres near the Kech river.",
        "The cooperative's secretary, Hameeda Baloch, said the group planned to add two more "
        "stores in Buleda and Tump if the bank approved a second loan.",
        "Growers also asked the district government to repair the link road to the main "
        "stores, which they said was damaged in last summer's floods.",
    ),
)

story(
    slug="gwadar-desalination",
    title="Gwadar desalination plant resumes supply after three-month halt",
    author="IANS",
    date="2026-03-05T16:40:00+05:30",
    agency="IANS",
    place="Islamabad",
    tail="--IANS",
    blocks=P(
        "Islamabad, March 5 (IANS) A desalination plant in Pakistan's port city of Gwadar "
        "resumed supplying water on Thursday after a three-month halt caused by a power "
        "dispute, local officials said.",
        "The plant, which can treat about 1.2 million gallons of seawater a day, had stopped "
        "working in December after its operator and the local power company disagreed over "
        "unpaid bills.",
        "The Gwadar Development Authority said the dispute had been settled and that tankers "
        "would no longer be needed in the old town neighbourhoods.",
        "Residents had complained that the price of a tanker of water had doubled during the "
        "shutdown.",
        "Officials said a second plant under construction near the port was expected to start "
        "work by the end of the year.",
    ),
)

story(
    slug="quetta-apple-saplings",
    title="Growers in Quetta valley get frost-resistant apple saplings",
    author="APP",
    date="2026-04-09T18:05:00+05:00",
    agency="APP",
    place="Quetta",
    blocks=P(
        "QUETTA, Apr 9 (APP): The [Balochistan agriculture department](/tag/agriculture) on "
        "Thursday distributed 25,000 frost-resistant apple saplings among growers in Quetta, "
        "Pishin and Ziarat districts.",
        "Speaking at the ceremony, the director general of agriculture extension said the new "
        "varieties could withstand late frosts that had damaged orchards in the past two "
        "seasons.",
        "He said the saplings had been raised at a government nursery in Ziarat and would be "
        "given free of cost to small farmers holding up to five acres.",
        "Growers thanked the department and asked for training on pruning and drip irrigation.",
        "The department plans to distribute a further 40,000 saplings in the autumn.",
    ),
)

story(
    slug="karachi-cooling-centres",
    title="Karachi volunteers open cooling centres as heat builds",
    author="AFP",
    date="2026-05-17T13:30:00+05:00",
    agency="AFP",
    place="Karachi",
    tail="\u2014AFP",
    caption="A volunteer hands out water at a cooling centre in Korangi.",
    blocks=P(
        "KARACHI, Pakistan (AFP) \u2014 Volunteers in Pakistan's largest city opened dozens of "
        "cooling centres on Sunday as temperatures climbed past 42 degrees Celsius, with "
        "doctors warning of a rise in heatstroke cases.",
        "The centres, set up in schools, mosques and community halls across Karachi, offer "
        "shade, fans, drinking water and oral rehydration salts.",
        "\u201cPeople who work outdoors have no choice but to keep working,\u201d said Farzana "
        "Siddiqui, a volunteer coordinator in the Korangi area. \u201cWe want them to have "
        "somewhere to rest for an hour.\u201d",
        "The city's main public hospitals said they had treated more than 300 patients for "
        "heat-related illness since Thursday.",
        "Forecasters expect the heat to ease slightly by midweek as sea breezes return.",
        "Karachi, a city of more than 20 million people, has suffered deadly heatwaves in "
        "recent years, made worse by power cuts and water shortages.",
    ),
)

story(
    slug="skardu-solar-dryers",
    title="Skardu apricot growers turn to solar dryers",
    author="Amina Hussain",
    date="2026-07-22T09:00:00+05:00",
    place="Skardu",
    caption="Apricots drying in wooden solar boxes in Shigar.",
    blocks=P(
        "SKARDU: Apricot growers in Baltistan are trying out solar dryers this summer in the "
        "hope of getting better prices for fruit that has long been sun-dried on rooftops.",
        "A women's cooperative in Shigar has built twenty of the dryers, wooden boxes with "
        "clear plastic covers, with help from a local development organisation.",
        "Members said fruit dried in the boxes stayed cleaner and kept its colour, and that "
        "traders from Islamabad had offered them twice the usual price.",
        "\u201cThe dust and the birds used to spoil a quarter of what we dried,\u201d said "
        "Zainab Bano, the cooperative's chairwoman.",
        "The Gilgit-Baltistan agriculture department said it would study the results before "
        "deciding whether to subsidise the dryers elsewhere in the region.",
    ),
)

story(
    slug="green-line-feeders",
    title="Q&A: What the new Green Line feeder routes mean for Karachi commuters",
    author="Sana Memon",
    date="2026-02-02T08:00:00+05:00",
    blocks=[
        (
            "p",
            "The Sindh Mass Transit Authority will start four feeder bus routes to the Green "
            "Line next month. Here is what commuters need to know.",
        ),
        ("qa", "Q: Which areas will the new routes cover?"),
        (
            "qa",
            "A: Surjani Town, New Karachi, North Nazimabad and Orangi, each linked to the "
            "nearest Green Line station.",
        ),
        ("qa", "Q: How much will a ticket cost?"),
        (
            "qa",
            "A: Rs 50 for a single trip. A combined ticket for the feeder bus and the Green "
            "Line will cost Rs 80.",
        ),
        ("qa", "Q: Can I use the same card?"),
        ("qa", "A: Yes."),
        ("qa", "Q: When do the buses run?"),
        ("qa", "A: From 6am to 10pm, every 12 minutes at peak hours."),
        ("qa", "Q: What if my stop is not on the list?"),
        (
            "qa",
            "A: The authority says it will read every request sent to its helpline and may "
            "add stops after three months.",
        ),
        ("qa", "Q: Where do I share a complaint?"),
        (
            "qa",
            "A: On the helpline or at station counters. Each complaint gets a reply within "
            "a week, an official said.",
        ),
        ("p", "The authority said it would publish a full timetable before the launch."),
    ],
)

story(
    slug="hunza-lake-sensors",
    title="Early warning sensors installed above Hunza glacier lake",
    author="IANS",
    date="2026-06-12T19:10:00+05:30",
    agency="IANS",
    place="Gilgit",
    tail="--IANS",
    blocks=P(
        "Gilgit, June 12 (IANS) Authorities in Pakistan's Gilgit-Baltistan region have "
        "installed new sensors above a glacial lake in the Hunza valley to warn villages "
        "downstream of sudden floods, officials said on Friday.",
        "The sensors measure water levels and send readings every ten minutes to a control "
        "room in Gilgit, from where alerts can be sent to mosques and schools over "
        "loudspeakers.",
        "The region has more than 3,000 glacial lakes, dozens of which are considered at risk "
        "of bursting their banks as temperatures rise, according to the disaster management "
        "authority.",
        "Villagers in Hassanabad, where a flood destroyed homes and a bridge four years ago, "
        "said they had been trained in evacuation drills.",
        "Officials said similar systems would be installed in Ghizer and Astore later this year.",
    ),
)

story(
    slug="chitral-snow-leopards",
    title="Camera traps record snow leopards in Chitral valleys",
    author="Farman Ali",
    date="2026-01-28T11:45:00+05:00",
    place="Chitral",
    caption="An image from a camera trap above Broghil.",
    blocks=P(
        "CHITRAL, Jan 28: Camera traps set up by wildlife officials and villagers in upper "
        "Chitral have recorded at least eleven snow leopards over the winter, the highest count "
        "in the district so far.",
        "The wildlife department said the cameras, placed along ridges above four villages, "
        "also photographed ibex, red foxes and a lynx.",
        "Officials credited a community insurance scheme that pays herders for livestock killed "
        "by leopards, which they said had ended revenge killings in the area.",
        "Herders pay a small fee for each animal they insure, and the fund is topped up by "
        "income from trophy hunting permits for ibex.",
        "The department plans to share the images with researchers at a university in Peshawar "
        "who are studying the animals' movements.",
        "Nobody has reported a leopard killed in the valleys since 2023.",
    ),
)

story(
    slug="hub-pipeline",
    title="Factories in Hub to get water from new pipeline by June",
    author="APP",
    date="2026-02-11T17:25:00+05:00",
    agency="APP",
    place="Hub",
    blocks=P(
        "HUB, Feb 11 (APP): Work on a 32-kilometre pipeline to supply water from the Hub dam to "
        "factories in the Hub industrial estate will be completed by June, the Lasbela district "
        "administration said on Wednesday.",
        "The deputy commissioner told a meeting of industrialists that about 70 percent of the "
        "work had been done and that the remaining pipes had arrived at the site.",
        "Factory owners said water shortages had forced some units to cut shifts and buy water "
        "from private tankers at high rates.",
        "The meeting also decided to set up a joint committee of officials and traders to "
        "monitor the project.",
    ),
)

story(
    slug="lyari-boxing-gym",
    title="In Lyari, a gym built from scrap metal trains the city's next champions",
    author="Rabia Khatoon",
    date="2026-03-29T07:30:00+05:00",
    caption="Boxers train under the tin roof of the gym in Lyari.",
    blocks=[
        (
            "p",
            "The gym has no sign outside. A narrow staircase behind a tea stall in Lyari leads "
            "up to a tin-roofed room where thirty teenagers skip rope to the beat of a radio.",
        ),
        (
            "p",
            "It was built twelve years ago by Abdul Rasheed, a former national bantamweight "
            "champion, from scrap metal and benches donated by neighbours.",
        ),
        ("h", "Long days"),
        (
            "p",
            "Training starts at six in the morning, before school, and again at five in the "
            "evening.",
        ),
        (
            "p",
            "Rasheed charges nothing. Parents pay for gloves when they can; when they cannot, "
            "older boxers pass theirs down.",
        ),
        (
            "q",
            "\u201cBoxing gave me a way out of the street when I was their age. I only ask "
            "them to come every day and to stay in school.\u201d",
        ),
        ("h", "Girls join in"),
        (
            "p",
            "Since last year, nine girls have joined, training in a separate session on "
            "Saturdays under a woman coach from the provincial sports board.",
        ),
        (
            "p",
            "One of them, 15-year-old Mehwish, won a silver medal at a provincial tournament "
            "in Hyderabad in February.",
        ),
        (
            "p",
            "\u201cMy brothers laughed at first,\u201d she said. \u201cNow they come to "
            "watch.\u201d",
        ),
        ("h", "What comes next"),
        (
            "p",
            "The provincial sports department has promised to repair the roof before the "
            "monsoon. Rasheed says he has heard such promises before.",
        ),
        ("p", "For now, the radio keeps playing, and the boxers keep coming."),
    ],
)

story(
    slug="zhob-polio-drive",
    title="Zhob polio drive: what parents need to know",
    author="Health Desk",
    date="2026-04-19T09:10:00+05:00",
    blocks=[
        (
            "p",
            "A five-day polio vaccination campaign begins in Zhob and Sherani districts on "
            "Monday, with health workers going door to door to reach about 180,000 children under "
            "five.",
        ),
        ("h", "Key points"),
        ("li", "Teams will visit every house between 8am and 4pm."),
        ("li", "Children who are away from home can be vaccinated at any basic health unit."),
        ("li", "Vitamin A drops will be given at the same time."),
        ("li", "Parents should keep their child's vaccination card at hand."),
        (
            "p",
            "The district health officer said more than 900 teams had been trained, and that "
            "women vaccinators would visit homes where families preferred them.",
        ),
        (
            "p",
            "Officials urged parents to follow the teams' advice and to report missed "
            "children on the helpline.",
        ),
        (
            "p",
            "Read the full schedule at the nearest health unit, where printed copies are "
            "available.",
        ),
        ("p", "No cases have been reported in the district this year."),
    ],
)

story(
    slug="ghizer-trout-farms",
    title="Trout farming expands in Ghizer",
    author="APP",
    date="2026-05-20T15:00:00+05:00",
    agency="APP",
    place="Gilgit",
    blocks=P(
        "GILGIT, May 20 (APP): The number of private trout farms in Ghizer district has risen "
        "to 64 from 15 five years ago, the Gilgit-Baltistan fisheries department said on "
        "Wednesday.",
        "A fisheries official said most of the farms were run by families who had turned small "
        "plots next to streams into ponds.",
        "The department supplies trout seed from its hatchery in Phander at a subsidised rate "
        "and trains farmers in feeding and disease control.",
        "Farmers said demand from hotels in Gilgit and Hunza had grown as the number of "
        "tourists rose, but that the cost of feed brought from Punjab was a problem.",
        "The department said it was looking at setting up a feed mill in the region.",
    ),
)

story(
    slug="karachi-heat-advice",
    title="Heat advisory: how to stay safe as Karachi temperatures climb",
    author="Metro Desk",
    date="2026-05-12T08:15:00+05:00",
    blocks=[
        (
            "p",
            "The Pakistan Meteorological Department has forecast temperatures of 40 to 42 "
            "degrees Celsius in Karachi from Tuesday to Friday, with humidity making it feel "
            "hotter.",
        ),
        ("p", "Doctors at the city's main hospitals gave the following advice:"),
        ("li", "Drink water every hour, even if you are not thirsty."),
        ("li", "Avoid going out between noon and 4pm."),
        ("li", "Wear loose, light-coloured clothes and cover your head."),
        ("li", "Check on elderly neighbours and people living alone."),
        ("li", "Never leave children or animals in a parked car."),
        ("p", "Signs of heatstroke include a high temperature, confusion, and hot, dry skin."),
        ("p", "Anyone showing them should be moved to a cool place and taken to hospital."),
        (
            "p",
            "Officials said residents could download the met department's free weather app "
            "or follow its updates on FM radio.",
        ),
        ("p", "The heat is expected to ease on Saturday."),
    ],
)

story(
    slug="turbat-board-exams",
    title="Turbat board announces matriculation exam schedule",
    author="Staff Reporter",
    date="2026-03-16T12:00:00+05:00",
    blocks=P(
        "The Board of Intermediate and Secondary Education Turbat will hold matriculation exams "
        "from April 14, the board's controller said on Monday.",
        "Students can download their admit cards from the board's website from April 1, or "
        "collect them from their schools.",
        "The board said the advertisement for exam staff, published in February, had drawn "
        "more than 2,000 applications for 600 posts.",
        "Photo identification will be required at every exam centre this year.",
        "The board also issued a correction to its earlier notice, saying exams would begin on "
        "April 14 and not April 4 as first announced.",
        "The controller said results would be announced within 60 days of the last paper, and "
        "that students who wished to challenge their marks could apply for a recheck.",
        "Officials declined to comment on complaints about the shortage of exam centres in "
        "Dasht and Buleda.",
    ),
)

story(
    slug="diamer-resettlement",
    title="Families displaced by dam project await new homes",
    author="AFP",
    date="2026-09-08T14:20:00+05:00",
    agency="AFP",
    place="Chilas",
    tail="\u2014AFP",
    blocks=P(
        "CHILAS, Pakistan (AFP) \u2014 Hundreds of families whose villages will be flooded by a "
        "giant dam in northern Pakistan are still waiting for the new homes they were promised, "
        "community leaders said Tuesday.",
        "The families, from villages along the Indus river in Diamer district, were told three "
        "years ago that model towns would be built for them on higher ground.",
        "Work has started on only one of the planned towns, according to a committee "
        "representing the families.",
        "\u201cWe have been paid for our land, but the money is running out and there is nowhere "
        "to go,\u201d said Sher Zaman, a member of the committee.",
        "A spokesman for the water authority said the second town would be finished by the end "
        "of next year and that the delay had been caused by a shortage of contractors.",
    ),
)

story(
    slug="thar-ro-plants",
    title="Half of Thar's water purification plants out of order, report says",
    author="IANS",
    date="2026-08-03T20:00:00+05:30",
    agency="IANS",
    place="Karachi",
    tail="--IANS",
    blocks=P(
        "Karachi, Aug 3 (IANS) More than half of the reverse osmosis plants installed to supply "
        "drinking water in Pakistan's Thar desert are not working, a report by the Sindh "
        "assembly's public accounts committee has said.",
        "The plants were set up in villages across Tharparkar district over the past decade to "
        "provide water free of the salt and fluoride found in local wells.",
        "The report said many had broken down because of a lack of spare parts and trained "
        "staff, and recommended that their upkeep be handed to the district councils.",
        "Residents of Mithi and Islamkot told reporters that women and children were again "
        "walking long distances to fetch water from wells.",
        "The provincial government said it had released funds to repair 200 plants by the end "
        "of the year.",
    ),
)

story(
    slug="quetta-book-fair",
    title="Quetta book fair draws record crowds",
    author="Hina Jaffar",
    date="2026-03-09T18:30:00+05:00",
    place="Quetta",
    blocks=P(
        "QUETTA: More than 40,000 people visited the three-day Quetta book fair, which ended on "
        "Sunday, organisers said, the largest turnout since the event began in 2014.",
        "Publishers from Lahore, Karachi and Peshawar set up 120 stalls, selling books in Urdu, "
        "Balochi, Pashto, Brahui and English.",
        "Read-aloud sessions for children were so popular that two extra slots were added.",
        "Sales of Balochi poetry rose sharply, one publisher said, and a new collection by a "
        "young poet from Panjgur sold out by Saturday.",
        "Related events, including a debate on translation, were held at the university.",
        "Follow-up sessions for school librarians will be held in May.",
        "A photo exhibition of old Quetta, drawn from family albums, ran alongside the fair.",
        "Visitors were asked to comment on the event in a register at the main gate; most "
        "asked for it to run for a full week next year.",
        "Subscriptions to the province's only literary magazine doubled during the fair, its "
        "editor said.",
        "It will return in March.",
    ),
)

story(
    slug="sukkur-barrage-gates",
    title="Repairs to Sukkur barrage gates to finish before monsoon",
    author="Ali Hassan Bhutto",
    date="2026-04-02T10:00:00+05:00",
    place="Sukkur",
    blocks=[
        ("dl", "SUKKUR, Apr 2:"),
        *P(
            "The Sindh irrigation department says repairs to ten damaged gates of the Sukkur "
            "barrage will be finished by the end of May, before the monsoon floods arrive.",
            "The gates were damaged two years ago when a section of one gate collapsed, forcing "
            "engineers to divert water and cut supplies to canals feeding the left bank.",
            "A chief engineer said the work was being done at night, when the river flow was "
            "lower, and that two gates had already been replaced.",
            "Updated figures on the cost will be published next month, he said.",
            "Farmers' groups in Khairpur and Nawabshah said any further delays would threaten "
            "the sowing of cotton.",
            "The barrage, built in 1932, irrigates about 7.5 million acres.",
        ),
    ],
)

story(
    slug="hyderabad-newspaper-archive",
    title="Old Hyderabad newspapers go online",
    author="Shahid Soomro",
    date="2026-10-06T11:00:00+05:00",
    blocks=P(
        "A collection of Sindhi newspapers printed in Hyderabad between 1940 and 1980 has been "
        "scanned and put online by a university library, giving researchers free access to "
        "more than 60,000 pages.",
        "Readers can search the pages by date and title.",
        "The archive includes every advertisement the papers carried, which historians say are "
        "a valuable record of prices, fashions and shops that have since disappeared.",
        "\u201cYou can follow the price of a bicycle over forty years,\u201d said Dr Parveen "
        "Shah, who led the project.",
        "Photographs were harder to scan, she said, because many of the printing plates had faded.",
        "Families who have old copies at home are asked to share them with the library so that "
        "gaps can be filled.",
        "The library does not charge readers. Those who want printed copies can download a "
        "request form from its website.",
        "Comment pieces by the papers' editors, some written in 1947, are among the most read "
        "pages so far.",
        "More than 3,000 people have registered to use the archive since it opened last month.",
    ),
)

# Urdu stories -------------------------------------------------------------------------------

story(
    slug="quetta-barish-barfbari",
    title="کوئٹہ میں بارش اور برفباری، کئی شاہراہیں بند",
    author="نمائندہ خصوصی",
    date="2026-01-15T21:00:00+05:00",
    place="کوئٹہ",
    lang="ur",
    blocks=P(
        "کوئٹہ: صوبائی دارالحکومت اور بلوچستان کے شمالی اضلاع میں جمعرات کو بارش اور برفباری کا "
        "سلسلہ جاری رہا جس کے باعث کئی اہم شاہراہیں بند ہو گئیں۔",
        "محکمہ موسمیات کے مطابق زیارت، قلات اور کان مہترزئی میں چھ انچ تک برف پڑی جبکہ کوئٹہ شہر "
        "میں وقفے وقفے سے بارش ہوتی رہی۔",
        "ضلعی انتظامیہ نے مسافروں کو ہدایت کی ہے کہ وہ موسم بہتر ہونے تک غیر ضروری سفر سے گریز "
        "کریں۔",
        "بارش کے بعد شہر کے کئی علاقوں میں گیس کا دباؤ کم ہو گیا جس پر شہریوں نے احتجاج کیا۔",
        "محکمہ موسمیات نے ہفتے سے موسم صاف ہونے کی پیش گوئی کی ہے۔",
    ),
)

story(
    slug="gilgit-sayyah",
    title="گلگت بلتستان میں سیاحوں کی آمد میں دو گنا اضافہ",
    author="گلگت سے نامہ نگار",
    date="2026-07-02T19:30:00+05:00",
    place="گلگت",
    lang="ur",
    blocks=P(
        "گلگت: گلگت بلتستان کے محکمہ سیاحت کا کہنا ہے کہ رواں سال جون میں علاقے میں آنے والے "
        "سیاحوں کی تعداد گزشتہ سال کے مقابلے میں تقریباً دو گنا رہی۔",
        "حکام کے مطابق سب سے زیادہ سیاح ہنزہ، سکردو اور استور پہنچے جبکہ غیر ملکی سیاحوں کی "
        "تعداد میں بھی اضافہ دیکھا گیا۔",
        "ہوٹل مالکان کا کہنا ہے کہ زیادہ تر ہوٹل اگست تک بک ہو چکے ہیں۔",
        "مقامی شہریوں نے شکایت کی کہ سیاحوں کی گاڑیوں کی وجہ سے شاہراہ قراقرم پر اکثر ٹریفک جام "
        "رہتا ہے۔",
        "محکمہ سیاحت نے صفائی کے لیے رضاکاروں کی خصوصی ٹیمیں تشکیل دی ہیں۔",
    ),
)

story(
    slug="karachi-pani-qillat",
    title="کراچی کے کئی علاقوں میں پانی کی قلت برقرار",
    author="اسٹاف رپورٹر",
    date="2026-06-04T20:15:00+05:00",
    place="کراچی",
    lang="ur",
    blocks=P(
        "کراچی: شہر کے کئی علاقوں میں پانی کی قلت تیسرے ہفتے بھی برقرار رہی اور شہری ٹینکروں سے "
        "مہنگا پانی خریدنے پر مجبور ہیں۔",
        "واٹر کارپوریشن کے ترجمان کے مطابق دھابیجی پمپنگ اسٹیشن پر بجلی کی بار بار بندش کی وجہ سے "
        "فراہمی متاثر ہوئی ہے۔",
        "ترجمان نے کہا کہ مرمت کا کام مکمل ہونے تک وہ اس معاملے پر مزید تبصرہ نہیں کریں گے۔",
        "اورنگی ٹاؤن کی رہائشی نسرین بی بی نے بتایا کہ ایک ٹینکر کی قیمت چار ہزار روپے سے بڑھ کر "
        "سات ہزار روپے ہو گئی ہے۔",
        "شہریوں کا کہنا ہے کہ وہ اپنی شکایات واٹس ایپ پر کارپوریشن کے ساتھ شیئر کرتے ہیں لیکن کوئی "
        "جواب نہیں ملتا۔",
        "اسکولوں میں بچوں سے کہا گیا ہے کہ وہ پانی بچانے کے بارے میں کتابچہ ضرور پڑھیں۔",
        "کارپوریشن نے کہا ہے کہ اگلے ہفتے تک فراہمی معمول پر آ جائے گی۔",
    ),
)

story(
    slug="gwadar-mangroves",
    title="ساحلی علاقوں میں مینگروز کے پچاس ہزار پودے لگانے کی مہم",
    author="اے پی پی",
    date="2026-08-20T16:00:00+05:00",
    agency="APP",
    place="گوادر",
    lang="ur",
    blocks=P(
        "گوادر (اے پی پی) محکمہ جنگلات بلوچستان نے جیوانی اور پسنی کے ساحلی علاقوں میں مینگروز "
        "کے پچاس ہزار پودے لگانے کی مہم شروع کر دی ہے۔",
        "محکمے کے ایک افسر نے بتایا کہ مہم میں مقامی ماہی گیروں اور طلبہ کو بھی شامل کیا گیا ہے۔",
        "ان کا کہنا تھا کہ مینگروز کے جنگلات سمندری طوفانوں سے ساحلی بستیوں کو محفوظ رکھنے میں اہم "
        "کردار ادا کرتے ہیں۔",
        "ماہی گیروں نے کہا کہ مینگروز بڑھنے سے جھینگوں اور مچھلیوں کی افزائش میں بھی اضافہ ہوتا "
        "ہے۔",
    ),
)

# ---------------------------------------------------------------------------------------------
# Noise. Each kind is a function (rng, ctx) -> Noise; ctx.wrap says how a one-line item is
# wrapped in this template ("p", "div" or "br" for text lines between <br><br>).
# ---------------------------------------------------------------------------------------------

HEADLINES = [
    "Gwadar fish harbour to get new cold chain",
    "Panjgur date market reopens after repairs",
    "Ziarat juniper forest fire contained",
    "Khuzdar students demand more hostel rooms",
    "Mastung wheat procurement target raised",
    "Karachi port clears backlog of containers",
    "Hyderabad textile workers call off strike",
    "Larkana hospital opens children's ward",
    "Skardu airport extends runway lights",
    "Astore road reopens after snow clearance",
    "Hunza women's carpentry collective wins award",
    "Chilas traders protest power cuts",
    "Nushki border market sees rush before Eid",
    "Dera Murad Jamali canal breach repaired",
    "Lasbela marble quarries resume work",
    "Sibi cattle show postponed over heat",
    "Thatta mangrove nursery doubles output",
    "Badin farmers report sea intrusion",
    "Jacobabad heat clinic opens early",
    "Kohlu schools get solar panels",
    "Ormara beach clean-up draws volunteers",
    "Quetta bus terminal shifted out of city",
    "Gilgit cricket academy picks first squad",
    "Khaplu fort hotel reopens to visitors",
    "Circular railway survey resumes in Karachi",
    "Turbat university adds marine science course",
    "Chaman traders seek longer border hours",
    "Kharan wheat seed shortage reported",
    "Naltar ski event draws record entries",
    "Sost dry port handles more trucks",
]

UR_HEADLINES = [
    "گوادر میں ماہی گیروں کے لیے نئی جیٹی تعمیر",
    "ژوب میں انسداد پولیو مہم کا آغاز",
    "حب کے صنعتی علاقے میں پانی کی فراہمی بحال",
    "سکردو میں خوبانی کے کاشتکاروں کو نقصان",
    "لیاری میں فٹبال ٹورنامنٹ کا آغاز",
    "پنجگور میں کھجور کی منڈی دوبارہ کھل گئی",
    "زیارت میں صنوبر کے جنگل میں آگ پر قابو",
    "استور روڈ برف ہٹانے کے بعد بحال",
]


@dataclass
class Ctx:
    site: str
    wrap: str = "p"  # p | div | br
    classed: float = 0.3  # chance that a one-line item gets a (helpful) class
    used: set = field(default_factory=set)


def pick(rng: random.Random, ctx: Ctx, pool: list[str], k: int) -> list[str]:
    free = [h for h in pool if h not in ctx.used] or pool
    out = rng.sample(free, k)
    ctx.used.update(out)
    return out


def one(rng: random.Random, ctx: Ctx, inner: str, cls: str = "") -> str:
    """A one-line noise item, wrapped as this template wraps its text."""
    if ctx.wrap == "br":
        return f"{inner}<br><br>"
    attr = f' class="{cls}"' if cls and rng.random() < ctx.classed else ""
    tag = "div" if ctx.wrap == "div" else "p"
    return f"<{tag}{attr}>{inner}</{tag}>"


def link(h: str, n: int = 0) -> str:
    slug = re.sub(r"\W+", "-", h.lower()).strip("-") or f"u{n}"
    return f'<a href="/news/{slug}-{1000 + n}">{esc(h)}</a>'


TEASER_PREFIXES = [
    "Worth a look:",
    "Don't miss \u2192",
    "See also \u2014",
    "More on this:",
    "ALSO CHECK |",
    "Catch up:",
    "Must read \u00bb",
    "Before you go:",
    "Linked coverage:",
    "On the same subject:",
    "You may like:",
    "Previously on Ledger:",
]


GLUE = "<!--glue-->"


def teaser(rng, ctx):
    prefix = rng.choice(TEASER_PREFIXES)
    (h,) = pick(rng, ctx, HEADLINES, 1)
    inner = f"<strong>{esc(prefix)}</strong> {link(h)}"
    return Noise(one(rng, ctx, inner, "inline-related"), [prefix, h])


LIST_HEADINGS = [
    "More from the province",
    "Elsewhere on the site",
    "You might have missed",
    "Stories picked for you",
    "Editor's picks",
    "Around the region",
    "People are also reading",
    "What others are clicking on",
    "Popular right now",
    "From our network",
    "Top this hour",
    "Further coverage",
    "Don't scroll past these",
    "Hand-picked for you",
]


def related_list(rng, ctx):
    head = rng.choice(LIST_HEADINGS)
    hs = pick(rng, ctx, HEADLINES, rng.choice([3, 4]))
    if ctx.wrap == "br":
        lines = "".join(f"&bull; {link(h, i)}<br>" for i, h in enumerate(hs))
        return Noise(f"<b>{esc(head)}</b><br>{lines}<br>", [head, *hs])
    style = rng.choice(["ul", "cards", "h4s"])
    if style == "ul":
        lis = "".join(f"<li>{link(h, i)}</li>" for i, h in enumerate(hs))
        block = f"<div><h3>{esc(head)}</h3><ul>{lis}</ul></div>"
    elif style == "cards":
        cards = "".join(
            f'<div><a href="/n/{i}"><img src="/img/t{i}.jpg" alt=""></a>'
            f"<h4>{link(h, i)}</h4><span>{rng.randint(2, 9)} hours ago</span></div>"
            for i, h in enumerate(hs)
        )
        block = f"<div><p><b>{esc(head)}</b></p>{cards}</div>"
    else:
        items = "".join(f"<h4>{link(h, i)}</h4>" for i, h in enumerate(hs))
        block = f"<section><h2>{esc(head)}</h2>{items}</section>"
    return Noise(block, [head, *hs])


def headless_links(rng, ctx):
    hs = pick(rng, ctx, HEADLINES, 3)
    if ctx.wrap == "br":
        return Noise("".join(f"{link(h, i)}<br>" for i, h in enumerate(hs)) + "<br>", hs)
    items = "".join(
        f'<div><img src="/img/r{i}.webp" width="120" alt=""><div>{link(h, i)}</div></div>'
        for i, h in enumerate(hs)
    )
    return Noise(f"<div>{items}</div>", hs)


AD_LABELS = [
    "ADVERTISEMENT \u2013 CONTINUE READING BELOW",
    "Sponsored message",
    "Ad \u00b7 Content continues below",
    "PAID ADVERTISEMENT",
    "Advertisement",
]


def ad_label(rng, ctx):
    text = rng.choice(AD_LABELS)
    if ctx.wrap == "br":
        return Noise(f'<span style="font-size:9px">{esc(text)}</span><br><br>', [text])
    return Noise(
        f'<div><div style="font-size:10px;color:#999">{esc(text)}</div>'
        f'<div id="div-gpt-ad-{rng.randint(1000, 9999)}" style="min-height:250px"></div></div>',
        [text],
    )


CONTINUE = [
    "The article continues after this message",
    "Story resumes below",
    "Scroll to keep reading",
    "Report continues after the break",
    "Keep scrolling for the rest of the story",
]


def continue_marker(rng, ctx):
    text = rng.choice(CONTINUE)
    return Noise(one(rng, ctx, f"<em>{esc(text)}</em>", "mid-article-note"), [text])


def podcast(rng, ctx):
    text = (
        "Listen: this week on The Coastline podcast, two fishermen from Pasni explain why the "
        "catch is shrinking. Stream it wherever you get your podcasts."
    )
    return Noise(
        one(rng, ctx, f'<a href="/audio/coastline">{esc(text)}</a>', "podcast-promo"),
        ["The Coastline podcast", "wherever you get your podcasts"],
    )


def video_promo(rng, ctx):
    text = "\u25b6 WATCH: Our three-minute video explainer on the story"
    return Noise(
        one(rng, ctx, f'<a href="/video/x">{esc(text)}</a>', "video-embed"),
        ["three-minute video explainer"],
    )


def listen_article(rng, ctx):
    text = "Listen to this article \u00b7 4 min"
    return Noise(
        one(rng, ctx, f'<button type="button">{esc(text)}</button>', "tts"),
        ["Listen to this article"],
    )


def app_prompt(rng, ctx):
    text = f"Get breaking alerts faster \u2014 install the {ctx.site} app on Android or iPhone."
    return Noise(
        one(rng, ctx, f'<a href="/app">{esc(text)}</a>', "app-cta"),
        ["Get breaking alerts faster", f"install the {ctx.site} app"],
    )


def google_news(rng, ctx):
    text = rng.choice(
        [
            f"Make {ctx.site} a preferred source on Google",
            f"Stay updated: add {ctx.site} to your Google News feed",
        ]
    )
    return Noise(
        one(rng, ctx, f'<a href="https://news.google.com/">{esc(text)}</a>', "gnews"), [text]
    )


def whatsapp(rng, ctx):
    text = "Get the day's top regional stories on WhatsApp \u2014 tap here to join our channel"
    return Noise(
        one(rng, ctx, f'<a href="https://wa.me/">{esc(text)}</a>', "wa-cta"),
        ["top regional stories on WhatsApp", "join our channel"],
    )


def telegram(rng, ctx):
    text = "Live updates on our Telegram: t.me/ledgerlive"
    return Noise(
        one(rng, ctx, esc(text), "tg"), ["t.me/ledgerlive", "Live updates on our Telegram"]
    )


def social_follow(rng, ctx):
    text = f"We're on Instagram, Facebook and X \u2014 look for @{ctx.site.replace(' ', '')}"
    return Noise(one(rng, ctx, esc(text), "follow-bar"), ["We're on Instagram, Facebook and X"])


def cookie_text(rng, ctx):
    t1 = (
        "This site uses cookies to personalise content and analyse traffic. By continuing "
        "you consent to our cookie policy."
    )
    if ctx.wrap == "br":
        return Noise(
            f"{esc(t1)} <a href='/privacy'>Accept all</a><br><br>",
            ["uses cookies to personalise content", "Accept all"],
        )
    return Noise(
        f"<div><p>{esc(t1)}</p><button>Accept all</button> <button>Manage choices</button></div>",
        ["uses cookies to personalise content", "Accept all", "Manage choices"],
    )


def paywall(rng, ctx):
    t1 = "You've read 3 of your 5 free stories this month."
    t2 = "Become a member for Rs 299 a month to keep reading without limits."
    if ctx.wrap == "br":
        return Noise(f"<i>{esc(t1)} {esc(t2)}</i><br><br>", [t1, "Become a member for Rs 299"])
    return Noise(
        f"<div><p>{esc(t1)}</p><p>{esc(t2)}</p><p><a href='/login'>Already a member? Sign in</a>"
        f"</p></div>",
        [t1, "Become a member for Rs 299", "Already a member? Sign in"],
    )


POLLS = [
    (
        "Reader poll: Should heavy trucks be banned from city roads in daytime?",
        ["Yes, all day", "Only at rush hour", "No ban needed"],
    ),
    (
        "Quick vote: Is the provincial budget fair to your district?",
        ["Fair enough", "Not at all", "Can't say yet"],
    ),
]


def poll(rng, ctx):
    q, opts = rng.choice(POLLS)
    if ctx.wrap == "br":
        return Noise(
            f"<b>{esc(q)}</b><br>" + "".join(f"( ) {esc(o)}<br>" for o in opts) + "<br>", [q, *opts]
        )
    radios = "".join(f'<label><input type="radio" name="p">{esc(o)}</label>' for o in opts)
    return Noise(
        f"<div><p>{esc(q)}</p>{radios}<button>Vote</button> <a href='#'>See results</a></div>",
        [q, *opts, "See results"],
    )


def newsletter(rng, ctx):
    t1 = "The Evening Dispatch: the day's key stories from the region, every weekday at 6pm."
    t2 = "We respect your privacy. Unsubscribe in one click."
    if ctx.wrap == "br":
        return Noise(
            f"<b>{esc(t1)}</b> <a href='/nl'>Sign me up</a><br><br>",
            ["The Evening Dispatch", "Sign me up"],
        )
    return Noise(
        f"<div><h4>{esc(t1)}</h4><form action='/nl'><input type='email' placeholder='Your email'>"
        f"<button>Sign me up</button></form><small>{esc(t2)}</small></div>",
        ["The Evening Dispatch", "Sign me up", "Unsubscribe in one click"],
    )


def timestamp_row(rng, ctx):
    text = rng.choice(
        [
            "Published 14 March 2026, 10:22 am \u00b7 Updated 14 March 2026, 4:05 pm",
            "First posted: Mar 14, 2026 | Last modified: Mar 15, 2026",
            "Posted 6 hours ago",
        ]
    )
    return Noise(one(rng, ctx, esc(text), "post-date"), [text])


BIOS = [
    "Shazia Rind reports on courts and climate from Karachi. Write to her at "
    "shazia.rind@ledger.example.",
    "The writer is a Gilgit-based journalist who covers mountain communities.",
    "Karim Dashti has covered the Makran coast for twelve years and tweets as @karimdashti.",
]


def author_bio(rng, ctx):
    text = rng.choice(BIOS)
    return Noise(one(rng, ctx, f"<i>{esc(text)}</i>", "author-bio"), [text])


def author_box(rng, ctx):
    name = rng.choice(["Waseem Jamali", "Noor Jahan Bugti", "Tariq Mengal"])
    if ctx.wrap == "br":
        return Noise(
            f"<b>About {esc(name)}</b><br>{esc(name)} writes on the economy.<br><br>",
            [f"About {name}", f"{name} writes on the economy"],
        )
    return Noise(
        f"<div><img src='/img/a.png' width='60' alt=''><div><b>{esc(name)}</b>"
        f"<p>{esc(name)} writes on the economy and trade for the paper.</p>"
        f"<a href='/author/x'>More by this writer</a></div></div>",
        [f"{name} writes on the economy", "More by this writer"],
    )


COMMENTS = [
    ("Baloch_Khan", "Finally some good news from our area."),
    ("Rukhsana", "Who will check that the money is spent properly?"),
    ("M. Aslam", "Same promise was made in 2019."),
]


def comments_block(rng, ctx):
    n = rng.randint(3, 19)
    cs = rng.sample(COMMENTS, 2)
    if ctx.wrap == "br":
        lines = "".join(f"<b>{esc(u)}</b>: {esc(t)}<br>" for u, t in cs)
        return Noise(f"{n} responses<br>{lines}<br>", [f"{n} responses", *[t for _, t in cs]])
    items = "".join(
        f"<div><b>{esc(u)}</b><p>{esc(t)}</p><a href='#'>Reply</a></div>" for u, t in cs
    )
    return Noise(
        f"<div><h3>{n} responses</h3>{items}<h4>Leave a reply</h4>"
        f"<p>Your email address will not be published. Required fields are marked *</p>"
        f"<textarea></textarea><button>Post</button></div>",
        [
            f"{n} responses",
            *[t for _, t in cs],
            "Leave a reply",
            "Your email address will not be published",
        ],
    )


def comment_count(rng, ctx):
    text = f"\U0001f4ac {rng.randint(4, 40)} people have weighed in \u2014 join the discussion"
    return Noise(
        one(rng, ctx, f'<a href="#comments">{esc(text)}</a>', "cmt-count"),
        ["people have weighed in", "join the discussion"],
    )


def comment_disclaimer(rng, ctx):
    text = "Views expressed by readers below are their own and not those of this newspaper."
    return Noise(
        one(rng, ctx, f"<small>{esc(text)}</small>", "disclaimer"),
        ["Views expressed by readers below are their own"],
    )


def loading_comments(rng, ctx):
    text = rng.choice(["Fetching the conversation\u2026", "Responses are loading, please wait"])
    return Noise(one(rng, ctx, esc(text), "cmt-loader"), [text])


CREDITS = [
    "Photo courtesy: District Administration",
    "(Picture: Supplied)",
    "Image credit: staff photographer",
    "Representational image / Pixabay",
]


def image_credit(rng, ctx):
    text = rng.choice(CREDITS)
    return Noise(one(rng, ctx, f"<small>{esc(text)}</small>", "credit"), [text])


def correction_note(rng, ctx):
    text = (
        "Editor's note: This report was amended on March 16 to correct the spelling of a "
        "village name."
    )
    return Noise(
        one(rng, ctx, f"<em>{esc(text)}</em>", "correction"),
        ["This report was amended on March 16"],
    )


def share_row(rng, ctx):
    if ctx.wrap == "br":
        return Noise(
            "Pass it on: <a href='#'>WhatsApp</a> | <a href='#'>Facebook</a> | "
            "<a href='#'>Copy link</a><br><br>",
            ["Pass it on:", "Copy link"],
        )
    return Noise(
        "<div><span>Pass it on</span> <a href='#'>WhatsApp</a> <a href='#'>Facebook</a> "
        "<a href='#'>X</a> <a href='#'>Email</a> <button>Copy link</button>"
        "<span hidden>Link copied!</span></div>",
        ["Pass it on", "Copy link"],
    )


def tip_prompt(rng, ctx):
    text = "Got a news tip from your area? Send it to us on WhatsApp: 0321-5550000."
    return Noise(one(rng, ctx, esc(text), "tipline"), ["Got a news tip from your area"])


def wire_disclaimer(rng, ctx):
    text = (
        "(Except for the headline, this story has not been edited by our staff and is "
        "published from a syndicated feed.)"
    )
    return Noise(one(rng, ctx, f"<i>{esc(text)}</i>", "synd"), ["published from a syndicated feed"])


def wire_initials(rng, ctx):
    text = rng.choice(["ska/vd", "gb/khz", "rn/arm"])
    return Noise(one(rng, ctx, esc(text), ""), [text])


def trending_tags(rng, ctx):
    tags = ["#Budget2026", "#GwadarPort", "#PSL11", "#HeatAlert"]
    inner = "Hot topics: " + " ".join(f'<a href="/t/{t[1:]}">{t}</a>' for t in tags)
    return Noise(one(rng, ctx, inner, "trending"), ["Hot topics:", "#GwadarPort", "#HeatAlert"])


def most_viewed(rng, ctx):
    hs = pick(rng, ctx, HEADLINES, 4)
    if ctx.wrap == "br":
        lines = "".join(f"{i + 1}. {link(h, i)}<br>" for i, h in enumerate(hs))
        return Noise(f"<b>Most viewed this week</b><br>{lines}<br>", ["Most viewed this week", *hs])
    ol = "".join(f"<li>{link(h, i)}</li>" for i, h in enumerate(hs))
    return Noise(
        f"<div><div>Most viewed this week</div><ol>{ol}</ol></div>", ["Most viewed this week", *hs]
    )


def next_prev(rng, ctx):
    (h,) = pick(rng, ctx, HEADLINES, 1)
    inner = f"Next up \u203a {link(h)}"
    return Noise(one(rng, ctx, inner, "nav-next"), ["Next up", h])


def paid_partner(rng, ctx):
    ads = [
        "Doctors are amazed by this simple kitchen habit",
        "Karachi homeowners are switching to this roof coating",
        "The phone plan everyone in Lahore is talking about",
    ]
    if ctx.wrap == "br":
        return Noise(
            "<b>Paid partner content</b><br>" + "".join(f"{esc(a)}<br>" for a in ads) + "<br>",
            ["Paid partner content", *ads],
        )
    items = "".join(
        f"<a href='https://ads.example/{i}'><img src='/x{i}.jpg' alt=''><span>{esc(a)}</span></a>"
        for i, a in enumerate(ads)
    )
    return Noise(
        f"<div><div>Paid partner content</div>{items}</div>", ["Paid partner content", *ads]
    )


def feedback(rng, ctx):
    q = "Was this article useful?"
    if ctx.wrap == "br":
        return Noise(f"{q} <a href='#'>Yes</a> / <a href='#'>No</a><br><br>", [q])
    return Noise(
        f"<div><span>{q}</span> <button>\U0001f44d Yes</button> "
        f"<button>\U0001f44e No</button></div>",
        [q],
    )


def print_tools(rng, ctx):
    text = "Text size: A\u2212 A A+ \u00b7 Print \u00b7 Save for later"
    return Noise(one(rng, ctx, esc(text), "tools"), ["Save for later", "Text size:"])


def report_issue(rng, ctx):
    text = "Notice something wrong in this report? Tell the desk."
    return Noise(
        one(rng, ctx, f'<a href="/contact">{esc(text)}</a>', "report"),
        ["Notice something wrong in this report"],
    )


def updated_note(rng, ctx):
    text = "This story has been updated with a statement from the provincial government."
    return Noise(
        one(rng, ctx, f"<em>{esc(text)}</em>", "upd"),
        ["This story has been updated with a statement"],
    )


def glued_teaser(rng, ctx):
    """A teaser typed into the same paragraph as the body text, after a <br>."""
    (h,) = pick(rng, ctx, HEADLINES, 1)
    prefix = rng.choice(["Also on our site:", "Related coverage \u2192"])
    return Noise(f"{GLUE}<br><small>{esc(prefix)} {link(h)}</small>", [prefix, h])


# Urdu noise -----------------------------------------------------------------------------------


def ur_teaser(rng, ctx):
    prefix = rng.choice(["یہ بھی پڑھیں:", "اسے بھی پڑھیے:", "مزید جانیے:"])
    (h,) = pick(rng, ctx, UR_HEADLINES, 1)
    return Noise(
        one(rng, ctx, f"<strong>{esc(prefix)}</strong> {link(h)}", "ur-related"), [prefix, h]
    )


def ur_related(rng, ctx):
    head = rng.choice(["متعلقہ خبریں", "مزید خبریں", "دیگر اہم خبریں"])
    hs = pick(rng, ctx, UR_HEADLINES, 3)
    if ctx.wrap == "br":
        return Noise(
            f"<b>{head}</b><br>" + "".join(f"{link(h, i)}<br>" for i, h in enumerate(hs)) + "<br>",
            [head, *hs],
        )
    lis = "".join(f"<li>{link(h, i)}</li>" for i, h in enumerate(hs))
    return Noise(f"<div><h3>{head}</h3><ul>{lis}</ul></div>", [head, *hs])


def ur_ad(rng, ctx):
    return Noise(one(rng, ctx, "اشتہار", "ad-label"), ["اشتہار"])


def ur_whatsapp(rng, ctx):
    text = "تازہ ترین خبروں کے لیے ہمارا واٹس ایپ چینل فالو کیجیے"
    return Noise(
        one(rng, ctx, f'<a href="https://wa.me/">{text}</a>', "wa"),
        ["ہمارا واٹس ایپ چینل فالو کیجیے"],
    )


def ur_google(rng, ctx):
    text = "گوگل نیوز پر ہمیں فالو کریں"
    return Noise(one(rng, ctx, f'<a href="https://news.google.com/">{text}</a>', "gn"), [text])


def ur_comments(rng, ctx):
    t1 = "ادارے کا قارئین کی رائے سے متفق ہونا ضروری نہیں"
    c1 = "حکومت کو سڑکوں کی صفائی پر توجہ دینی چاہیے"
    if ctx.wrap == "br":
        return Noise(f"تبصرے (2)<br>{c1}<br>{t1}<br><br>", ["تبصرے (2)", c1, t1])
    return Noise(
        f"<div><h3>تبصرے (2)</h3><div><b>عبدالرحمٰن</b><p>{c1}</p></div>"
        f"<p>اپنا تبصرہ بھیجیں</p><textarea></textarea><small>{t1}</small></div>",
        ["تبصرے (2)", c1, "اپنا تبصرہ بھیجیں", t1],
    )


def ur_share(rng, ctx):
    return Noise(
        one(rng, ctx, "یہ خبر شیئر کریں: <a href='#'>فیس بک</a> <a href='#'>واٹس ایپ</a>", "share"),
        ["یہ خبر شیئر کریں"],
    )


def ur_mostread(rng, ctx):
    hs = pick(rng, ctx, UR_HEADLINES, 3)
    head = "سب سے زیادہ پڑھی جانے والی"
    if ctx.wrap == "br":
        return Noise(
            f"<b>{head}</b><br>" + "".join(f"{link(h, i)}<br>" for i, h in enumerate(hs)) + "<br>",
            [head, *hs],
        )
    ol = "".join(f"<li>{link(h, i)}</li>" for i, h in enumerate(hs))
    return Noise(f"<div><div>{head}</div><ol>{ol}</ol></div>", [head, *hs])


def ur_app(rng, ctx):
    text = "خبروں سے باخبر رہنے کے لیے ہماری موبائل ایپ ڈاؤن لوڈ کریں"
    return Noise(
        one(rng, ctx, f"<a href='/app'>{text}</a>", "app"), ["ہماری موبائل ایپ ڈاؤن لوڈ کریں"]
    )


def ur_credit(rng, ctx):
    return Noise(one(rng, ctx, "فوٹو: فائل", "credit"), ["فوٹو: فائل"])


def ur_timestamp(rng, ctx):
    text = "شائع 15 جنوری 2026 09:10 شام | آخری اپ ڈیٹ 16 جنوری 2026"
    return Noise(one(rng, ctx, text, "date"), ["آخری اپ ڈیٹ 16 جنوری 2026"])


def ur_youtube(rng, ctx):
    text = "ویڈیو رپورٹس کے لیے ہمارا یوٹیوب چینل سبسکرائب کریں"
    return Noise(
        one(rng, ctx, f"<a href='/yt'>{text}</a>", "yt"), ["ہمارا یوٹیوب چینل سبسکرائب کریں"]
    )


# ---------------------------------------------------------------------------------------------
# Page chrome shared by the templates (menus, footer, ~10 kB of scripts and styles).
# ---------------------------------------------------------------------------------------------

SECTIONS = [
    "Pakistan",
    "Balochistan",
    "Sindh",
    "Gilgit-Baltistan",
    "Karachi",
    "Business",
    "Sport",
    "Opinion",
    "World",
    "Videos",
    "Podcasts",
    "Epaper",
]
UR_SECTIONS = [
    "پاکستان",
    "بلوچستان",
    "سندھ",
    "گلگت بلتستان",
    "کراچی",
    "کاروبار",
    "کھیل",
    "کالم",
    "دنیا",
    "ویڈیو",
]


def script_blob(seed: int, size: int = 9500) -> str:
    rng = random.Random(seed)
    parts, total = [], 0
    while total < size:
        key = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))
        val = rng.randint(10**6, 10**9)
        part = (
            f"window.__cfg_{key}=function(a,b){{var c={val},d=a||[];for(var i=0;i<d.length;"
            f"i++){{c=(c*31+d[i])%{val + 7}}}return b?c:String(c)}};"
        )
        parts.append(part)
        total += len(part)
    return "".join(parts)


CSS = (
    "body{margin:0;font-family:Georgia,serif;color:#222}a{color:#0a4a7a;text-decoration:none}"
    ".wrap{max-width:1180px;margin:0 auto}.grid{display:grid;grid-template-columns:2fr 1fr;gap:24px}"
    "h1{font-size:34px;line-height:1.2}figure{margin:0 0 16px}figcaption{font-size:13px;color:#666}"
    "footer{background:#111;color:#ccc;padding:32px}nav a{padding:0 8px}"
) * 6


def jsonld(s: Story, url: str, site: str, body: str | None = None) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": s.date,
        "dateModified": s.date,
        "author": {"@type": "Person", "name": s.author},
        "publisher": {"@type": "Organization", "name": site},
        "mainEntityOfPage": url,
        "inLanguage": s.lang,
    }
    if body is not None:
        data["articleBody"] = body
    return (
        '<script type="application/ld+json">'
        + json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        + "</script>"
    )


def amp_analytics(seed: int) -> str:
    rng = random.Random(seed)
    triggers = {
        f"t{i}": {
            "on": "visible",
            "request": "pageview",
            "vars": {"slot": f"{rng.randint(10**8, 10**9)}", "k": "x" * 40},
        }
        for i in range(150)
    }
    cfg = json.dumps(
        {
            "requests": {"pageview": "https://metrics.example/p?u=${canonicalUrl}"},
            "triggers": triggers,
        }
    )
    return (
        f'<amp-analytics type="gtag" data-credentials="include"><script type="application/json">'
        f"{cfg}</script></amp-analytics>"
    )


def head(
    s: Story,
    url: str,
    site: str,
    seed: int,
    extra: str = "",
    body_ld: str | None = None,
    amp: bool = False,
) -> str:
    style = f"<style amp-custom>{CSS[:3000]}</style>" if amp else f"<style>{CSS}</style>"
    scripts = (
        '<script async custom-element="amp-analytics" '
        'src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>'
        if amp
        else f"<script>{script_blob(seed, 21000)}</script>"
        f'<script async src="https://www.googletagmanager.example/gtm.js"></script>'
    )
    return (
        f'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        f"<title>{esc(s.title)} | {esc(site)}</title>"
        f'<meta name="description" content="{esc(plain(s.blocks[0][1])[:150])}">'
        f'<meta property="og:title" content="{esc(s.title)}">'
        f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="{esc(site)}">'
        f'<meta property="article:published_time" content="{s.date}">'
        f'<link rel="canonical" href="{url}">{jsonld(s, url, site, body_ld)}{style}{scripts}{extra}'
        f"</head>"
    )


def nav(site: str, lang: str, cls: str = "main-nav") -> str:
    secs = UR_SECTIONS if lang == "ur" else SECTIONS
    items = "".join(f'<li><a href="/section/{i}">{esc(x)}</a></li>' for i, x in enumerate(secs))
    sub = "".join(f'<li><a href="/section/{i}/more">{esc(x)}</a></li>' for i, x in enumerate(secs))
    return (
        f'<header><div class="logo"><a href="/">{esc(site)}</a></div>'
        f'<nav class="{cls}"><ul>{items}</ul><ul class="sub">{sub}</ul></nav></header>'
    )


def footer(site: str, lang: str, seed: int, js: bool = True) -> str:
    secs = UR_SECTIONS if lang == "ur" else SECTIONS
    cols = "".join(
        f"<div><h5>{esc(x)}</h5>"
        + "".join(f'<a href="/s/{i}/{j}">{esc(x)} {j}</a> ' for j in range(1, 6))
        + "</div>"
        for i, x in enumerate(secs)
    )
    rights = "جملہ حقوق محفوظ ہیں" if lang == "ur" else "All rights reserved"
    return (
        f'<footer><div class="cols">{cols}</div><p>\u00a9 2026 {esc(site)}. {rights}.</p>'
        + (
            '<p><a href="/about">ہمارے بارے میں</a> <a href="/privacy">رازداری</a> '
            '<a href="/terms">شرائط</a></p></footer>'
            if lang == "ur"
            else '<p><a href="/about">About</a> <a href="/privacy">Privacy</a> '
            '<a href="/terms">Terms</a></p></footer>'
        )
        + (f"<script>{script_blob(seed + 1, 2500)}</script>" if js else "")
    )


def figure(s: Story, cls: str = "") -> str:
    if not s.caption:
        return ""
    attr = f' class="{cls}"' if cls else ""
    return (
        f'<figure{attr}><img src="/uploads/{s.slug}.jpg" alt="{esc(s.caption)}" width="800">'
        f"<figcaption>{esc(s.caption)}</figcaption></figure>"
    )


# ---------------------------------------------------------------------------------------------
# Body rendering: blocks with noise inserted after block i (-1: before the first).
# ---------------------------------------------------------------------------------------------


def render_body(
    s: Story,
    inside: dict[int, list[Noise]],
    mode: str = "p",
    p_attr: str = "",
    h_tag: str = "h2",
    tail_attr: str = "",
) -> str:
    out = [n.html for n in inside.get(-1, [])]
    in_list = False
    for i, (kind, text) in enumerate(s.blocks):
        if kind == "li" and not in_list and mode != "br":
            out.append("<ul>")
            in_list = True
        if kind != "li" and in_list:
            out.append("</ul>")
            in_list = False
        t = inline(text)
        if mode == "br":
            if kind == "h":
                out.append(f"<b>{t}</b><br><br>")
            elif kind == "li":
                out.append(f"- {t}<br>")
            else:
                out.append(f"{t}<br><br>")
        elif kind == "h":
            out.append(f"<{h_tag}>{t}</{h_tag}>")
        elif kind == "li":
            out.append(f"<li>{t}</li>")
        elif kind == "q":
            out.append(f"<blockquote><p>{t}</p></blockquote>")
        elif kind == "qa":
            label, rest = text.split(":", 1)
            out.append(f"<p{p_attr}><strong>{esc(label)}:</strong>{inline(rest)}</p>")
        elif kind == "dl":
            out.append(f"<p{p_attr}><strong>{t}</strong></p>")
        elif mode == "div":
            out.append(f"<div>{t}</div>")
        else:
            out.append(f"<p{p_attr}>{t}</p>")
        if in_list and (i + 1 == len(s.blocks) or s.blocks[i + 1][0] != "li") and inside.get(i):
            out.append("</ul>")
            in_list = False
        for nz in inside.get(i, []):
            if nz.html.startswith(GLUE) and out[-1].endswith("</p>"):
                out[-1] = out[-1][: -len("</p>")] + nz.html[len(GLUE) :] + "</p>"
            elif nz.html.startswith(GLUE) and mode == "div" and out[-1].endswith("</div>"):
                out[-1] = out[-1][: -len("</div>")] + nz.html[len(GLUE) :] + "</div>"
            else:
                out.append(nz.html.replace(GLUE, ""))
    if in_list:
        out.append("</ul>")
    if s.tail:
        if mode == "br":
            out.append(f"{esc(s.tail)}<br><br>")
        elif mode == "div":
            out.append(f"<div>{esc(s.tail)}</div>")
        else:
            out.append(f"<p{tail_attr}>{esc(s.tail)}</p>")
    out.extend(n.html for n in inside.get(len(s.blocks), []))
    return "\n".join(out)


def outside_html(outside: list[Noise]) -> str:
    return "\n".join(n.html for n in outside)


def doc(s: Story, headpart: str, body: str, amp: bool = False, body_attr: str = "") -> str:
    rtl = ' dir="rtl"' if s.lang == "ur" else ""
    ampattr = " amp" if amp else ""
    return (
        f'<!DOCTYPE html>\n<html{ampattr} lang="{s.lang}"{rtl}>{headpart}'
        f"<body{body_attr}>{body}</body></html>\n"
    )


# ---------------------------------------------------------------------------------------------
# Templates: (story, url, site, inside, outside, seed) -> html
# ---------------------------------------------------------------------------------------------


def byline_date(s: Story) -> str:
    return s.date[:10]


def wp_generatepress(s, url, site, inside, outside, seed):
    body = render_body(s, inside)
    page = (
        f'<a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
        f"{nav(site, s.lang, 'main-navigation')}"
        f'<div class="site grid-container container" id="page"><div class="site-content" id="content">'
        f'<div class="content-area" id="primary"><main class="site-main" id="main">'
        f'<article id="post-4821" class="post-4821 post type-post status-publish format-standard '
        f'has-post-thumbnail hentry category-regional"><div class="inside-article">'
        f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(s.title)}</h1>'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
        f'datetime="{s.date}">{byline_date(s)}</time></span> <span class="byline">by '
        f'<span class="author vcard"><a class="url fn n" href="/author/x">{esc(s.author)}</a>'
        f"</span></span></div></header>"
        f'<div class="featured-image page-header-image-single">{figure(s, "wp-block-image size-large")}</div>'
        f'<div class="entry-content" itemprop="text">{body}</div>'
        f'<footer class="entry-meta"><span class="cat-links"><a href="/c/regional">Regional</a>'
        f"</span></footer></div></article>"
        f'<div class="comments-area" id="comments">{outside_html(outside)}</div></main></div>'
        f'<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"></div></div></div>'
        f'<div class="site-footer">{footer(site, s.lang, seed)}</div>'
    )
    return doc(
        s,
        head(s, url, site, seed),
        page,
        body_attr=' class="post-template-default single single-post postid-4821"',
    )


def wp_tagdiv(s, url, site, inside, outside, seed):
    body = render_body(s, inside)
    page = (
        f'<div class="td-scroll-up"></div><div id="td-outer-wrap" class="td-theme-wrap">'
        f'<div class="tdc-header-wrap">{nav(site, s.lang, "td-header-menu-wrap")}</div>'
        f'<div class="td-main-content-wrap td-container-wrap"><div class="td-container">'
        f'<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main">'
        f'<div class="td-ss-main-content"><article class="post type-post">'
        f'<div class="td-post-header"><header class="td-post-title">'
        f'<h1 class="entry-title tdb-title-text">{esc(s.title)}</h1>'
        f'<div class="td-module-meta-info"><div class="td-post-author-name">By '
        f'<a href="/author/x">{esc(s.author)}</a></div><span class="td-post-date">'
        f'<time datetime="{s.date}">{byline_date(s)}</time></span></div></header></div>'
        f'<div class="td-post-content tagdiv-type">{figure(s, "td-post-featured-image")}{body}</div>'
        f'<footer><div class="td-post-source-tags"></div></footer></article>'
        f'<div class="td_block_wrap tdb_single_related">{outside_html(outside)}</div>'
        f'</div></div><div class="td-pb-span4 td-main-sidebar"></div></div></div></div>'
        f"{footer(site, s.lang, seed)}</div>"
    )
    return doc(s, head(s, url, site, seed), page, body_attr=' class="single td-standard-pack"')


def drupal(s, url, site, inside, outside, seed):
    # Paragraphs module: the body is split into several text paragraphs entities.
    # Paragraphs module: the body is split over two text paragraph entities; noise that
    # falls between them becomes an "embed" paragraph entity of its own.
    chunks: list[str] = []
    n = len(s.blocks)
    cut = [0, (n + 1) // 2, n]
    for a, b in itertools.pairwise(cut):
        sub = Story(
            s.slug,
            s.title,
            s.author,
            s.date,
            s.blocks[a:b],
            tail=s.tail if b == n else None,
            lang=s.lang,
        )
        sub_inside = {k - a: v for k, v in inside.items() if a <= k < b and (k != b - 1 or b == n)}
        if b == n:
            sub_inside.update({k - a: v for k, v in inside.items() if k >= n})
        if a == 0 and -1 in inside:
            sub_inside[-1] = inside[-1]
        chunks.append(
            '<div class="paragraph paragraph--type--text paragraph--view-mode--default">'
            '<div class="clearfix text-formatted field field--name-field-text '
            'field--type-text-long field--label-hidden field__item">'
            f"{render_body(sub, sub_inside)}</div></div>"
        )
        if b != n:
            chunks.extend(
                f'<div class="paragraph paragraph--type--embed">{nz.html.replace(GLUE, "")}</div>'
                for nz in inside.get(b - 1, [])
            )
    page = (
        f'<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
        f'{nav(site, s.lang, "menu--main")}<main role="main"><div class="region region-content">'
        f'<div id="block-site-content" class="block block-system block-system-main-block">'
        f'<article role="article" class="node node--type-article node--promoted '
        f'node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">'
        f'{esc(s.title)}</span></h1><div class="node__meta"><span class="field--name-uid">'
        f'{esc(s.author)}</span> <span class="field--name-created">{byline_date(s)}</span></div>'
        f'<div class="node__content"><div class="field field--name-field-paragraphs '
        f'field--type-entity-reference-revisions field__items">'
        + "".join(f'<div class="field__item">{c}</div>' for c in chunks)
        + f'</div></div></article></div><div id="block-views-block-more-stories" '
        f'class="block block-views">{outside_html(outside)}</div></div></main>'
        f"{footer(site, s.lang, seed)}</div>"
    )
    return doc(
        s, head(s, url, site, seed), page, body_attr=' class="path-node page-node-type-article"'
    )


def ghost(s, url, site, inside, outside, seed):
    body = render_body(s, inside)
    fig = ""
    if s.caption:
        fig = (
            f'<figure class="kg-card kg-image-card kg-card-hascaption"><img class="kg-image" '
            f'src="/content/images/{s.slug}.jpg" alt=""><figcaption>{esc(s.caption)}'
            f"</figcaption></figure>"
        )
    page = (
        f'<div class="viewport"><div class="site-content">{nav(site, s.lang, "gh-head-menu")}'
        f'<main id="site-main" class="site-main"><article class="gh-article post tag-regional">'
        f'<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/regional/">'
        f'Regional</a><h1 class="gh-article-title">{esc(s.title)}</h1>'
        f'<div class="gh-article-meta"><span class="gh-article-author-name">{esc(s.author)}</span>'
        f'<time datetime="{s.date}">{byline_date(s)}</time></div></header>'
        f'<section class="gh-content gh-canvas">{fig}{body}</section></article>'
        f'<aside class="gh-readmore gh-canvas">{outside_html(outside)}</aside></main></div>'
        f"{footer(site, s.lang, seed)}</div>"
    )
    return doc(s, head(s, url, site, seed), page, body_attr=' class="post-template"')


def arcxp(s, url, site, inside, outside, seed):
    body = render_body(s, inside, p_attr=' class="c-paragraph" data-el="text"', h_tag="h2")
    elements = [{"type": "text", "content": plain(t)} for _, t in s.blocks]
    fusion = (
        '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.'
        "Fusion||{};Fusion.globalContent="
        + json.dumps(
            {"headlines": {"basic": s.title}, "content_elements": elements}, ensure_ascii=False
        ).replace("</", "<\\/")
        + ";</script>"
    )
    page = (
        f'<div id="fusion-app" class="b-app">{nav(site, s.lang, "b-navigation")}'
        f'<div class="b-single-chain"><main class="b-main"><header class="b-article-header">'
        f'<h1 class="b-headline">{esc(s.title)}</h1><div class="b-byline"><span>By '
        f'<a href="/people/x">{esc(s.author)}</a></span></div><div class="b-date">'
        f'<time datetime="{s.date}">{byline_date(s)}</time></div></header>'
        f'{figure(s, "b-lead-art")}<article class="b-article-body article-body-wrapper">'
        f'{body}</article><div class="b-right-rail-advanced">{outside_html(outside)}</div>'
        f"</main></div>{footer(site, s.lang, seed)}</div>{fusion}"
    )
    return doc(s, head(s, url, site, seed), page)


def nextjs(s, url, site, inside, outside, seed):
    body = render_body(s, inside, p_attr=' class="Paragraph_text__2vXhT"')
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "title": s.title,
                    "byline": s.author,
                    "body": [plain(t) for _, t in s.blocks],
                }
            }
        },
        "page": "/[section]/[slug]",
        "buildId": "kX9v2Qm1",
    }
    nd = (
        '<script id="__NEXT_DATA__" type="application/json">'
        + json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        + "</script>"
    )
    page = (
        f'<div id="__next"><div class="Layout_wrapper__kQ2xZ">'
        f'<div class="Header_root__3Lk0a">{nav(site, s.lang, "Nav_list__p0Zq1")}</div>'
        f'<main class="ArticlePage_main__9fJ3s"><div class="ArticlePage_grid__Hy2c8">'
        f'<div class="ArticlePage_content__w1Rr5"><h1 class="Headline_h1__Zt1Qw">{esc(s.title)}</h1>'
        f'<div class="Byline_row__f7Y1c"><span class="Byline_name__0aQ3e">{esc(s.author)}</span>'
        f'<time class="Byline_time__mC4x2" datetime="{s.date}">{byline_date(s)}</time></div>'
        f'{figure(s, "LeadImage_fig__a8Jk2")}<div class="ArticleBody_body__r8GkL">{body}</div></div>'
        f'<div class="ArticlePage_rail__Qv7sS">{outside_html(outside)}</div></div></main>'
        f'<div class="Footer_root__Lx0c1">{footer(site, s.lang, seed)}</div></div></div>{nd}'
    )
    return doc(s, head(s, url, site, seed), page)


def table_br(s, url, site, inside, outside, seed):
    body = render_body(s, inside, mode="br")
    secs = UR_SECTIONS if s.lang == "ur" else SECTIONS
    navrow = " | ".join(f'<a href="/{i}.php">{esc(x)}</a>' for i, x in enumerate(secs))
    page = (
        f'<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">'
        f'<tr><td colspan="2" bgcolor="#003366"><font color="#ffffff" size="6"><b>{esc(site)}</b>'
        f'</font></td></tr><tr><td colspan="2" bgcolor="#dddddd"><font size="1">{navrow}'
        f'</font></td></tr><tr><td width="560" valign="top">'
        f'<span class="heading"><font size="4"><b>{esc(s.title)}</b></font></span><br>'
        f'<span class="newsdate">{byline_date(s)} | {esc(s.author)}</span><br><br>'
        f'<span class="text"><font face="Verdana" size="2">{body}</font></span></td>'
        f'<td width="200" valign="top" bgcolor="#f5f5f5">{outside_html(outside)}</td></tr>'
        f'<tr><td colspan="2">{footer(site, s.lang, seed)}</td></tr></table>'
    )
    return doc(s, head(s, url, site, seed), page, body_attr=' topmargin="0" leftmargin="0"')


def blogger_br(s, url, site, inside, outside, seed):
    body = render_body(s, inside, mode="br")
    page = (
        f'<div class="content-outer"><div class="header-outer">{nav(site, s.lang, "PageList")}</div>'
        f'<div class="main-inner"><div class="column-center-inner"><div class="blog-posts hfeed">'
        f'<div class="date-outer"><h2 class="date-header"><span>{byline_date(s)}</span></h2>'
        f'<div class="post hentry uncustomized-post-template" itemprop="blogPost">'
        f'<h3 class="post-title entry-title" itemprop="name">{esc(s.title)}</h3>'
        f'<div class="post-header"><div class="post-header-line-1"></div></div>'
        f'<div class="post-body entry-content" id="post-body-7731" itemprop="description articleBody">'
        f'{body}<div style="clear: both;"></div></div>'
        f'<div class="post-footer"><span class="post-author vcard">Posted by {esc(s.author)}</span>'
        f'</div></div></div></div><div class="blog-pager" id="blog-pager">{outside_html(outside)}'
        f"</div></div></div>{footer(site, s.lang, seed)}</div>"
    )
    return doc(s, head(s, url, site, seed), page, body_attr=' class="loading"')


def amp(s, url, site, inside, outside, seed):
    body = render_body(s, inside)
    fig = ""
    if s.caption:
        fig = (
            f'<figure class="amp-wp-article-featured-image"><amp-img src="/img/{s.slug}.jpg" '
            f'width="800" height="450" layout="responsive" alt=""></amp-img><figcaption>'
            f"{esc(s.caption)}</figcaption></figure>"
        )
    boiler = (
        "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 "
        'normal both}</style><script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js">'
        "</script>"
    )
    page = (
        f'<header class="amp-wp-header"><div><a href="/">{esc(site)}</a></div></header>'
        f'<amp-sidebar id="sidebar" layout="nodisplay">{nav(site, s.lang, "amp-menu")}</amp-sidebar>'
        f'<article class="amp-wp-article"><header class="amp-wp-article-header">'
        f'<h1 class="amp-wp-title">{esc(s.title)}</h1><div class="amp-wp-meta amp-wp-byline">'
        f'<span class="amp-wp-author author vcard">{esc(s.author)}</span></div>'
        f'<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{s.date}">{byline_date(s)}'
        f'</time></div></header>{fig}<div class="amp-wp-article-content">{body}</div>'
        f'<footer class="amp-wp-article-footer">{outside_html(outside)}</footer></article>'
        f'<footer class="amp-wp-footer">{footer(site, s.lang, seed, js=False)}</footer>{amp_analytics(seed)}'
    )
    return doc(s, head(s, url, site, seed, extra=boiler, amp=True), page, amp=True)


def html5_jsonld(s, url, site, inside, outside, seed, ld_with_noise: bool = True):
    body = render_body(s, inside)
    # articleBody as a CMS would export it: the paragraphs and, baked in, one-line teasers that
    # editors typed into the body.
    lines = []
    for i, (_, t) in enumerate(s.blocks):
        lines.append(plain(t))
        if ld_with_noise:
            for n in inside.get(i, []):
                txt = re.sub(r"<[^>]+>", " ", n.html)
                txt = re.sub(r"\s+", " ", html.unescape(txt)).strip()
                if len(txt) < 140:
                    lines.append(txt)
    page = (
        f"{nav(site, s.lang, 'site-nav')}<main><article><h1>{esc(s.title)}</h1>"
        f'<p class="byline">By {esc(s.author)} \u2022 <time datetime="{s.date}">{byline_date(s)}'
        f'</time></p>{figure(s)}<div class="story">{body}</div></article>'
        f"<aside>{outside_html(outside)}</aside></main>{footer(site, s.lang, seed)}"
    )
    return doc(s, head(s, url, site, seed, body_ld="\n".join(lines)), page)


def html5_jsonld_clean(s, url, site, inside, outside, seed):
    return html5_jsonld(s, url, site, inside, outside, seed, ld_with_noise=False)


def nested_sections(s, url, site, inside, outside, seed):
    # The body is cut into chunks of two blocks, each in its own nested <section>, and the
    # noise after a block sits in a sibling <section> of its own.
    parts = []
    n = len(s.blocks)
    for a in range(0, n, 2):
        b = min(a + 2, n)
        sub = Story(s.slug, s.title, s.author, s.date, s.blocks[a:b], lang=s.lang)
        sub_inside = {k - a: v for k, v in inside.items() if a <= k < b and k != b - 1}
        if a == 0 and -1 in inside:
            sub_inside[-1] = inside[-1]
        parts.append(
            f'<section class="story-chunk"><section>{render_body(sub, sub_inside)}'
            f"</section></section>"
        )
        for nz in inside.get(b - 1, []):
            parts.append(f"<section>{nz.html}</section>")
    if s.tail:
        parts.append(f"<section><p>{esc(s.tail)}</p></section>")
    for k, v in inside.items():
        if k >= n:
            parts.extend(f"<section>{nz.html}</section>" for nz in v)
    page = (
        f'{nav(site, s.lang, "topnav")}<main><section class="story"><section class="story__head">'
        f'<h1>{esc(s.title)}</h1><p><span>{esc(s.author)}</span> <time datetime="{s.date}">'
        f'{byline_date(s)}</time></p></section><section class="story__main">{figure(s)}'
        f'<section class="story__text">{"".join(parts)}</section></section>'
        f'<section class="story__after">{outside_html(outside)}</section></section></main>'
        f"{footer(site, s.lang, seed)}"
    )
    return doc(s, head(s, url, site, seed), page)


def div_paras(s, url, site, inside, outside, seed):
    body = render_body(s, inside, mode="div", h_tag="h3")
    page = (
        f'{nav(site, s.lang, "menubar")}<div id="wrapper"><div class="col-md-8">'
        f'<div class="news-title"><h1>{esc(s.title)}</h1></div><div class="news-info">'
        f"<span>{esc(s.author)}</span><span>{byline_date(s)}</span></div>"
        f'{figure(s)}<div class="news-detail" id="newsdetail">{body}</div></div>'
        f'<div class="col-md-4">{outside_html(outside)}</div></div>{footer(site, s.lang, seed)}'
    )
    return doc(s, head(s, url, site, seed), page)


def brightspot(s, url, site, inside, outside, seed):
    body = render_body(s, inside)
    page = (
        f'<bsp-header class="Page-header">{nav(site, s.lang, "Page-header-navigation")}</bsp-header>'
        f'<div class="Page-content"><main class="Page-main"><div class="Page-articleBody">'
        f'<h1 class="Page-headline">{esc(s.title)}</h1><div class="Page-byline">'
        f'<div class="Page-authors">{esc(s.author)}</div><bsp-timestamp data-timestamp="{s.date}">'
        f"{byline_date(s)}</bsp-timestamp></div>{figure(s, 'Figure')}"
        f'<div class="RichTextArticleBody RichTextBody">{body}</div></div>'
        f'<bsp-list-loadmore class="List">{outside_html(outside)}</bsp-list-loadmore></main></div>'
        f"{footer(site, s.lang, seed)}"
    )
    return doc(s, head(s, url, site, seed), page, body_attr=' class="ArticlePage"')


def urdu_wp(s, url, site, inside, outside, seed):
    body = render_body(s, inside)
    page = (
        f'<div id="tie-container" class="site tie-container"><div id="tie-wrapper">'
        f'{nav(site, s.lang, "main-menu")}<div id="content" class="site-content container">'
        f'<div class="tie-row main-content-row"><div class="main-content tie-col-md-8" role="main">'
        f'<article id="the-post" class="container-wrapper post-content">'
        f'<header class="entry-header-outer"><h1 class="post-title entry-title">{esc(s.title)}</h1>'
        f'<div class="post-meta"><span class="author-meta">{esc(s.author)}</span>'
        f'<span class="date meta-item">{byline_date(s)}</span></div></header>'
        f'<div class="entry-content entry clearfix" style="font-family:\'Jameel Noori Nastaleeq\'">'
        f'{body}</div></article><div class="post-components">{outside_html(outside)}</div>'
        f"</div></div></div>{footer(site, s.lang, seed)}</div></div>"
    )
    return doc(s, head(s, url, site, seed), page, body_attr=' class="rtl single-post"')


TEMPLATES = {
    f.__name__: f
    for f in [
        wp_generatepress,
        wp_tagdiv,
        drupal,
        ghost,
        arcxp,
        nextjs,
        table_br,
        blogger_br,
        amp,
        html5_jsonld,
        html5_jsonld_clean,
        nested_sections,
        div_paras,
        brightspot,
        urdu_wp,
    ]
}

SITES = {
    "en": [
        ("Makran Ledger", "makranledger.example"),
        ("Frontier Daily", "frontierdaily.example"),
        ("Sindh Courier", "sindhcourier.example"),
        ("Karakoram Post", "karakorampost.example"),
        ("Harbour Times", "harbourtimes.example"),
        ("Indus Wire Desk", "induswire.example"),
    ],
    "ur": [("روزنامہ بولان", "rozanamabolan.example"), ("شمال نیوز", "shumalnews.example")],
}

N = {
    f.__name__: f
    for f in [
        teaser,
        related_list,
        headless_links,
        ad_label,
        continue_marker,
        podcast,
        video_promo,
        listen_article,
        app_prompt,
        google_news,
        whatsapp,
        telegram,
        social_follow,
        cookie_text,
        paywall,
        poll,
        newsletter,
        timestamp_row,
        author_bio,
        author_box,
        comments_block,
        comment_count,
        comment_disclaimer,
        loading_comments,
        image_credit,
        correction_note,
        share_row,
        tip_prompt,
        wire_disclaimer,
        wire_initials,
        trending_tags,
        most_viewed,
        next_prev,
        paid_partner,
        feedback,
        print_tools,
        report_issue,
        updated_note,
        glued_teaser,
        ur_teaser,
        ur_related,
        ur_ad,
        ur_whatsapp,
        ur_google,
        ur_comments,
        ur_share,
        ur_mostread,
        ur_app,
        ur_credit,
        ur_timestamp,
        ur_youtube,
    ]
}

# Each noisy page: template, story, wrap mode for one-line items, noise placed
#   "top": before the first block, "mid": between blocks (spread over the body),
#   "end": after the last block (and the wire tail), "out": outside the article container.
NOISY = [
    (
        "wp_generatepress",
        "turbat-cold-stores",
        "p",
        {
            "top": ["listen_article"],
            "mid": ["glued_teaser", "ad_label", "whatsapp"],
            "end": ["author_bio", "share_row"],
            "out": ["comments_block"],
        },
    ),
    (
        "wp_tagdiv",
        "gwadar-desalination",
        "div",
        {
            "mid": ["continue_marker", "related_list", "google_news"],
            "end": ["wire_initials", "wire_disclaimer"],
            "out": ["paid_partner"],
        },
    ),
    (
        "drupal",
        "quetta-apple-saplings",
        "p",
        {
            "top": ["timestamp_row"],
            "mid": ["image_credit", "teaser", "podcast"],
            "end": ["tags_like_trending"],
            "out": ["most_viewed"],
        },
    ),
    (
        "ghost",
        "karachi-cooling-centres",
        "p",
        {
            "mid": ["newsletter", "teaser", "video_promo"],
            "end": ["paywall", "feedback"],
            "out": ["related_list"],
        },
    ),
    (
        "arcxp",
        "skardu-solar-dryers",
        "p",
        {
            "mid": ["ad_label", "headless_links", "continue_marker"],
            "end": ["correction_note", "comment_count"],
            "out": ["most_viewed", "loading_comments"],
        },
    ),
    (
        "nextjs",
        "hunza-lake-sensors",
        "div",
        {
            "mid": ["teaser", "app_prompt", "poll"],
            "end": ["wire_initials", "social_follow"],
            "out": ["related_list"],
        },
    ),
    (
        "table_br",
        "hub-pipeline",
        "br",
        {
            "mid": ["teaser", "ad_label"],
            "end": ["share_row", "comments_block"],
            "out": ["most_viewed"],
        },
    ),
    (
        "blogger_br",
        "ghizer-trout-farms",
        "br",
        {
            "mid": ["teaser", "telegram", "related_list"],
            "end": ["author_box", "poll"],
            "out": ["headless_links"],
        },
    ),
    (
        "amp",
        "diamer-resettlement",
        "p",
        {
            "mid": ["ad_label", "teaser", "image_credit"],
            "end": ["google_news", "share_row"],
            "out": ["related_list"],
        },
    ),
    (
        "html5_jsonld",
        "thar-ro-plants",
        "p",
        {
            "mid": ["teaser", "teaser", "continue_marker"],
            "end": ["wire_disclaimer", "tip_prompt"],
            "out": ["comments_block", "comment_disclaimer"],
        },
    ),
    (
        "nested_sections",
        "sukkur-barrage-gates",
        "div",
        {
            "mid": ["related_list", "cookie_text", "teaser"],
            "end": ["author_bio", "report_issue"],
            "out": ["paid_partner"],
        },
    ),
    (
        "urdu_wp",
        "quetta-barish-barfbari",
        "p",
        {
            "top": ["ur_timestamp"],
            "mid": ["ur_teaser", "ur_ad", "ur_credit"],
            "end": ["ur_whatsapp", "ur_share"],
            "out": ["ur_comments", "ur_related"],
        },
    ),
    (
        "table_br",
        "gilgit-sayyah",
        "br",
        {
            "mid": ["ur_teaser", "ur_youtube"],
            "end": ["ur_google", "ur_comments"],
            "out": ["ur_mostread"],
        },
    ),
    (
        "amp",
        "gwadar-mangroves",
        "p",
        {"mid": ["ur_ad", "ur_teaser"], "end": ["ur_app", "ur_share"], "out": ["ur_related"]},
    ),
    (
        "div_paras",
        "chitral-snow-leopards",
        "div",
        {
            "mid": ["image_credit", "teaser", "newsletter", "ad_label"],
            "end": ["timestamp_row", "comment_count"],
            "out": ["related_list", "most_viewed"],
        },
    ),
    (
        "brightspot",
        "turbat-board-exams",
        "p",
        {
            "mid": ["related_list", "continue_marker"],
            "end": ["updated_note", "print_tools"],
            "out": ["headless_links"],
        },
    ),
    (
        "wp_tagdiv",
        "lyari-boxing-gym",
        "p",
        {
            "mid": ["podcast", "teaser", "ad_label", "related_list"],
            "end": ["author_box", "share_row"],
            "out": ["comments_block"],
        },
    ),
    (
        "drupal",
        "karachi-cooling-centres",
        "div",
        {
            "mid": ["video_promo", "glued_teaser", "paywall"],
            "end": ["tip_prompt", "loading_comments"],
            "out": ["related_list"],
        },
    ),
    (
        "ghost",
        "quetta-apple-saplings",
        "div",
        {
            "mid": ["teaser", "whatsapp"],
            "end": ["newsletter", "author_bio"],
            "out": ["comment_count", "next_prev"],
        },
    ),
    (
        "arcxp",
        "hunza-lake-sensors",
        "p",
        {
            "mid": ["ad_label", "related_list", "glued_teaser"],
            "end": ["wire_disclaimer", "feedback"],
            "out": ["paid_partner"],
        },
    ),
    (
        "nextjs",
        "turbat-cold-stores",
        "div",
        {
            "top": ["print_tools"],
            "mid": ["headless_links", "poll", "teaser"],
            "end": ["app_prompt", "comment_disclaimer"],
            "out": ["most_viewed"],
        },
    ),
    (
        "blogger_br",
        "skardu-solar-dryers",
        "br",
        {
            "mid": ["cookie_text", "teaser", "paywall"],
            "end": ["newsletter", "next_prev"],
            "out": ["related_list"],
        },
    ),
    (
        "html5_jsonld",
        "gwadar-desalination",
        "div",
        {
            "mid": ["teaser", "google_news", "teaser"],
            "end": ["wire_initials", "report_issue"],
            "out": ["related_list", "loading_comments"],
        },
    ),
    (
        "nested_sections",
        "ghizer-trout-farms",
        "p",
        {
            "mid": ["continue_marker", "social_follow", "listen_article"],
            "end": ["correction_note", "trending_tags"],
            "out": ["comments_block"],
        },
    ),
]

CLEAN = [
    ("wp_generatepress", "green-line-feeders"),
    ("drupal", "zhob-polio-drive"),
    ("ghost", "lyari-boxing-gym"),
    ("nextjs", "karachi-heat-advice"),
    ("table_br", "hyderabad-newspaper-archive"),
    ("arcxp", "turbat-board-exams"),
    ("amp", "chitral-snow-leopards"),
    ("urdu_wp", "karachi-pani-qillat"),
    ("nested_sections", "quetta-book-fair"),
    ("div_paras", "sukkur-barrage-gates"),
    ("html5_jsonld_clean", "skardu-solar-dryers"),
    ("blogger_br", "hyderabad-newspaper-archive"),
    ("brightspot", "quetta-book-fair"),
    ("amp", "karachi-pani-qillat"),
]

ALIASES = {"tags_like_trending": "trending_tags"}


def place_noise(s: Story, spec: dict, rng: random.Random, ctx: Ctx):
    inside: dict[int, list[Noise]] = {}
    n = len(s.blocks)
    for name in spec.get("top", []):
        inside.setdefault(-1, []).append(N[ALIASES.get(name, name)](rng, ctx))
    mids = spec.get("mid", [])
    # spread the mid noise over the body, never after the last block, never inside a list
    slots = [
        i
        for i in range(n - 1)
        if s.blocks[i][0] not in ("li", "dl")
        and not (i + 1 < n and s.blocks[i + 1][0] == "li" and s.blocks[i][0] == "li")
    ]
    for j, name in enumerate(mids):
        pos = slots[min(len(slots) - 1, (j * len(slots)) // max(1, len(mids)))]
        inside.setdefault(pos, []).append(N[ALIASES.get(name, name)](rng, ctx))
    for name in spec.get("end", []):
        inside.setdefault(n, []).append(N[ALIASES.get(name, name)](rng, ctx))
    out_ctx = Ctx(
        ctx.site, wrap="div" if ctx.wrap == "br" else ctx.wrap, classed=0.6, used=ctx.used
    )
    outside = [N[ALIASES.get(name, name)](rng, out_ctx) for name in spec.get("out", [])]
    return inside, outside


def site_for(s: Story, n: int) -> tuple[str, str]:
    sites = SITES[s.lang]
    return sites[n % len(sites)]


def main() -> None:
    rng = random.Random(60606)
    folder = PAGES / SPLIT
    folder.mkdir(parents=True, exist_ok=True)
    for old in list(folder.glob("*.html")) + list(folder.glob("*.json")):
        old.unlink()
    for n, (tname, slug, wrap, spec) in enumerate(NOISY):
        s = S[slug]
        site, domain = site_for(s, n)
        url = f"https://{domain}/{s.date[:4]}/{s.date[5:7]}/{s.slug}-{n}"
        ctx = Ctx(site, wrap=wrap)
        inside, outside = place_noise(s, spec, rng, ctx)
        page = TEMPLATES[tname](s, url, site, inside, outside, 6000 + n)
        noise = [x for xs in inside.values() for x in xs] + outside
        write_page(SPLIT, f"noisy-{n:02d}-{tname}", url, page, s.article(), noise)
    for n, (tname, slug) in enumerate(CLEAN):
        s = S[slug]
        site, domain = site_for(s, n + 3)
        url = f"https://{domain}/{s.date[:4]}/{s.date[5:7]}/{s.slug}"
        page = TEMPLATES[tname](s, url, site, {}, [], 6100 + n)
        write_page(SPLIT, f"clean-{n:02d}-{tname}", url, page, s.article(), [])
    check()


# ---------------------------------------------------------------------------------------------
# Self-check: truth parses; every body line and every noise string is in the visible text;
# no noise string occurs in the body or the headline; clean pages list no noise.
# ---------------------------------------------------------------------------------------------


class _Text(HTMLParser):
    SKIP = frozenset({"script", "style", "noscript", "template", "title"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in ("br", "p", "div", "li"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in ("p", "div", "li"):
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible_text(page: str) -> str:
    p = _Text()
    p.feed(page)
    return "".join(p.out)


def norm(t: str) -> str:
    return re.sub(r"\s+", " ", t).strip()


def check() -> None:
    folder = PAGES / SPLIT
    pages = sorted(folder.glob("*.json"))
    n_clean = n_noisy = n_noise = 0
    problems = []
    for j in pages:
        truth = json.loads(j.read_text(encoding="utf-8"))
        page = j.with_suffix(".html").read_text(encoding="utf-8")
        text = norm(visible_text(page))
        low = text.casefold()
        body = truth["body"]
        title = re.search(r"<title>(.*?) \|", page).group(1)
        for line in body.split("\n"):
            if norm(line) not in text:
                problems.append(f"{j.name}: body line not in page text: {line[:60]!r}")
        for s in truth["noise"]:
            if s.casefold() not in low:
                problems.append(f"{j.name}: noise string not in page text: {s!r}")
            if s.casefold() in body.casefold() or s.casefold() in html.unescape(title).casefold():
                problems.append(f"{j.name}: noise string also in body/title: {s!r}")
        if truth["clean"] != (not truth["noise"]):
            problems.append(f"{j.name}: clean flag inconsistent")
        if truth["clean"]:
            n_clean += 1
        else:
            n_noisy += 1
        n_noise += len(truth["noise"])
    if problems:
        raise SystemExit("\n".join(problems))
    sizes = [p.stat().st_size for p in folder.glob("*.html")]
    print(
        f"{SPLIT}: {n_noisy} noisy + {n_clean} clean pages, {n_noise} noise strings, "
        f"page size {min(sizes) // 1024}-{max(sizes) // 1024} kB; self-check passed"
    )


if __name__ == "__main__":
    main()
