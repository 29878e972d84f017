"""Write held-out set 19 to pages/heldout19/: ordinary publishing stacks, written BLIND.

Written BLIND: the writer read only fixturekit.py, make_heldout.py and make_heldout2.py
(for the page/truth/noise conventions and the helper API) and nothing else in the
repository - no extractor code, configuration, tests, other generators, pages or results -
and ran no extractor on these pages.

New in this set: eighteen invented stories from Balochistan, Gilgit-Baltistan, Khyber
Pakhtunkhwa, Sindh and Azad Kashmir (six in right-to-left Urdu; four carry a wire dateline
and/or tail credit from invented agencies), each written once noisy and once clean in two
different layouts, so that each of eighteen layouts carries one noisy and one clean page.
The layouts are the un-glamorous stacks news actually runs on: a Joomla 3 item page, a
Django/Bootstrap Urdu daily, a PHP portal built from nested tables and font tags, an Urdu
Blogger blog, a Wix-like page of absolutely positioned richTextElement boxes, a
Squarespace-like blog with one sqs-block per paragraph, a Tumblr-like text post, an Odoo
website blog post, a Drupal 9 university newsroom, an ASP.NET WebForms government page
(one aspnetForm, __VIEWSTATE, the story as <br><br>-separated text in lblNewsDetail), a TV
channel page with a video player and Watch Live strip, an Urdu e-paper text view split into
columns, a Facebook Instant Articles export, an Apple-News-like page rendered from JSON, a
news app's web share page, a press-release wire page, a magazine long-read with a drop cap
and pull quotes, and a text-only lite page. Bodies carry sub-headings, block quotes,
bulleted and numbered lists and small tables (each list item and table row is one truth
line), and ordinary sentences about apps, downloads, comments, members, photos, sponsors,
newsletters and sign-ups. Noise is worded afresh in English and Urdu and sits outside the
article container and inside it (before the first block, between blocks, after the last
block and after the wire credit), mostly in blocks with no telling class. Pull quotes repeat
body text, so they are neither truth lines nor recorded noise strings. The script checks
every page against its truth before writing anything.

Run: python benchmarks/extraction/make_heldout19.py  (deterministic).
Every outlet, person, agency, company and sentence here is invented; only places are real.
"""

from __future__ import annotations

import base64
import json
import random
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser

from fixturekit import Article, Noise, esc, write_page

SPLIT = "heldout19"

# --- stories ---------------------------------------------------------------------------

Block = tuple[str, object]


def P(text: str) -> Block:
    return ("p", text)


def H(text: str) -> Block:
    return ("h", text)


def Q(text: str) -> Block:
    return ("q", text)


def UL(*items: str) -> Block:
    return ("ul", list(items))


def OL(*items: str) -> Block:
    return ("ol", list(items))


def TABLE(*rows: tuple[str, ...]) -> Block:
    return ("table", [list(r) for r in rows])


def block_lines(block: Block) -> list[str]:
    kind, data = block
    if kind in ("ul", "ol"):
        return list(data)  # type: ignore[arg-type]
    if kind == "table":
        return [" ".join(row) for row in data]  # type: ignore[union-attr]
    return [data]  # type: ignore[list-item]


@dataclass
class Story:
    slug: str
    title: str
    author: str
    date: str
    blocks: list[Block]
    tail: str | None = None
    agency: str | None = None
    place: str | None = None
    lang: str = "en"

    def lines(self) -> list[str]:
        return [line for b in self.blocks for line in block_lines(b)]

    def article(self) -> Article:
        return Article(
            self.slug,
            self.title,
            self.author,
            self.date,
            self.lines(),
            tail=self.tail,
            agency=self.agency,
            place=self.place,
            lang=self.lang,
        )


STORIES = [
    Story(
        "gwadar-desalination",
        "Gwadar desalination plant starts supplying three wards",
        "Our Correspondent",
        "2026-03-09T11:20:00+05:00",
        [
            P(
                "GWADAR, March 9 (MWS) — A seawater desalination plant on the eastern edge of "
                "Gwadar began supplying water to three wards of the town on Monday, easing a "
                "shortage that has forced families to buy from tankers for most of the past two "
                "years, district officials said."
            ),
            P(
                "The plant, built next to the fish harbour, can treat about one million gallons a "
                "day when running at full capacity. For the first month it will run at half that "
                "level while engineers check the intake pipes and the membranes."
            ),
            P(
                "Residents of Shadi Bazaar and Mulla Band said the first supply reached their taps "
                "late on Monday evening, although pressure was low in houses on higher ground."
            ),
            Q(
                "“We have been paying for water three times a week since the dam ran dry. If this "
                "lasts, it changes the household budget for every family on our street,” said "
                "Hamida Baloch, a schoolteacher in Mulla Band."
            ),
            P(
                "The district water board said it would publish a supply timetable for each ward "
                "on Wednesday and post it at mosques, schools and the main bus stand."
            ),
            P(
                "Officials said the plant's electricity would come partly from a solar field being "
                "built on the road to the airport, and partly from the grid, which has suffered "
                "long outages in the town."
            ),
            P(
                "Fishermen's representatives asked the administration to make sure that brine from "
                "the plant is not released near the breeding grounds to the east of the harbour. "
                "Engineers said the discharge pipe runs two kilometres out to sea."
            ),
            P("The plant will be formally inaugurated next month."),
        ],
        tail="— MWS",
        agency="MWS",
        place="Gwadar",
    ),
    Story(
        "ghizer-sirens",
        "Ghizer villages get sirens to warn of glacial floods",
        "Saima Karim",
        "2026-05-18T08:45:00+05:00",
        [
            P(
                "Villages along the Ghizer river now have sirens that can warn residents within "
                "minutes if a glacial lake upstream begins to burst, after a two-year project by "
                "the district disaster authority and local volunteers was completed this month."
            ),
            P(
                "The sirens are linked to water-level sensors placed on three streams fed by "
                "glaciers in the Ishkoman and Yasin valleys. When the water rises past a set mark, "
                "the sirens sound in the villages below, and text alerts are sent to volunteers' "
                "phones."
            ),
            H("How the system works"),
            P(
                "Each sensor station runs on a small solar panel and sends a reading every ten "
                "minutes. Volunteers in each village are trained to check the sirens every Friday "
                "and report faults to the district control room in Gahkuch."
            ),
            TABLE(
                ("Valley", "Sensor stations", "Sirens", "Trained volunteers"),
                ("Ishkoman", "4", "9", "36"),
                ("Yasin", "3", "7", "28"),
                ("Phander", "2", "5", "19"),
            ),
            H("Lessons from past floods"),
            P(
                "Older residents remember nights when families had to climb the slopes in the dark "
                "with no warning at all. A retired teacher in Chatorkhand said people now sleep "
                "more easily during the hot weeks of July and August, when melting is fastest."
            ),
            P(
                "The district authority said the system would be tested in a full drill before "
                "the summer, with schools and health centres moving people to marked safe ground."
            ),
            P(
                "Officials said the next step was to add sirens in the upper Yasin valley, where "
                "two villages still rely on a watchman and a mobile phone."
            ),
            P("Funding for that phase has not yet been approved."),
        ],
    ),
    Story(
        "lowari-timetable",
        "Lowari tunnel switches to one-way timetable for winter repairs",
        "Shahzeb Lal",
        "2026-11-28T19:05:00+05:00",
        [
            P(
                "Travellers heading to Chitral this winter will have to plan around a new "
                "timetable for the Lowari tunnel, which the highway authority says is needed to "
                "carry out repairs to the ventilation system inside the bore."
            ),
            P(
                "From the first week of December, the tunnel will be open to traffic in alternate "
                "directions for fixed periods each day, rather than in both directions at once."
            ),
            P("The timetable announced by the authority is as follows:"),
            OL(
                "Dir to Chitral: 7am to 10am and 2pm to 4pm",
                "Chitral to Dir: 10:30am to 1:30pm and 4:30pm to 6pm",
                "Ambulances and patients' vehicles: at any hour, with notice to the tunnel office",
                "Overnight: closed to all traffic except emergencies",
            ),
            P(
                "Transporters in Chitral said the plan would make it harder for passenger vans to "
                "complete two trips a day, and asked for the evening window to be extended during "
                "the busy weeks before and after the new year."
            ),
            P(
                "Shopkeepers in the Chitral bazaar said supplies of flour, fuel and vegetables "
                "usually slow down in winter, and they feared longer gaps between deliveries."
            ),
            P(
                "The authority said the repairs were expected to take about ten weeks and the "
                "normal two-way schedule would return before the spring melt."
            ),
            P(
                "Travellers are advised to carry warm clothes and food, as queues at the Dir end "
                "can stretch for several hours on market days."
            ),
        ],
    ),
    Story(
        "sukkur-barrage-gates",
        "Sukkur barrage gate repairs to finish before kharif sowing",
        "Nadir Ali Shah",
        "2026-01-24T16:40:00+05:00",
        [
            P(
                "SUKKUR: Repairs to eleven gates of the Sukkur barrage will be completed before the "
                "kharif sowing season, the provincial irrigation department said on Saturday, "
                "after engineers finished replacing worn steel plates on the first six."
            ),
            P(
                "The work began in January, when water in the Indus is at its lowest and canals "
                "are closed for their annual cleaning. Engineers have been working in two shifts "
                "to finish before the canals reopen."
            ),
            H("Canal closure"),
            P(
                "The department said the seven canals that take off from the barrage would reopen "
                "on schedule in the second week of February, and asked growers not to expect an "
                "early release."
            ),
            P(
                "Farmers' groups in Khairpur and Larkana said the closure had already delayed the "
                "sowing of some vegetables, but most accepted that the gates needed attention "
                "after last year's high floods."
            ),
            H("Next phase"),
            P(
                "Work on the remaining gates and on the barrage's old control room will be taken "
                "up next winter, the department said, subject to funds."
            ),
            P(
                "A senior engineer said the gates, installed decades ago, had been inspected with "
                "underwater cameras for the first time this year, which helped the team decide "
                "which plates to replace first."
            ),
            P("The barrage road will stay open to light traffic throughout."),
        ],
        place="Sukkur",
    ),
    Story(
        "kotli-honey",
        "Kotli beekeepers record best spring harvest in five years",
        "Rehana Mir",
        "2026-05-02T10:15:00+05:00",
        [
            P(
                "Beekeepers in Kotli district have recorded their best spring harvest in five "
                "years, helped by a wet winter that brought heavy flowering on the hillsides and "
                "by a training scheme run with Jhelum Valley University in Muzaffarabad."
            ),
            P(
                "About 140 beekeepers took part in the scheme, which taught them to inspect hives "
                "for mites, move boxes to higher ground as the season advances and harvest "
                "without damaging the comb."
            ),
            Q(
                "“Last year I sold honey in old cooking-oil tins by the roadside. This year a trader "
                "from Rawalpindi came to my village and bought everything in glass jars with a "
                "label,” said Mohammad Sadiq, who keeps forty hives near Sehnsa."
            ),
            P(
                "Researchers from the university's agriculture faculty tested samples from each "
                "village and found that most met the national standard for moisture, which "
                "traders use to set prices."
            ),
            P(
                "The scheme was paid for by the university and two private sponsors, a food "
                "company and a bank, which provided boxes, veils and smokers at half price."
            ),
            P(
                "Beekeepers said their biggest worry now was the spraying of pesticides on nearby "
                "maize fields during flowering, which kills foraging bees."
            ),
            P(
                "The university plans to publish a short guide in Urdu and Pahari for beekeepers "
                "later this year, along with a seasonal newsletter sent to village cooperatives."
            ),
        ],
    ),
    Story(
        "sabzbagh-cold-box",
        "Sabzbagh Solar launches solar cold box for date growers in Panjgur and Kech",
        "Sabzbagh Solar",
        "2026-04-14T09:00:00+05:00",
        [
            P(
                "QUETTA, April 14, 2026 — Sabzbagh Solar, a Quetta-based maker of off-grid power "
                "equipment, today launched a solar-powered cold box designed for date growers and "
                "small traders in Panjgur and Kech, where long power cuts during the harvest have "
                "led to heavy losses."
            ),
            P(
                "The unit, called Thandak, can hold up to 400 kilograms of fresh dates at between "
                "four and eight degrees for up to five days without grid electricity. It fits on "
                "the back of a pickup and can be moved between orchards."
            ),
            P("Key features of the unit include:"),
            UL(
                "Roof-mounted panels with a battery bank that runs the cooling unit through the "
                "night",
                "Insulated walls made from locally produced panels",
                "A simple display in Urdu and Balochi showing temperature and battery level",
                "A service visit every three months during the first two years",
            ),
            P(
                "“Growers in Panjgur told us they were losing a large share of their fresh dates in "
                "the first days after picking, simply because there was nowhere cool to keep "
                "them,” said Shazia Kakar, the company's chief executive. “Thandak is built to be "
                "repaired in the district, with parts that local mechanics can replace.”"
            ),
            P(
                "The company said it had tested ten units with growers' cooperatives during last "
                "season's harvest and would offer payment in instalments through a microfinance "
                "partner."
            ),
            P("The first units will be delivered in June, ahead of the main harvest."),
        ],
        place="Quetta",
    ),
    Story(
        "keti-bandar-mangroves",
        "Mangrove cover rising in parts of the Indus delta, university study finds",
        "Kirthar Hills University",
        "2026-03-05T14:30:00+05:00",
        [
            P(
                "JAMSHORO: Researchers at Kirthar Hills University have found that mangrove cover "
                "in parts of the Indus delta near Keti Bandar has increased over the past decade, "
                "according to a study based on satellite images and field surveys carried out "
                "with local fishing communities."
            ),
            P(
                "The team compared images from 2015 and 2025 and walked more than sixty plots in "
                "the creeks to check species, height and the density of young plants."
            ),
            H("What the survey found"),
            TABLE(
                ("Creek", "Plots surveyed", "Cover in 2015", "Cover in 2025"),
                ("Khobar", "22", "31%", "44%"),
                ("Hajamro", "18", "27%", "35%"),
                ("Chann", "21", "40%", "38%"),
            ),
            P(
                "The largest gains were in areas where community groups had planted saplings and "
                "protected them from camels, which graze on young shoots. In Chann creek, cover "
                "fell slightly, which the team linked to cutting for firewood."
            ),
            H("Role of fishing communities"),
            Q(
                "“The fishermen knew which creeks had changed long before we looked at a single "
                "image. Our job was to measure what they had already noticed,” said Dr Rukhsana "
                "Memon, who led the study."
            ),
            P(
                "The study also recorded a rise in the number of young crabs and shrimp in "
                "restored plots, which fishermen said matched their catch in recent seasons."
            ),
            P(
                "The university will share its maps with the forest department and the district "
                "administration, and plans to repeat the survey every two years."
            ),
            P("The findings were presented at a seminar on the Jamshoro campus on Thursday."),
        ],
        place="Jamshoro",
    ),
    Story(
        "bannu-vaccination",
        "Livestock teams vaccinate 85,000 animals in Bannu and Lakki Marwat",
        "Media Cell",
        "2026-02-17T12:10:00+05:00",
        [
            P(
                "BANNU: The Livestock Services Directorate has vaccinated more than 85,000 cattle, "
                "goats and sheep in Bannu and Lakki Marwat districts in a four-week campaign "
                "against foot-and-mouth disease, the directorate said on Tuesday."
            ),
            P(
                "Mobile teams visited 212 villages, including areas along the Kurram river where "
                "herders had reported outbreaks last autumn. Vaccination was free of charge."
            ),
            P(
                "The director for the southern districts, Dr Naveed Khattak, said the teams had "
                "also tagged animals to keep a record of which herds had been covered."
            ),
            H("Advice for herders"),
            P(
                "Herders have been asked to keep newly bought animals apart from their herds for "
                "two weeks and to report any animal with blisters on the mouth or feet to the "
                "nearest veterinary hospital."
            ),
            P(
                "The directorate said the second round of the campaign would begin in the spring, "
                "when the animals vaccinated in this round are due for a booster dose."
            ),
            P(
                "Veterinary hospitals in both districts will remain open on Sundays until the end "
                "of the month."
            ),
        ],
        place="Bannu",
    ),
    Story(
        "zhob-olive-oil",
        "Zhob growers press first commercial olive oil at new mill",
        "News Desk",
        "2026-10-27T17:25:00+05:00",
        [
            P(
                "Olive growers in Zhob and Sherani have pressed their first commercial batch of oil "
                "this season at a small mill set up with help from the provincial agriculture "
                "department, a sign that plantations started a decade ago are finally paying off."
            ),
            P(
                "The mill, in a rented building on the Zhob bypass, can press about a tonne of "
                "olives a day. Growers bring their fruit in sacks and pay a fee per kilogram."
            ),
            P(
                "Farmers said that until now they had sold most of their olives as pickling fruit "
                "to traders from Quetta at low prices, as there was no nearby mill."
            ),
            P(
                "“People see advertisements for imported olive oil on television and think it must "
                "be better. We need to show them our oil in the local bazaar first,” said grower "
                "Abdul Wahid Mandokhail."
            ),
            P(
                "Agriculture officials said about 1,800 acres in the two districts were now under "
                "olives, many of them on land that had been used for rain-fed wheat."
            ),
            P("A second mill is planned for Killa Saifullah next year."),
        ],
        tail="— Riverline News Agency (RNA)",
        agency="RNA",
    ),
    Story(
        "hunza-apricot-dryers",
        "Hunza women's cooperative opens solar apricot drying centre",
        "Amina Baig",
        "2026-07-21T13:00:00+05:00",
        [
            P(
                "A women's cooperative in Hunza has opened a solar drying centre for apricots in "
                "Aliabad, allowing members to dry fruit faster and with less dust than on the "
                "traditional rooftops."
            ),
            P(
                "The cooperative has 63 members from six villages. Each brings fresh apricots to "
                "the centre, where they are washed, halved and laid on racks inside glass-covered "
                "dryers."
            ),
            H("From rooftops to racks"),
            P(
                "Members said drying on rooftops took up to ten days and the fruit was often "
                "spoiled by rain or birds. In the new dryers, the same fruit is ready in four days."
            ),
            P(
                "The cooperative's chairperson, Gul Bano, said buyers in Islamabad and Lahore had "
                "begun asking for photos of the drying process before placing orders, and members "
                "now take turns sharing pictures with customers on their phones."
            ),
            P("Members follow a simple set of rules at the centre:"),
            UL(
                "Fruit is sorted by size before washing",
                "No fruit is left on racks overnight without a cover",
                "Every batch is weighed and recorded in the cooperative's register",
            ),
            H("Plans for next season"),
            P(
                "The cooperative plans to add a small packing room and to print its own labels. It "
                "has applied to the district administration for a loan to buy a second set of "
                "dryers."
            ),
            P("Gul Bano said the biggest change was that women now set their own prices."),
        ],
    ),
    Story(
        "ibrahim-hyderi-boatbuilders",
        "The last wooden-boat builders of Ibrahim Hyderi",
        "Zubaida Memon",
        "2026-12-06T07:30:00+05:00",
        [
            P(
                "The yard smells of resin and sawdust long before you see it. Behind a row of ice "
                "factories on the edge of Ibrahim Hyderi, a fishing town on Karachi's eastern "
                "shore, five men are bending planks over a fire to fit the curved hull of a boat "
                "that will not be finished until the spring."
            ),
            P(
                "Their foreman, Ustad Ghulam Qadir, is seventy-one. He began working at this yard "
                "when he was eleven, carrying nails for his uncle, and has built, by his own count, "
                "more than three hundred boats."
            ),
            H("A trade passed by hand"),
            P(
                "Nothing in the yard is drawn on paper. The shape of each hull is kept in the heads "
                "of the older men and in a set of wooden templates that hang on the wall, darkened "
                "by decades of smoke."
            ),
            P(
                "Young men who join the yard spend their first years cutting pegs and sanding "
                "planks. Only after several seasons are they allowed to choose timber, a job Qadir "
                "still does himself."
            ),
            Q(
                "“You cannot learn the sea from a book. The wood tells you where it wants to bend, "
                "and if you do not listen, the boat will crack in its first storm,” Qadir said."
            ),
            H("Fibreglass arrives"),
            P(
                "Over the past fifteen years, most new boats in the town have been made of "
                "fibreglass, which is cheaper to build and easier to repair. Fishermen say the new "
                "boats are lighter and need less fuel."
            ),
            P(
                "Qadir does not argue with that. He says his customers now are mostly older "
                "captains who trust wood, and a few families who want a boat that will last a "
                "generation."
            ),
            P(
                "Timber is the other problem. The hardwood the yard once bought from traders in "
                "the city has become expensive, and the men now buy old beams from demolished "
                "buildings."
            ),
            H("What comes next"),
            P(
                "Two of Qadir's grandsons work in the yard, though neither says he will stay. One "
                "is studying accounting in the evenings; the other repairs phones."
            ),
            P(
                "When pictures of the yard were first shared online by a local photographer, "
                "readers left hundreds of comments asking how to visit. Qadir laughs at the idea. "
                "“Tell them to come when the boat is launched,” he said."
            ),
            P("That will be in April, if the timber arrives."),
        ],
    ),
    Story(
        "poonch-bill-app",
        "Poonch consumers asked to use app as paper bills arrive late",
        "Tanveer Abbasi",
        "2026-02-04T15:50:00+05:00",
        [
            P(
                "RAWALAKOT: The electricity department in Poonch division has asked consumers to "
                "download its new mobile app to check and pay their bills, after complaints that "
                "printed bills were reaching remote villages days after the due date."
            ),
            P(
                "The app, launched this week, shows the current bill, past payments and scheduled "
                "power cuts for each feeder. Consumers can also sign up for SMS alerts if they do "
                "not use a smartphone."
            ),
            P(
                "Officials explained the steps for new users at a meeting with traders in "
                "Rawalakot on Monday:"
            ),
            OL(
                "Enter the fourteen-digit reference number printed on any old bill",
                "Confirm the mobile number registered with the department",
                "Choose whether to receive alerts by SMS, in the app, or both",
            ),
            P(
                "Traders welcomed the move but said that mobile internet in parts of Poonch was "
                "too weak to open the app, especially in the evenings."
            ),
            P(
                "The department said consumers who subscribe to SMS alerts would receive a message "
                "three days before each due date, and that printed bills would continue for those "
                "who ask."
            ),
            P(
                "More than 9,000 consumers had registered by Wednesday evening, according to the "
                "department."
            ),
        ],
        place="Rawalakot",
    ),
    # --- Urdu (right to left) ---
    Story(
        "attabad-boating-rules",
        "عطا آباد جھیل پر کشتی رانی کے لیے نئے قواعد نافذ",
        "کریم اللہ بیگ",
        "2026-04-11T20:30:00+05:00",
        [
            P(
                "ہنزہ کی ضلعی انتظامیہ نے عطا آباد جھیل پر سیاحوں کی کشتی رانی کے لیے نئے قواعد "
                "نافذ کر دیے ہیں، جن کا مقصد گرمیوں کے رش کے دوران حادثات کو روکنا ہے۔"
            ),
            P(
                "ڈپٹی کمشنر کے دفتر سے جاری ہونے والے حکم نامے کے مطابق یہ قواعد یکم مئی سے تمام "
                "کشتی مالکان پر لاگو ہوں گے اور خلاف ورزی کرنے والوں کا لائسنس معطل کیا جا سکے گا۔"
            ),
            P("نئے قواعد میں درج ذیل نکات شامل ہیں:"),
            OL(
                "ہر مسافر کے لیے لائف جیکٹ پہننا لازمی ہوگا",
                "کسی کشتی میں اس کی گنجائش سے زیادہ افراد سوار نہیں کیے جائیں گے",
                "سورج غروب ہونے کے بعد کشتی رانی پر پابندی ہوگی",
                "ہر کشتی کا اندراج ضلعی سیاحت دفتر میں کروانا ہوگا",
            ),
            P(
                "کشتی مالکان کی انجمن کے صدر نے کہا کہ وہ قواعد کی حمایت کرتے ہیں، تاہم انتظامیہ "
                "کو لائف جیکٹس سستے داموں فراہم کرنے میں مدد کرنی چاہیے۔"
            ),
            P(
                "سیاحت کے محکمے کا کہنا ہے کہ جھیل کے کنارے دو نئے امدادی مراکز بنائے جا رہے ہیں "
                "جہاں غوطہ خور اور ابتدائی طبی امداد کا عملہ موجود رہے گا۔"
            ),
            P("گزشتہ سیزن میں جھیل پر دو لاکھ سے زائد سیاح آئے تھے۔"),
        ],
        lang="ur",
    ),
    Story(
        "quetta-gas-pressure",
        "کوئٹہ میں گیس پریشر کی کمی، شہری سخت سردی میں پریشان",
        "نیوز ڈیسک",
        "2026-01-12T06:00:00+05:00",
        [
            P(
                "کوئٹہ (کے پی ایس) شہر کے کئی علاقوں میں گیس کا پریشر انتہائی کم ہونے سے شہری شدید "
                "سردی میں مشکلات کا شکار ہیں جبکہ رات کے وقت درجہ حرارت نقطہ انجماد سے نیچے گر "
                "رہا ہے۔"
            ),
            P(
                "سیٹلائٹ ٹاؤن، سریاب روڈ اور کلی اسماعیل کے رہائشیوں کا کہنا ہے کہ صبح اور شام کے "
                "اوقات میں چولہے جلانا بھی ممکن نہیں رہتا اور لوگ لکڑی اور کوئلہ خریدنے پر مجبور "
                "ہیں۔"
            ),
            H("تاجروں کی شکایت"),
            P(
                "ہوٹل اور تندور مالکان نے بتایا کہ انہیں ایل پی جی سلنڈر مہنگے داموں خریدنے پڑ رہے "
                "ہیں جس کا بوجھ روٹی کی قیمت پر بھی پڑ رہا ہے۔"
            ),
            P(
                "گیس کمپنی کے ایک ترجمان نے کہا کہ سردیوں میں طلب بڑھنے کے باعث مرکزی پائپ لائن "
                "پر دباؤ کم ہو جاتا ہے اور کمپریسر لگانے والے صارفین کے خلاف کارروائی کی جا رہی "
                "ہے۔"
            ),
            H("عارضی اقدامات"),
            P(
                "ترجمان کے مطابق شہر کے بلند علاقوں میں پریشر بہتر بنانے کے لیے دو نئے والو لگائے "
                "جا رہے ہیں جن کا کام اگلے ہفتے مکمل ہو جائے گا۔"
            ),
            P(
                "شہریوں نے مطالبہ کیا ہے کہ گیس کی فراہمی کا شیڈول اخبارات میں شائع کیا جائے تاکہ "
                "وہ اپنے معمولات اس کے مطابق ترتیب دے سکیں۔"
            ),
        ],
        agency="KPS",
        place="کوئٹہ",
        lang="ur",
    ),
    Story(
        "larkana-dialysis",
        "لاڑکانہ کے سول اسپتال میں نیا ڈائیلاسز سینٹر فعال",
        "عبدالستار لغاری",
        "2026-06-09T18:45:00+05:00",
        [
            P(
                "لاڑکانہ کے سول اسپتال میں بیس مشینوں پر مشتمل نیا ڈائیلاسز سینٹر فعال کر دیا گیا "
                "ہے جس سے گردوں کے مریضوں کو کراچی اور حیدرآباد جانے کی ضرورت کم ہو جائے گی۔"
            ),
            P(
                "اسپتال انتظامیہ کے مطابق سینٹر تین شفٹوں میں کام کرے گا اور روزانہ ساٹھ مریضوں کا "
                "ڈائیلاسز کیا جا سکے گا۔"
            ),
            P(
                "اس سے قبل اسپتال میں صرف آٹھ مشینیں موجود تھیں اور مریضوں کو اپنی باری کے لیے "
                "کئی ہفتے انتظار کرنا پڑتا تھا۔"
            ),
            P(
                "قمبر شہدادکوٹ سے آنے والی ایک مریضہ کے بیٹے نے بتایا کہ انہیں ہر ہفتے دو بار سفر "
                "کرنا پڑتا تھا جس پر ہزاروں روپے خرچ ہوتے تھے۔"
            ),
            P(
                "میڈیکل سپرنٹنڈنٹ ڈاکٹر شبانہ سومرو نے کہا کہ سینٹر کے لیے عملے کی تربیت مکمل کر "
                "لی گئی ہے اور جلد ہی مزید دس مشینیں بھی لگائی جائیں گی۔"
            ),
            P("مریضوں کا اندراج اسپتال کے شعبہ گردہ میں صبح آٹھ سے دوپہر دو بجے تک کیا جائے گا۔"),
        ],
        lang="ur",
    ),
    Story(
        "muzaffarabad-library",
        "مظفرآباد میں پبلک لائبریری کی نئی عمارت کھول دی گئی",
        "ثمینہ اعوان",
        "2026-09-22T11:00:00+05:00",
        [
            P(
                "مظفرآباد میں ضلعی پبلک لائبریری کی نئی عمارت عوام کے لیے کھول دی گئی ہے جس میں "
                "طلبہ کے لیے مطالعے کا الگ ہال اور بچوں کا گوشہ بھی بنایا گیا ہے۔"
            ),
            P(
                "پرانی عمارت کی چھت برسوں سے ٹپک رہی تھی اور کئی قیمتی کتابیں نمی سے خراب ہو گئی "
                "تھیں۔"
            ),
            P(
                "لائبریری میں اس وقت تقریباً اٹھارہ ہزار کتابیں موجود ہیں جن میں کشمیری تاریخ اور "
                "ادب پر نایاب مجموعہ بھی شامل ہے۔"
            ),
            Q(
                "“ہمارے پاس گھر میں پڑھنے کی جگہ نہیں، یہاں بجلی بھی ہے اور خاموشی بھی۔ امتحانوں "
                "کے دنوں میں یہ ہال ہمارے لیے بہت بڑی سہولت ہے،” ایم اے کی طالبہ سدرہ نقوی نے کہا۔"
            ),
            P(
                "لائبریرین کے مطابق شہری ضلعی انتظامیہ کی موبائل ایپ ڈاؤن لوڈ کر کے کتابوں کی "
                "فہرست دیکھ سکتے ہیں اور کتاب پہلے سے مخصوص بھی کروا سکتے ہیں۔"
            ),
            P(
                "رکنیت کے لیے شناختی کارڈ کی کاپی اور دو تصاویر درکار ہوں گی جبکہ طلبہ کے لیے فیس "
                "نصف رکھی گئی ہے۔"
            ),
            P("لائبریری اتوار کے علاوہ روزانہ صبح نو سے شام سات بجے تک کھلی رہے گی۔"),
        ],
        lang="ur",
    ),
    Story(
        "swat-trout-farms",
        "سوات میں ٹراؤٹ فارمنگ سے مقامی نوجوانوں کو روزگار",
        "فضل ربی",
        "2026-08-30T09:40:00+05:00",
        [
            P(
                "مینگورہ: سوات کی بالائی وادیوں میں ٹراؤٹ مچھلی کے فارموں کی تعداد بڑھنے سے مقامی "
                "نوجوانوں کو روزگار کے نئے مواقع مل رہے ہیں۔"
            ),
            P(
                "محکمہ ماہی پروری کے مطابق مدین، بحرین اور کالام کے علاقوں میں اس وقت ستر سے زائد "
                "نجی فارم کام کر رہے ہیں جن میں سے بیشتر گزشتہ پانچ برسوں میں قائم ہوئے۔"
            ),
            P(
                "فارم مالکان دریا کے ٹھنڈے پانی کو نالیوں کے ذریعے سیمنٹ کے تالابوں میں لاتے ہیں "
                "جہاں مچھلی کو ایک سال تک پالا جاتا ہے۔"
            ),
            H("سیاحوں کی پسند"),
            P(
                "بحرین کے ایک فارم مالک شفیع اللہ نے بتایا کہ گرمیوں میں سیاح براہ راست فارم سے "
                "تازہ مچھلی خریدتے ہیں اور کئی ہوٹل اپنے مینو میں ٹراؤٹ کو نمایاں جگہ دیتے ہیں۔"
            ),
            P(
                "تاہم فارم مالکان کا کہنا ہے کہ مچھلی کی خوراک مہنگی ہو گئی ہے اور سیلاب کے دنوں "
                "میں تالابوں کو نقصان پہنچنے کا خطرہ رہتا ہے۔"
            ),
            P(
                "محکمے نے اعلان کیا ہے کہ نئے فارم مالکان کو بچہ مچھلی رعایتی نرخوں پر فراہم کی جائے گی۔"
            ),
        ],
        place="مینگورہ",
        lang="ur",
    ),
    Story(
        "tharparkar-livestock",
        "تھرپارکر میں بارشوں کے بعد مویشیوں کی ویکسینیشن مہم",
        "نامہ نگار",
        "2026-08-14T10:05:00+05:00",
        [
            P(
                "مٹھی (کے پی ایس) تھرپارکر میں حالیہ بارشوں کے بعد مویشیوں کو بیماریوں سے بچانے کے "
                "لیے محکمہ لائیو اسٹاک نے ضلع بھر میں ویکسینیشن مہم شروع کر دی ہے۔"
            ),
            P(
                "حکام کے مطابق بارشوں کے بعد صحرا میں گھاس تو اگ آئی ہے مگر کھڑے پانی کی وجہ سے "
                "جانوروں میں گلگھوٹو اور دیگر بیماریوں کا خطرہ بڑھ گیا ہے۔"
            ),
            P(
                "پہلے ہفتے کے دوران مختلف یونین کونسلوں میں ویکسین لگائے گئے جانوروں کی تعداد درج "
                "ذیل ہے:"
            ),
            TABLE(
                ("یونین کونسل", "گائیں", "بکریاں اور بھیڑیں"),
                ("اسلام کوٹ", "3200", "8700"),
                ("ڈیپلو", "2750", "6100"),
                ("چھاچھرو", "4100", "9300"),
            ),
            P(
                "چرواہوں نے بتایا کہ دور دراز دیہات تک ٹیموں کی رسائی مشکل ہے کیونکہ ریتلے راستے "
                "بارش کے بعد مزید خراب ہو گئے ہیں۔"
            ),
            P(
                "محکمے کے ضلعی افسر ڈاکٹر ہریش کمار نے کہا کہ مہم ایک ماہ جاری رہے گی اور ہر گاؤں "
                "میں ٹیم کے پہنچنے کی تاریخ مقامی مساجد اور مندروں میں اعلان کی جائے گی۔"
            ),
            P(
                "مویشی پالنے والوں سے اپیل کی گئی ہے کہ وہ بیمار جانوروں کو صحت مند ریوڑ سے الگ رکھیں۔"
            ),
        ],
        tail="— کے پی ایس",
        agency="KPS",
        place="مٹھی",
        lang="ur",
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}

# --- headline pools for noise ------------------------------------------------------------

EN_HEADS = [
    "Turbat college gets its first women's hostel",
    "Ferry service on Mangla lake to resume in March",
    "Kohat tunnel lights replaced after complaints",
    "Sheep prices climb ahead of Eid in Pishin",
    "Cricket ground in Khuzdar gets floodlights",
    "Gilgit bakers protest rise in flour price",
    "Thatta rice mills hit by power cuts",
    "Dera Ismail Khan hospital opens burns unit",
    "Mirpur families fund village clinic",
    "Snowfall closes Babusar road for the season",
    "Hyderabad bangle makers seek export help",
    "Nushki wind survey begins on hilltops",
    "Chitral polo ground to be relaid",
    "Badin farmers report sugarcane payment delays",
    "Kalam hotels prepare for winter visitors",
    "Jacobabad heat shelters to open in May",
    "Kharan students win inter-college debate",
    "Bagh district to get new rescue station",
    "Sanghar cotton pickers demand higher wages",
    "Mardan sugar mill to start crushing early",
    "Skardu airport extends runway lights",
    "Hub industrial estate gets new water line",
    "Shangla schools reopen after snow break",
    "Ormara fishermen receive marine radios",
    "Nagarparkar granite quarry talks stall",
    "Astore potato growers form cooperative",
    "Sibi date auction draws record bids",
    "Kurram apple growers seek cold storage",
    "Mansehra tea estate expands its nursery",
    "Lasbela coastal road resurfacing begins",
]

UR_HEADS = [
    "پنجگور میں کھجور کی فصل کی خریداری شروع",
    "سکردو میں برف باری کے بعد پروازیں معطل",
    "حیدرآباد میں صفائی مہم کا آغاز",
    "ایبٹ آباد میں ٹریفک کا نیا منصوبہ منظور",
    "خضدار میں اسکول کی نئی عمارت مکمل",
    "میرپورخاص میں آم کے باغات کو پانی کی کمی",
    "باغ میں سڑک کی تعمیر پر کام تیز",
    "دیر بالا میں لڑکیوں کا کالج فعال",
    "نوشکی میں پینے کے پانی کی نئی اسکیم",
    "کراچی میں سبزیوں کی قیمتوں میں کمی",
    "چترال میں برفانی چیتے کی تصویر کیمرے میں محفوظ",
    "ٹھٹھہ میں ساحلی کٹاؤ پر تشویش",
    "گلگت میں بجلی کی بندش کا نیا شیڈول",
    "راولاکوٹ میں کرکٹ ٹورنامنٹ کا فائنل آج",
    "سبی میلے کی تیاریاں آخری مراحل میں",
    "مردان میں گنے کے کاشتکاروں کا مطالبہ",
    "لورالائی میں سیب کی پیداوار میں اضافہ",
    "جیکب آباد میں گرمی سے بچاؤ کے مراکز",
    "کوہاٹ میں نئی سبزی منڈی کا افتتاح",
    "تربت میں یونیورسٹی کے داخلے شروع",
    "ہنزہ سے چیری کی برآمد کے لیے معاہدہ",
    "بدین میں نہری پانی کی قلت",
    "مانسہرہ میں جنگلات کی کٹائی کے خلاف مہم",
    "نوابشاہ میں کپاس کی چنائی کا آغاز",
]


class Picker:
    """Headlines drawn without repeats within one page."""

    def __init__(self, pool: list[str], rng: random.Random) -> None:
        self.items = pool[:]
        rng.shuffle(self.items)

    def take(self, n: int) -> list[str]:
        out, self.items = self.items[:n], self.items[n:]
        return out

    def one(self) -> str:
        return self.take(1)[0]


def links(items: list[str], item: str = "<li>{}</li>", href: str = "/story/") -> str:
    return "".join(
        item.format(f'<a href="{href}{i + 311}">{esc(h)}</a>') for i, h in enumerate(items)
    )


# --- page helpers --------------------------------------------------------------------------

SECTIONS = {
    "en": [
        "Home",
        "Pakistan",
        "Balochistan",
        "Sindh",
        "Khyber Pakhtunkhwa",
        "Gilgit-Baltistan",
        "Azad Kashmir",
        "Business",
        "Sport",
        "Opinion",
    ],
    "ur": [
        "صفحہ اول",
        "پاکستان",
        "بلوچستان",
        "سندھ",
        "خیبر پختونخوا",
        "گلگت بلتستان",
        "آزاد کشمیر",
        "کاروبار",
        "کھیل",
        "کالم",
    ],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "ur": "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
}


def human_date(s: Story) -> str:
    d = datetime.fromisoformat(s.date)
    month = MONTHS[s.lang].split()[d.month - 1]
    if s.lang == "ur":
        return f"{d.day} {month} {d.year}"
    return f"{month} {d.day}, {d.year}"


def dir_attr(s: Story) -> str:
    return ' dir="rtl"' if s.lang == "ur" else ' dir="ltr"'


def menu_items(s: Story, item: str, href: str = "/section/") -> str:
    return "".join(
        item.format(href=f"{href}{i}", text=esc(t)) for i, t in enumerate(SECTIONS[s.lang])
    )


def plain_menu(items: list[str], item: str, href: str = "/") -> str:
    return "".join(item.format(href=href + t.lower().replace(" ", "-"), text=esc(t)) for t in items)


def head(s: Story, site: str, url: str, extra: str = "", ld: bool = False) -> str:
    ld_json = ""
    if ld:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": s.date,
            "author": {"@type": "Person", "name": s.author},
            "publisher": {"@type": "Organization", "name": site},
            "inLanguage": s.lang,
        }
        ld_json = (
            '<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
            + "</script>"
        )
    return (
        '<head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(s.title)} | {esc(site)}</title>"
        f'<link rel="canonical" href="{url}">'
        f'<meta property="og:type" content="article"><meta property="og:title" '
        f'content="{esc(s.title)}"><meta property="og:url" content="{url}">'
        f'<meta property="og:site_name" content="{esc(site)}">'
        f'<meta name="author" content="{esc(s.author)}">'
        f'<meta property="article:published_time" content="{s.date}">'
        f"{ld_json}{extra}</head>"
    )


DEFAULT_TPL = {
    "p": "<p>{}</p>",
    "h": "<h2>{}</h2>",
    "q": "<blockquote><p>{}</p></blockquote>",
    "ul": "<ul>{}</ul>",
    "ol": "<ol>{}</ol>",
    "li": "<li>{}</li>",
    "table": "<table>{}</table>",
    "thead": "<thead>{}</thead>",
    "tbody": "<tbody>{}</tbody>",
    "tr": "<tr>{}</tr>",
    "th": "<th>{}</th>",
    "td": "<td>{}</td>",
    "tail": "<p>{}</p>",
}


class Renderer:
    """Turns story blocks into one layout's markup; ``first`` may restyle paragraph 0."""

    def __init__(self, first=None, **tpl: str) -> None:
        self.t = {**DEFAULT_TPL, **tpl}
        self.first = first

    def block(self, b: Block, i: int) -> str:
        t = self.t
        kind, data = b
        if kind == "p" and i == 0 and self.first is not None:
            return self.first(data)
        if kind in ("p", "h", "q"):
            return t[kind].format(esc(data))  # type: ignore[arg-type]
        if kind in ("ul", "ol"):
            return t[kind].format("".join(t["li"].format(esc(x)) for x in data))  # type: ignore[union-attr]
        rows = data  # table
        head_row = t["tr"].format("".join(t["th"].format(esc(c)) for c in rows[0]))  # type: ignore[index]
        body_rows = "".join(
            t["tr"].format("".join(t["td"].format(esc(c)) for c in r))
            for r in rows[1:]  # type: ignore[index]
        )
        return t["table"].format(t["thead"].format(head_row) + t["tbody"].format(body_rows))


def body_parts(s: Story, ins: dict, r: Renderer, wrap=None) -> tuple[list, list, list]:
    """Blocks with inside noise: noise before the first block (-1), after block i, after the
    last block ("last") and after the wire credit ("tail")."""
    w = wrap or (lambda html, kind: html)
    pre = [w(n.html, "noise") for n in ins.get(-1, [])]
    parts = []
    last = len(s.blocks) - 1
    for i, b in enumerate(s.blocks):
        chunk = [w(r.block(b, i), b[0])]
        chunk += [w(n.html, "noise") for n in ins.get(i, [])]
        if i == last:
            chunk += [w(n.html, "noise") for n in ins.get("last", [])]
        parts.append("\n".join(chunk))
    post = []
    if s.tail:
        post.append(w(r.t["tail"].format(esc(s.tail)), "tail"))
    post += [w(n.html, "noise") for n in ins.get("tail", [])]
    return pre, parts, post


def body_html(s: Story, ins: dict, r: Renderer, wrap=None) -> str:
    pre, parts, post = body_parts(s, ins, r, wrap)
    return "\n".join(pre + parts + post)


def slot(out: dict, key: str) -> str:
    return "\n".join(n.html for n in out.get(key, []))


def N(html: str, *strings: str) -> Noise:
    return Noise(html, list(strings))


# --- layout 0: Joomla 3 item page ----------------------------------------------------------


def joomla(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    r = Renderer(h="<h3>{}</h3>", q="<blockquote>{}</blockquote>", tail="<p><em>{}</em></p>")
    body = body_html(s, ins, r)
    menu = menu_items(s, '<li class="item-{href}"><a href="{href}">{text}</a></li>', "/index.php/")
    lang = "en-gb" if s.lang == "en" else "ur-pk"
    return f"""<!DOCTYPE html>
<html lang="{lang}"{dir_attr(s)}>
{head(s, site, url, '<meta name="generator" content="Joomla! - Open Source Content Management">')}
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="/"><span class="site-title" title="{esc(site)}">{esc(site)}</span></a>
</div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"></div>
<ul class="nav menu nav-pills mod-list">{menu}</ul></nav>
{slot(out, "top")}
<div class="row-fluid"><main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="{lang}" />
<div class="page-header"><h2 itemprop="headline">{esc(s.title)}</h2></div>
{slot(out, "icons")}
<dl class="article-info muted">
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by
<span itemprop="name">{esc(s.author)}</span></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>
<time datetime="{s.date}" itemprop="datePublished">Published: {human_date(s)}</time></dd>
{slot(out, "info")}
</dl>
<div itemprop="articleBody">
{body}
</div>
{slot(out, "after_body")}
</div>
</main>
<div id="aside" class="span3">{slot(out, "side")}</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />
<p class="pull-right"><a href="#top" id="back-top">Back to Top</a></p>
<p>&copy; 2026 {esc(site)}</p></div></footer>
</body></html>
"""


def plan_joomla(en: Picker, ur: Picker) -> tuple[dict, dict]:
    picked = en.take(3)
    also = en.one()
    prev_h, next_h = en.take(2)
    hot = en.take(5)
    beat = en.take(3)
    ins = {
        -1: [
            N(
                '<p><img src="/images/2026/03/desal-plant.jpg" alt="" /><br />'
                '<span style="font-size: 8pt;">Image: Jalal Dashti for Makran Coast Observer'
                "</span></p>",
                "Image: Jalal Dashti for Makran Coast Observer",
            )
        ],
        3: [
            N(
                '<div style="border:1px solid #ddd;padding:8px;margin:12px 0">'
                "<p><strong>Picked for you</strong></p>"
                f"<ul>{links(picked)}</ul></div>",
                "Picked for you",
                *picked,
            )
        ],
        "tail": [
            N(
                f'<p><strong>Also read:</strong> <a href="/index.php/coast/398">{esc(also)}</a></p>',
                "Also read:",
                also,
            )
        ],
    }
    out = {
        "top": [
            N(
                '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
                '<li>You are here: &#160;</li><li><a href="/">Home</a>'
                '<span class="divider">/</span></li><li><a href="/index.php/coast">'
                'Coast &amp; Ports</a><span class="divider">/</span></li>'
                '<li class="active"><span>Water</span></li></ul>',
                "You are here:",
                "Coast & Ports",
            )
        ],
        "icons": [
            N(
                '<div class="icons"><div class="btn-group pull-right">'
                '<button class="btn dropdown-toggle" type="button" data-toggle="dropdown">'
                '<span class="icon-cog"></span><span class="caret"></span></button>'
                '<ul class="dropdown-menu"><li class="print-icon">'
                '<a href="?tmpl=component&amp;print=1" rel="nofollow">'
                '<span class="icon-print"></span>Print this page</a></li>'
                '<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component">'
                '<span class="icon-envelope"></span>Send to a colleague</a></li></ul></div></div>',
                "Print this page",
                "Send to a colleague",
            )
        ],
        "info": [
            N(
                '<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>'
                '<meta itemprop="interactionCount" content="UserPageVisits:2318" />Hits: 2318</dd>',
                "Hits: 2318",
            )
        ],
        "after_body": [
            N(
                '<ul class="pager pagenav"><li class="previous">'
                f'<a href="/index.php/coast/410" rel="prev"><span class="icon-chevron-left"></span> '
                f"Earlier: {esc(prev_h)}</a></li>"
                f'<li class="next"><a href="/index.php/coast/413" rel="next">Later: {esc(next_h)} '
                '<span class="icon-chevron-right"></span></a></li></ul>',
                prev_h,
                next_h,
            )
        ],
        "side": [
            N(
                '<div class="moduletable"><h3>Hot this week</h3>'
                f'<ul class="mostread mod-list">{links(hot)}</ul></div>',
                "Hot this week",
                *hot,
            ),
            N(
                '<div class="moduletable"><h3>On the same beat</h3>'
                f'<ul class="relateditems mod-list">{links(beat)}</ul></div>',
                "On the same beat",
                *beat,
            ),
        ],
    }
    return ins, out


# --- layout 1: Django/Bootstrap regional daily (Urdu) ---------------------------------------


def django_daily(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    r = Renderer(
        h='<h2 class="h4 fw-bold mt-4">{}</h2>',
        q='<blockquote class="blockquote border-start border-4 ps-3">{}</blockquote>',
        table='<div class="table-responsive"><table class="table table-bordered table-sm">'
        "{}</table></div>",
        thead='<thead class="table-light">{}</thead>',
        tail='<p class="text-muted">{}</p>',
    )
    body = body_html(s, ins, r)
    menu = menu_items(
        s, '<li class="nav-item"><a class="nav-link" href="{href}/">{text}</a></li>', "/category/"
    )
    css = "bootstrap.rtl.min.css" if s.lang == "ur" else "bootstrap.min.css"
    extra = (
        f'<link rel="stylesheet" href="/static/vendor/{css}">'
        '<link rel="stylesheet" href="/static/css/site.3f9a1c2e.css">'
    )
    return f"""<!DOCTYPE html>
<html lang="{s.lang}"{dir_attr(s)}>
{head(s, site, url, extra, ld=True)}
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-dark"><div class="container">
<a class="navbar-brand" href="/">{esc(site)}</a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav"
aria-controls="mainNav" aria-expanded="false"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ms-auto">{menu}</ul></div>
</div></nav>
{slot(out, "top")}
<div class="container my-4"><div class="row">
<div class="col-lg-8">
{slot(out, "pre")}
<h1 class="display-6 fw-bold mb-2">{esc(s.title)}</h1>
<p class="text-muted small"><span>{esc(s.author)}</span> · <span>{human_date(s)}</span></p>
<div class="news-body fs-5 lh-lg">
{body}
</div>
{slot(out, "after")}
</div>
<div class="col-lg-4">{slot(out, "side")}</div>
</div></div>
<footer class="bg-light py-4 mt-5"><div class="container text-center small">
&copy; 2026 {esc(site)} — جملہ حقوق محفوظ ہیں</div></footer>
<script src="/static/vendor/bootstrap.bundle.min.js"></script>
</body></html>
"""


def plan_django(en: Picker, ur: Picker) -> tuple[dict, dict]:
    more = ur.one()
    prev_h, next_h = ur.take(2)
    most = ur.take(5)
    ins = {
        1: [
            N(
                f'<p class="fw-bold">مزید پڑھیے: <a href="/news/8841/">{esc(more)}</a></p>',
                "مزید پڑھیے:",
                more,
            )
        ],
        4: [
            N(
                '<div class="text-center my-3"><small class="text-muted">— اشتہار —</small>'
                '<div style="width:300px;height:250px;margin:auto;background:#eee"></div></div>',
                "— اشتہار —",
            )
        ],
        "tail": [
            N(
                '<div class="d-flex gap-2 my-3"><span>یہ خبر دوستوں تک پہنچائیں:</span> '
                '<a class="btn btn-success btn-sm" href="#">واٹس ایپ</a> '
                '<a class="btn btn-primary btn-sm" href="#">فیس بک</a> '
                '<a class="btn btn-dark btn-sm" href="#">ایکس</a></div>',
                "یہ خبر دوستوں تک پہنچائیں",
            )
        ],
    }
    out = {
        "top": [
            N(
                '<div class="bg-warning-subtle py-1"><div class="container small d-flex gap-3">'
                "<span>مٹھی: 31° دھوپ</span> <span>ہوا: 14 کلومیٹر فی گھنٹہ</span> "
                "<span>نمی: 22 فیصد</span></div></div>",
                "مٹھی: 31° دھوپ",
                "نمی: 22 فیصد",
            )
        ],
        "pre": [
            N(
                '<nav aria-label="breadcrumb"><ol class="breadcrumb">'
                '<li class="breadcrumb-item"><a href="/">صفحہ اول</a></li>'
                '<li class="breadcrumb-item"><a href="/category/thar/">تھر کی خبریں</a></li>'
                '<li class="breadcrumb-item active" aria-current="page">مویشی</li></ol></nav>',
                "تھر کی خبریں",
            )
        ],
        "after": [
            N('<p class="small text-muted">یہ خبر 3,412 بار پڑھی گئی</p>', "3,412 بار پڑھی گئی"),
            N(
                '<div class="d-flex justify-content-between border-top pt-3">'
                f'<a href="/news/8839/">« پچھلی خبر: {esc(prev_h)}</a> '
                f'<a href="/news/8843/">اگلی خبر: {esc(next_h)} »</a></div>',
                prev_h,
                next_h,
            ),
            N(
                '<div class="mt-4"><h4 class="h5">قارئین کی رائے (2)</h4>'
                '<div class="border-bottom py-2"><strong>محمد یوسف</strong> '
                "<small>2 گھنٹے پہلے</small><p>ہمارے گاؤں میں ابھی تک کوئی ٹیم نہیں آئی، "
                "براہ کرم توجہ دیں۔</p></div>"
                '<div class="border-bottom py-2"><strong>سنیتا مالہی</strong> '
                "<small>5 گھنٹے پہلے</small><p>بہت اچھا اقدام ہے، بروقت ویکسین سے بہت سے "
                "جانور بچ جائیں گے۔</p></div>"
                '<form method="post" action="/comments/post/">'
                '<input type="hidden" name="csrfmiddlewaretoken" value="q8Zr1mT0aVbX4kPf">'
                '<label class="form-label">اپنی رائے لکھیں</label>'
                '<textarea class="form-control" name="comment" rows="3"></textarea>'
                '<button class="btn btn-primary mt-2" type="submit">بھیجیں</button></form>'
                '<p class="small text-muted mt-2">ادارے کا قارئین کی آراء سے متفق ہونا ضروری '
                "نہیں۔</p></div>",
                "قارئین کی رائے",
                "ہمارے گاؤں میں ابھی تک کوئی ٹیم نہیں آئی",
                "بروقت ویکسین سے بہت سے جانور بچ جائیں گے",
                "اپنی رائے لکھیں",
                "ادارے کا قارئین کی آراء سے متفق ہونا ضروری نہیں",
            ),
        ],
        "side": [
            N(
                '<div class="card mb-3"><div class="card-header">سب سے زیادہ پڑھی گئی</div>'
                '<ul class="list-group list-group-flush">'
                + links(most, '<li class="list-group-item">{}</li>')
                + "</ul></div>",
                "سب سے زیادہ پڑھی گئی",
                *most,
            ),
            N(
                '<div class="card"><div class="card-body">ریگستان کی ایپ اپنے فون پر انسٹال '
                'کیجیے: <a href="#">اینڈرائیڈ</a> | <a href="#">آئی فون</a></div></div>',
                "ریگستان کی ایپ اپنے فون پر انسٹال کیجیے",
            ),
        ],
    }
    return ins, out


# --- layout 2: PHP portal of nested tables and font tags ------------------------------------


def php_tables(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    if s.lang == "ur":
        p_tpl = '<p align="right"><font face="Jameel Noori Nastaleeq" size="4">{}</font></p>'
        td_font = '<font face="Jameel Noori Nastaleeq" size="3">{}</font>'
    else:
        p_tpl = '<p align="justify"><font face="Verdana, Arial" size="2">{}</font></p>'
        td_font = '<font face="Verdana" size="2">{}</font>'
    r = Renderer(
        p=p_tpl,
        h='<p><font size="3" color="#990000"><b>{}</b></font></p>',
        table='<table border="1" cellpadding="4" cellspacing="0" bordercolor="#999999">{}</table>',
        thead="{}",
        tbody="{}",
        th='<td bgcolor="#DDDDDD"><b>' + td_font + "</b></td>",
        td="<td>" + td_font + "</td>",
        tail='<p><font face="Verdana" size="2"><i>{}</i></font></p>',
    )
    body = body_html(s, ins, r)
    menu = menu_items(
        s,
        '<td><font face="Verdana" size="2"><a href="{href}">{text}</a></font></td>',
        "news.php?cat=",
    )
    bdir = ' dir="rtl"' if s.lang == "ur" else ""
    extra = (
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<link href="style.css" rel="stylesheet" type="text/css">'
    )
    return f"""<html>
{head(s, site, url, extra)}
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"{bdir}>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td bgcolor="#003366" height="70">&nbsp;<font face="Georgia" size="6" color="#FFFFFF">
<b>{esc(site)}</b></font></td></tr>
<tr><td bgcolor="#CCCCCC"><table border="0" cellpadding="4" cellspacing="0"><tr>{menu}</tr>
</table></td></tr>
{slot(out, "top")}
<tr><td><table width="100%" border="0" cellpadding="6" cellspacing="0"><tr>
<td width="70%" valign="top">
<table width="100%" border="0" cellpadding="2" cellspacing="0">
<tr><td><font face="Verdana, Arial" size="4" color="#990000"><b>{esc(s.title)}</b></font></td></tr>
<tr><td><font face="Verdana" size="1" color="#666666">{esc(s.author)} | {human_date(s)}</font>
</td></tr>
{slot(out, "pre")}
<tr><td class="newstext">
{body}
</td></tr>
{slot(out, "after")}
</table>
</td>
<td width="30%" valign="top" bgcolor="#F4F4F4">{slot(out, "side")}&nbsp;</td>
</tr></table></td></tr>
<tr><td bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">
Copyright &copy; 2026 {esc(site)}. All rights reserved.</font></td></tr>
</table>
</body></html>
"""


def plan_php(en: Picker, ur: Picker) -> tuple[dict, dict]:
    ticker = en.take(3)
    teaser = en.one()
    top5 = en.take(5)
    ins = {
        0: [
            N(
                '<p align="center"><img src="images/news/olive_mill.jpg" width="400"><br>'
                '<font size="1" color="#666666">Photo by: Zhob Express / Nasir Kakar</font></p>',
                "Photo by: Zhob Express / Nasir Kakar",
            )
        ],
        2: [
            N(
                '<table width="100%" bgcolor="#EEEEEE" cellpadding="5"><tr><td>'
                f'<font face="Verdana" size="2"><b>{esc(teaser)}</b><br>'
                "District officials met elders on Sunday to settle the matter before the "
                'next session ... <a href="news_detail.php?id=8790">Read full story &raquo;</a>'
                "</font></td></tr></table>",
                teaser,
                "District officials met elders on Sunday to settle the matter",
                "Read full story",
            )
        ],
        "tail": [
            N(
                '<p><font size="1" color="#999999">This news has been read 812 times</font></p>',
                "has been read 812 times",
            )
        ],
    }
    out = {
        "top": [
            N(
                '<tr><td bgcolor="#FFFFCC"><font face="Verdana" size="2"><b>Latest:</b> '
                '<marquee scrollamount="3">'
                + " &nbsp;|&nbsp; ".join(esc(h) for h in ticker)
                + "</marquee></font></td></tr>",
                *ticker,
            )
        ],
        "pre": [
            N(
                '<tr><td><font face="Verdana" size="1"><a href="print.php?id=8812">[Print]</a> '
                '<a href="mailto.php?id=8812">[E-mail to friend]</a> '
                '<a href="#comments">[Comments]</a></font></td></tr>',
                "[Print]",
                "[E-mail to friend]",
            )
        ],
        "after": [
            N(
                '<tr><td><a name="comments"></a><table width="100%" bgcolor="#F9F9F9" '
                'cellpadding="4">'
                '<tr><td><font face="Verdana" size="2"><b>Readers\' Views</b></font></td></tr>'
                '<tr><td><font face="Verdana" size="2"><b>Gul Muhammad, Loralai:</b> Our area '
                "also has olive trees but nobody buys the fruit. Please open a mill here too."
                "</font></td></tr>"
                '<tr><td><font face="Verdana" size="2"><b>Saadia:</b> What is the price per '
                "bottle? Where can we buy it in Quetta?</font></td></tr>"
                '<tr><td><font size="1" color="#999999">Zhob Express is not responsible for the '
                "content of readers' views.</font></td></tr>"
                '<tr><td><form method="post" action="comment.php"><font size="2">Your name: '
                '<input type="text" name="name"> Your view: <textarea name="c"></textarea> '
                '<input type="submit" value="Post"></font></form></td></tr></table></td></tr>',
                "Readers' Views",
                "Our area also has olive trees but nobody buys the fruit",
                "What is the price per bottle?",
                "is not responsible for the content of readers' views",
                "Your view:",
            )
        ],
        "side": [
            N(
                '<table width="100%" border="0" cellpadding="3" cellspacing="0">'
                '<tr><td colspan="2" bgcolor="#003366"><font color="#FFFFFF" size="2">'
                "<b>Open Market Rates</b></font></td></tr>"
                '<tr><td><font size="2">US Dollar</font></td><td><font size="2">281.90 / 283.10'
                "</font></td></tr>"
                '<tr><td><font size="2">Saudi Riyal</font></td><td><font size="2">74.95 / 75.40'
                "</font></td></tr>"
                '<tr><td><font size="2">UAE Dirham</font></td><td><font size="2">76.70 / 77.15'
                "</font></td></tr></table><br>",
                "Open Market Rates",
                "281.90 / 283.10",
            ),
            N(
                '<table width="100%" border="0" cellpadding="3"><tr><td bgcolor="#990000">'
                '<font color="#FFFFFF" size="2"><b>Top 5 this week</b></font></td></tr>'
                + links(top5, '<tr><td><font size="2">{}</font></td></tr>', "news_detail.php?id=")
                + "</table>",
                "Top 5 this week",
                *top5,
            ),
        ],
    }
    return ins, out


# --- layout 3: Blogger (Urdu blog) -----------------------------------------------------------


def blogger(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    spacer = '<div dir="rtl" style="text-align: right;"><br /></div>'
    r = Renderer(
        p='<div dir="rtl" style="text-align: right;"><span style="font-family: &quot;Jameel '
        'Noori Nastaleeq&quot;; font-size: large;">{}</span></div>' + spacer,
        h='<h3 dir="rtl" style="text-align: right;">{}</h3>',
        ol='<ol dir="rtl" style="text-align: right;">{}</ol>',
        ul='<ul dir="rtl" style="text-align: right;">{}</ul>',
        q='<blockquote dir="rtl">{}</blockquote>',
        tail='<div dir="rtl" style="text-align: right;">{}</div>',
    )
    body = body_html(s, ins, r)
    menu = menu_items(s, '<li><a href="{href}">{text}</a></li>', "/search/label/")
    extra = (
        '<meta name="generator" content="blogger">'
        f'<link rel="alternate" type="application/atom+xml" title="{esc(site)} - Atom" '
        f'href="{url.split("/20")[0]}/feeds/posts/default">'
    )
    return f"""<!DOCTYPE html>
<html dir="rtl" lang="ur" class="v2">
{head(s, site, url, extra)}
<body class="variant-simple">
<div class="navbar no-items section" id="navbar"></div>
<div class="content"><div class="content-outer">
<header><div class="header-outer"><div class="Header widget" id="Header1">
<h1 class="title"><a href="/">{esc(site)}</a></h1>
<p class="description"><span>پہاڑوں، وادیوں اور لوگوں کی کہانیاں</span></p></div></div></header>
<div class="tabs-outer"><div class="PageList widget" id="PageList1"><ul>{menu}</ul></div></div>
{slot(out, "top")}
<div class="main-outer"><div class="columns fauxcolumns">
<div class="column-center-outer"><div class="main section" id="main">
<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{human_date(s)}</span></h2>
<div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope"
itemtype="http://schema.org/BlogPosting">
<a name="7712093345"></a>
<h3 class="post-title entry-title" itemprop="name">{esc(s.title)}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-7712093345" itemprop="description articleBody">
{body}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">منجانب <span class="fn" itemprop="author">{esc(s.author)}</span>
</span></div>{slot(out, "post_footer")}</div>
</div>
{slot(out, "comments")}
</div></div></div>
</div>
<div class="blog-pager" id="blog-pager">{slot(out, "pager")}</div>
</div></div></div>
<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1">
{slot(out, "side")}</div></div>
</div></div>
<footer><div class="footer-outer"><div class="Attribution widget" id="Attribution1">
{esc(site)} — بلاگر پر شائع شدہ</div></div></footer>
</div></div>
</body></html>
"""


def plan_blogger(en: Picker, ur: Picker) -> tuple[dict, dict]:
    also = ur.one()
    popular = ur.take(4)
    ins = {
        -1: [
            N(
                '<div class="separator" style="clear: both; text-align: center;">'
                '<a href="https://blogger.googleusercontent.example/img/a1/attabad.jpg">'
                '<img border="0" height="360" width="640" '
                'src="https://blogger.googleusercontent.example/img/a1/s640/attabad.jpg" /></a>'
                '</div><div style="text-align: center;"><span style="font-size: x-small;">'
                "تصویر: ہنزہ ڈائری / شیر باز علی</span></div>",
                "تصویر: ہنزہ ڈائری / شیر باز علی",
            )
        ],
        3: [
            N(
                '<div dir="rtl" style="text-align: right;"><b>اسے بھی پڑھیں:</b> '
                f'<a href="/2026/03/blog-post_19.html">{esc(also)}</a></div>',
                "اسے بھی پڑھیں:",
                also,
            )
        ],
        "last": [
            N(
                '<div dir="rtl" style="text-align: right;"><span style="color: #2b00fe;">'
                "ایسی مزید تحریروں کے لیے انسٹاگرام اور فیس بک پر ہنزہ ڈائری کو فالو کیجیے۔"
                "</span></div>",
                "ایسی مزید تحریروں کے لیے انسٹاگرام اور فیس بک پر ہنزہ ڈائری کو فالو کیجیے",
            )
        ],
    }
    out = {
        "top": [
            N(
                '<div id="cookieChoiceInfo" style="position:fixed;top:0;width:100%;'
                'background:#eee;padding:6px"><span>یہ بلاگ آپ کے براؤزر میں چھوٹی فائلیں محفوظ '
                "کرتا ہے تاکہ ٹریفک کا جائزہ لیا جا سکے۔</span> "
                '<a href="#">مزید تفصیل</a> <a href="#">ٹھیک ہے</a></div>',
                "یہ بلاگ آپ کے براؤزر میں چھوٹی فائلیں محفوظ کرتا ہے",
            )
        ],
        "post_footer": [
            N(
                '<div class="post-footer-line post-footer-line-2"><span class="post-labels">'
                'موضوعات: <a href="/search/label/hunza" rel="tag">ہنزہ</a>، '
                '<a href="/search/label/tourism" rel="tag">سیاحت</a>، '
                '<a href="/search/label/lake" rel="tag">جھیلیں</a></span></div>'
                '<div class="post-share-buttons goog-inline-block">'
                '<a class="share-button sb-email" href="#"><span class="share-button-link-text">'
                "ای میل بھیجیں</span></a> "
                '<a class="share-button sb-blog" href="#"><span class="share-button-link-text">'
                "اپنے بلاگ پر لگائیں</span></a> "
                '<a class="share-button sb-facebook" href="#"><span class="share-button-link-text">'
                "فیس بک پر بانٹیں</span></a></div>",
                "موضوعات:",
                "اپنے بلاگ پر لگائیں",
                "فیس بک پر بانٹیں",
            )
        ],
        "comments": [
            N(
                '<div class="comments" id="comments"><a name="comments"></a>'
                '<h4>اس تحریر پر 2 تبصرے</h4><div class="comments-content">'
                '<div class="comment"><cite class="user">نازیہ پروین</cite> '
                '<span class="datetime">12 اپریل 2026 کو 9:14 PM</span>'
                '<p class="comment-content">جیکٹ کی پابندی بہت ضروری تھی، پچھلے سال ہم نے خود '
                "دیکھا کہ لوگ بغیر حفاظت کے بیٹھے تھے۔</p>"
                '<span class="comment-actions"><a href="#">جواب دیں</a></span></div>'
                '<div class="comment"><cite class="user">گمنام</cite>'
                '<p class="comment-content">شام کے بعد پابندی سے مقامی کشتی والوں کی آمدنی کم '
                "ہو جائے گی۔</p></div></div>"
                '<p class="comment-footer"><a href="#">اپنی رائے یہاں درج کیجیے</a></p></div>',
                "اس تحریر پر 2 تبصرے",
                "پچھلے سال ہم نے خود دیکھا کہ لوگ بغیر حفاظت کے بیٹھے تھے",
                "شام کے بعد پابندی سے مقامی کشتی والوں کی آمدنی کم ہو جائے گی",
                "اپنی رائے یہاں درج کیجیے",
            )
        ],
        "pager": [
            N(
                '<span id="blog-pager-newer-link"><a class="blog-pager-newer-link" '
                'href="/2026/04/blog-post_14.html">اگلی تحریر</a></span> '
                '<span id="blog-pager-older-link"><a class="blog-pager-older-link" '
                'href="/2026/04/blog-post_8.html">پچھلی تحریر</a></span> '
                '<a class="home-link" href="/">مرکزی صفحہ</a>',
                "اگلی تحریر",
                "پچھلی تحریر",
            )
        ],
        "side": [
            N(
                '<div class="widget PopularPosts" id="PopularPosts1"><h2>مقبول ترین تحریریں</h2>'
                f'<div class="widget-content popular-posts"><ul>{links(popular)}</ul></div></div>',
                "مقبول ترین تحریریں",
                *popular,
            ),
            N(
                '<div class="widget"><h2>بلاگ کے پیروکار (214)</h2>'
                '<div class="widget-content"><a href="#">پیروی کریں</a></div></div>',
                "بلاگ کے پیروکار (214)",
            ),
        ],
    }
    return ins, out


# --- layout 4: Wix-like page of absolutely positioned rich-text boxes --------------------------


def wix(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    span = '<span class="wixui-rich-text__text">{}</span>'
    r = Renderer(
        p='<p class="font_8 wixui-rich-text__text">' + span + "</p>",
        h='<h2 class="font_2 wixui-rich-text__text">' + span + "</h2>",
        q='<blockquote class="font_8 wixui-rich-text__text">' + span + "</blockquote>",
        ul='<ul class="font_8 wixui-rich-text__text">{}</ul>',
        ol='<ol class="font_8 wixui-rich-text__text">{}</ol>',
        li='<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">'
        + span
        + "</p></li>",
    )
    state = {"y": 210, "n": 0}

    def wrap(html: str, kind: str) -> str:
        state["n"] += 1
        y = state["y"]
        state["y"] += 40 + 26 * (len(html) // 110 + 1)
        return (
            f'<div id="comp-lt{state["n"]:03d}k9" class="_2Hij5 _3bcaz wixui-rich-text" '
            f'data-testid="richTextElement" style="position:absolute;top:{y}px;left:60px;'
            f'width:860px">{html}</div>'
        )

    body = body_html(s, ins, r, wrap)
    height = state["y"] + 80
    menu = plain_menu(
        ["Home", "Journal", "Shop", "About", "Contact"],
        '<li><a class="_2o1Xu wixui-horizontal-menu__item-label" href="{href}">{text}</a></li>',
    )
    view_model = (
        '<script>window.viewerModel = {"siteFeatures":["dataWixCodeSdk","tpaCommons"],'
        '"language":"en","requestUrl":"' + url + '"};</script>'
    )
    return f"""<!DOCTYPE html>
<html lang="{s.lang}"{dir_attr(s)}>
{head(s, site, url, '<meta name="generator" content="Wix.com Website Builder">' + view_model)}
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ"></div>
<div id="BACKGROUND_GROUP"></div>
<header id="SITE_HEADER" class="xu9Tk wixui-header"><div class="_1nH3l">
<div id="comp-kx1logo" data-testid="richTextElement"><p class="font_6"><a href="/">{esc(site)}</a></p></div>
<div id="comp-kx1menu" class="StylableHorizontalMenu wixui-horizontal-menu" data-testid="linkBar">
<nav aria-label="Site"><ul>{menu}</ul></nav></div></div></header>
{slot(out, "top")}
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div id="c1dmp" class="_3CemL">
<div class="_2Ue7i" data-mesh-id="c1dmpinlineContent" style="position:relative;height:{height}px">
<div id="comp-lt000title" class="_2Hij5 wixui-rich-text" data-testid="richTextElement"
style="position:absolute;top:40px;left:60px;width:860px"><h1 class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text">{esc(s.title)}</span></h1></div>
<div id="comp-lt000byline" class="_2Hij5 wixui-rich-text" data-testid="richTextElement"
style="position:absolute;top:150px;left:60px;width:860px"><p class="font_9 wixui-rich-text__text">
{esc(s.author)} · {human_date(s)}</p></div>
{body}
</div></div>
{slot(out, "after")}
</div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div data-testid="richTextElement">
<p class="font_9">&copy; 2026 {esc(site)}. Made in the mountains.</p></div></footer>
</div></div>
</body></html>
"""


def plan_wix(en: Picker, ur: Picker) -> tuple[dict, dict]:
    also = en.one()
    recent = en.take(3)
    ins = {
        1: [
            N(
                '<p class="font_8">Fresh from the valley, once a month: leave your email for our '
                'harvest letter.</p><div data-testid="buttonElement"><a href="#">Count me in</a>'
                "</div>",
                "leave your email for our harvest letter",
                "Count me in",
            )
        ],
        3: [
            N(
                '<p class="font_8"><span style="font-weight:bold">You might also like →</span> '
                f'<a href="/post/{also[:12].lower().replace(" ", "-")}">{esc(also)}</a></p>',
                "You might also like",
                also,
            )
        ],
        "last": [
            N(
                '<div data-hook="share-buttons"><span>Pass this story on</span> '
                '<a aria-label="Facebook" href="#">f</a> <a aria-label="LinkedIn" href="#">in</a> '
                '<a aria-label="Email" href="#">✉</a></div>',
                "Pass this story on",
            )
        ],
    }
    cards = "".join(
        f'<div data-hook="post-list-item"><a href="/post/r{i}"><h3>{esc(h)}</h3></a>'
        f"<span>{i + 3} min read</span></div>"
        for i, h in enumerate(recent)
    )
    out = {
        "top": [
            N(
                '<div id="consent-banner-root"><div class="_3jvV3" role="dialog">'
                "<p>We keep a few crumbs of data about your visit so the journal loads faster "
                'next time. Is that all right?</p><button type="button">Yes, fine</button> '
                '<button type="button">Only the essentials</button></div></div>',
                "We keep a few crumbs of data about your visit",
            )
        ],
        "after": [
            N(
                '<section id="comp-recentposts"><h2 class="font_2">More from the journal</h2>'
                f'<div data-hook="post-list">{cards}</div></section>',
                "More from the journal",
                *recent,
            ),
            N(
                '<div id="comp-comments" data-testid="comments-widget"><h4>Comments</h4>'
                "<p>Comments are loading, give it a second…</p>"
                '<div><span>Add your thoughts</span> <input placeholder="Write here"></div></div>',
                "Comments are loading, give it a second",
                "Add your thoughts",
            ),
        ],
    }
    return ins, out


# --- layout 5: Squarespace-like blog, one sqs-block per paragraph --------------------------------


def squarespace(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    pre_p = '<p class="" style="white-space:pre-wrap;">{}</p>'
    r = Renderer(
        p=pre_p,
        h="<h3>{}</h3>",
        ol='<ol data-rte-list="default">{}</ol>',
        ul='<ul data-rte-list="default">{}</ul>',
        li="<li>" + pre_p + "</li>",
        q="<blockquote>{}</blockquote>",
    )
    counter = {"n": 0}

    def wrap(html: str, kind: str) -> str:
        counter["n"] += 1
        n = counter["n"]
        cls = "sqs-block html-block sqs-block-html"
        if html.startswith("<!--newsletter-->"):
            cls = "sqs-block newsletter-block sqs-block-newsletter"
        return (
            f'<div class="{cls}" data-block-type="2" '
            f'id="block-yui_3_17_2_1_1732615{n:03d}_{n * 7 + 11}"><div class="sqs-block-content">'
            f'<div class="sqs-html-content" data-sqsp-text-block-content>{html}</div></div></div>'
        )

    body = body_html(s, ins, r, wrap)
    menu = plain_menu(
        ["Journal", "Routes", "Field Notes", "About", "Contact"],
        '<div class="header-nav-item"><a href="{href}">{text}</a></div>',
    )
    extra = (
        "<!-- This is Squarespace. --><!-- lowland-walrus-8kd2 -->"
        '<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1a9c0e2b"},'
        '"collectionId":"6566f2a1"};</script>'
    )
    return f"""<!doctype html>
<html lang="en-US"{dir_attr(s)}>
{head(s, site, url, extra)}
<body id="item-6566f2" class="tweak-blog-item-width-narrow collection-type-blog view-item">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner">
<div class="header-title"><a href="/">{esc(site)}</a></div>
<nav class="header-nav"><div class="header-nav-list">{menu}</div></nav></div></header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections>
<section class="page-section"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry hentry post-type-text">
{slot(out, "top")}
<div class="blog-item-top-wrapper"><div class="blog-item-title">
<h1 class="entry-title entry-title--large p-name" data-content-field="title">{esc(s.title)}</h1></div>
<div class="blog-item-meta-wrapper"><span class="blog-author-name">{esc(s.author)}</span>
<time class="dt-published date-highlight" datetime="{s.date}">{human_date(s)}</time></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-6566f2">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
{body}
</div></div></div></div></div>
{slot(out, "after")}
</article></div>
</div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="content">
<p>&copy; 2026 {esc(site)}</p></div></section></footer>
</div>
</body></html>
"""


def plan_squarespace(en: Picker, ur: Picker) -> tuple[dict, dict]:
    prev_h, next_h = en.take(2)
    ins = {
        -1: [
            N(
                '<p style="text-align:center;font-size:11px;letter-spacing:2px">PARTNER MESSAGE</p>'
                '<div class="sqs-image-shape-container-element">'
                '<img src="/s/partner-banner.jpg" alt=""></div>',
                "PARTNER MESSAGE",
            )
        ],
        1: [
            N(
                '<!--newsletter--><div class="newsletter-form-header">'
                "<h2>Road reports, before the road closes</h2>"
                "<p>One short email whenever a pass opens, shuts or changes hours.</p></div>"
                '<form><input type="email" placeholder="Email Address">'
                '<button type="submit"><span>Put me on the list</span></button></form>',
                "Road reports, before the road closes",
                "One short email whenever a pass opens, shuts or changes hours",
                "Put me on the list",
            )
        ],
        4: [
            N(
                '<p class="" style="white-space:pre-wrap;"><em>Photograph © Sami Ullah / '
                "The Lowari Log</em></p>",
                "Photograph © Sami Ullah / The Lowari Log",
            )
        ],
        "last": [
            N(
                '<div style="border-top:1px solid #ccc;padding-top:12px">'
                '<img src="/s/author.jpg" width="60" alt=""><p><strong>Shahzeb Lal</strong></p>'
                "<p>Shahzeb Lal has driven the Dir–Chitral road in every season since 2011 and "
                "keeps this log for fellow travellers.</p></div>",
                "has driven the Dir–Chitral road in every season since 2011",
            )
        ],
    }
    out = {
        "after": [
            N(
                '<div class="blog-item-tags-wrapper"><span>Filed under</span> '
                '<a class="blog-item-tag" href="/journal?tag=chitral">Chitral</a>, '
                '<a class="blog-item-tag" href="/journal?tag=winter">Winter travel</a>, '
                '<a class="blog-item-tag" href="/journal?tag=roads">Mountain roads</a></div>',
                "Filed under",
                "Winter travel",
                "Mountain roads",
            ),
            N(
                '<section class="item-pagination item-pagination--prev-next">'
                '<a class="item-pagination-link item-pagination-link--prev" href="/journal/p1">'
                '<div class="item-pagination-prev-next">Previous</div>'
                f'<h2 class="item-pagination-title">{esc(prev_h)}</h2></a>'
                '<a class="item-pagination-link item-pagination-link--next" href="/journal/n1">'
                '<div class="item-pagination-prev-next">Next</div>'
                f'<h2 class="item-pagination-title">{esc(next_h)}</h2></a></section>',
                prev_h,
                next_h,
            ),
            N(
                '<div class="squarespace-comments"><div class="comment-header"><h3>2 Responses</h3>'
                '</div><div class="comment"><b>Irfan K.</b><p>Went through on the third and the '
                "queue on the southern side was two hours. Take snacks.</p></div>"
                '<div class="comment"><b>Mehreen</b><p>Does the patient rule cover a private car '
                "taking someone to hospital?</p></div>"
                '<a class="comment-btn" href="#">Leave a reply</a></div>',
                "2 Responses",
                "queue on the southern side was two hours. Take snacks",
                "Does the patient rule cover a private car",
                "Leave a reply",
            ),
        ],
    }
    return ins, out


# --- layout 6: Tumblr-like text post ---------------------------------------------------------


def tumblr(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    r = Renderer(tail="<p><small>{}</small></p>")
    body = body_html(s, ins, r)
    return f"""<!DOCTYPE html>
<html lang="{s.lang}"{dir_attr(s)}>
{head(s, site, url, '<meta name="tumblr-theme" content="quiet-paper">')}
<body>
{slot(out, "top")}
<div id="container">
<header id="header"><a href="/" class="blog-title">{esc(site)}</a>
<p class="description">notes, pictures and small news from the hills</p>
<nav><a href="/archive">Archive</a> <a href="/ask">Ask</a> <a href="/random">Random</a></nav></header>
<section id="posts"><article class="post text" id="post-7311284"><div class="post-inner">
<h2 class="title"><a href="{url}">{esc(s.title)}</a></h2>
<div class="post-meta-top"><span class="byline">posted by {esc(s.author)}</span> ·
<a class="date" href="{url}">{human_date(s)}</a></div>
<div class="body-text">
{body}
</div>
<footer class="post-footer">{slot(out, "post_footer")}</footer>
</div></article></section>
{slot(out, "after")}
<aside id="sidebar">{slot(out, "side")}</aside>
<footer id="footer">{esc(site)} · Theme: Quiet Paper · Powered by Tumblr</footer>
</div>
</body></html>
"""


def plan_tumblr(en: Picker, ur: Picker) -> tuple[dict, dict]:
    popular = en.take(3)
    ins = {
        0: [
            N(
                '<figure class="tmblr-full"><img src="https://64.media.tumblr.example/hives.jpg" '
                'alt=""></figure><p><small>photo: hive boxes near Sehnsa, taken by me, please '
                "credit if you repost</small></p>",
                "please credit if you repost",
            )
        ],
        2: [
            N(
                '<div><p style="font-size:10px;color:#999">sponsored · ads keep this blog free to '
                'read</p><div style="height:90px"></div></div>',
                "ads keep this blog free to read",
            )
        ],
        "last": [
            N(
                '<p><a href="/post/7299310/apiary-visit-bagh"><b>Read more from the apiary '
                "diaries:</b> A morning with the queen rearers of Bagh →</a></p>",
                "Read more from the apiary diaries",
                "A morning with the queen rearers of Bagh",
            )
        ],
    }
    out = {
        "top": [
            N(
                '<div style="position:fixed;top:0;right:0">'
                '<a href="/follow">+ Follow this blog</a> <a href="/register">Join Tumblr</a></div>',
                "Follow this blog",
                "Join Tumblr",
            )
        ],
        "post_footer": [
            N(
                '<div class="notes-count"><a href="#notes">64 notes</a></div>'
                '<div class="tags"><a href="/tagged/kotli">#kotli</a> '
                '<a href="/tagged/honey">#honey</a> <a href="/tagged/beekeeping">#beekeeping</a> '
                '<a href="/tagged/ajk">#azad kashmir</a></div>'
                '<div class="controls"><a class="reblog" href="#">Reblog</a> '
                '<a class="like" href="#">Like</a></div>',
                "64 notes",
                "#beekeeping",
            )
        ],
        "after": [
            N(
                '<ol class="notes" id="notes"><li class="note like">walnut-and-wool liked this</li>'
                '<li class="note reblog">pahari-kitchen reblogged this from honeytrail</li></ol>',
                "walnut-and-wool liked this",
                "reblogged this from honeytrail",
            ),
            N('<div id="disqus_thread"><p>Loading comments…</p></div>', "Loading comments…"),
        ],
        "side": [
            N(
                f"<div><h3>Most reblogged this month</h3><ul>{links(popular)}</ul></div>",
                "Most reblogged this month",
                *popular,
            )
        ],
    }
    return ins, out


# --- layout 7: Odoo website blog post -------------------------------------------------------


def odoo(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    r = Renderer(h="<h3>{}</h3>", q='<blockquote class="blockquote">{}</blockquote>')
    body = body_html(s, ins, r)
    menu = plain_menu(
        ["Home", "About us", "Projects", "Blog", "Contact us"],
        '<li class="nav-item" role="presentation"><a role="menuitem" href="{href}" '
        'class="nav-link"><span>{text}</span></a></li>',
    )
    extra = (
        '<meta name="generator" content="Odoo"/>'
        '<script>var odoo = {csrf_token: "a1f09c33e7b2d4", debug: ""};</script>'
    )
    return f"""<!DOCTYPE html>
<html lang="en-US" data-website-id="1" data-main-object="blog.post(38,)"{dir_attr(s)}>
{head(s, site, url, extra)}
<body>
<div id="wrapwrap">
<header id="top" data-anchor="true" data-name="Header" class="o_header_standard">
<nav data-name="Navbar" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc shadow-sm">
<div id="top_menu_container" class="container justify-content-start justify-content-lg-between">
<a href="/" class="navbar-brand logo me-4"><span role="img" aria-label="Logo of {esc(site)}"
title="{esc(site)}">{esc(site)}</span></a>
<ul id="top_menu" role="menu" class="nav navbar-nav o_menu_loading flex-grow-1">{menu}</ul>
</div></nav></header>
{slot(out, "top")}
<main><div id="wrap" class="js_blog website_blog">
<section id="o_wblog_post_top"><div id="title" class="blog_header">
<div data-name="Blog Post Cover" class="o_record_cover_container o_wblog_post_page_cover">
<div class="o_record_cover_component o_record_cover_image"
style="background-image: url(/web/image/1201-3ca2/cover.jpg);"></div>
<div class="container text-center position-relative h-100 d-flex flex-column">
<div class="o_wblog_post_title"><div id="o_wblog_post_name" class="h1"
data-oe-expression="blog_post.name">{esc(s.title)}</div></div>
<div class="text-center mb-2"><span>by</span> <span class="o_wblog_author">{esc(s.author)}</span>
<span class="text-muted"> on </span><time datetime="{s.date}">{human_date(s)}</time></div>
</div></div></div></section>
<section id="o_wblog_post_main" class="container pt-4 pb-5"><div class="o_container_small">
<div class="o_wblog_post_content">
<div data-editor-message="WRITE HERE OR DRAG BUILDING BLOCKS"
class="o_wblog_post_content_field o_wblog_read_text">
<section class="s_text_block pt8 pb8 o_colored_level" data-snippet="s_text_block" data-name="Text">
<div class="s_allow_columns container">
{body}
</div></section>
</div>
{slot(out, "after_content")}
</div></div></section>
{slot(out, "after")}
</div></main>
<footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc">
<div id="footer" class="oe_structure oe_structure_solo"><section class="s_text_block pt16 pb8">
<div class="container"><p>{esc(site)}</p></div></section></div>
<div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright"><div class="container py-3">
<span class="o_footer_copyright_name mr-2">Copyright &copy; {esc(site)}</span></div></div>
</footer></div>
</body></html>
"""


def plan_odoo(en: Picker, ur: Picker) -> tuple[dict, dict]:
    also = en.one()
    nxt = en.one()
    ins = {
        1: [
            N(
                '<p><span style="font-weight: bolder;">See also —</span> '
                f'<a href="/blog/news-2/x-31">{esc(also)}</a></p>',
                "See also —",
                also,
            )
        ],
        4: [
            N(
                '<section class="s_newsletter_block s_newsletter_list pt32 pb32" '
                'data-snippet="s_newsletter_block" data-list-id="3"><div class="container">'
                "<h3>The canal letter</h3><p>Each fortnight: water levels, closures and what they "
                'mean for growers. No spam.</p><div class="js_subscribe">'
                '<input type="email" class="form-control" placeholder="your email">'
                '<a role="button" href="#" class="btn btn-primary js_subscribe_btn">Add me</a>'
                "</div></div></section>",
                "The canal letter",
                "Each fortnight: water levels, closures and what they mean for growers",
            )
        ],
        "last": [
            N(
                '<div class="s_share text-start" data-snippet="s_share" data-name="Share">'
                "<span>Tell a neighbour about this post:</span> "
                '<a href="#" class="s_share_facebook"><i class="fa fa-facebook"></i></a> '
                '<a href="#" class="s_share_whatsapp"><i class="fa fa-whatsapp"></i></a></div>',
                "Tell a neighbour about this post",
            )
        ],
    }
    out = {
        "top": [
            N(
                '<div class="s_popup" data-name="Cookies Bar"><div class="modal-content">'
                '<section class="o_colored_level"><div class="container">'
                "<p>Our pages remember a little about how you move through them. You may refuse "
                "anything beyond the strictly necessary.</p>"
                '<a href="#" class="btn btn-outline-primary">Necessary only</a> '
                '<a href="#" class="btn btn-primary">Allow all</a></div></section></div></div>',
                "Our pages remember a little about how you move through them",
            )
        ],
        "after_content": [
            N(
                '<div class="o_wblog_post_tags"><span class="me-1">Topics</span> '
                '<a class="badge" href="/blog/tag/barrages-4">Barrages</a> '
                '<a class="badge" href="/blog/tag/kharif-2026-9">Kharif 2026</a></div>',
                "Kharif 2026",
            )
        ],
        "after": [
            N(
                '<section id="o_wblog_post_footer" class="mt-5"><div class="container">'
                '<div class="o_wblog_next_article"><span class="text-muted">Read this next</span>'
                f"<h2>{esc(nxt)}</h2>"
                '<a href="/blog/news-2/next-39">Continue to the next post</a></div></div></section>',
                "Read this next",
                nxt,
                "Continue to the next post",
            )
        ],
    }
    return ins, out


# --- layout 8: Drupal 9 university newsroom -------------------------------------------------


def drupal(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    r = Renderer(h="<h3>{}</h3>", table='<table class="table">{}</table>')
    body = body_html(s, ins, r)
    menu = plain_menu(
        ["About", "Admissions", "Faculties", "Research", "Newsroom", "Contact"],
        '<li class="menu-item"><a href="{href}">{text}</a></li>',
    )
    extra = (
        '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />'
        '<meta name="MobileOptimized" content="width" />'
        '<script type="application/json" data-drupal-selector="drupal-settings-json">'
        '{"path":{"baseUrl":"\\/","currentPath":"node\\/1842","currentLanguage":"en"}}</script>'
    )
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
{head(s, site, url, extra)}
<body class="path-node page-node-type-news">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-sitebranding">
<a href="/" rel="home">{esc(site)}</a></div></div>
<div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation">
<ul class="menu">{menu}</ul></nav></div></header>
{slot(out, "top")}
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-campus-content" class="block block-system block-system-main-block">
<article role="article" class="node node--type-news node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">
{esc(s.title)}</span></h1>
<div class="node__meta"><span class="field field--name-uid field--label-hidden">
<span>{esc(s.author)}</span></span> <span class="field field--name-created field--label-hidden">
<time datetime="{s.date}">{human_date(s)}</time></span></div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
{slot(out, "after_body")}
</div></article></div></div></div>
<aside class="layout-sidebar-second" role="complementary">{slot(out, "side")}</aside>
</main>
<footer role="contentinfo"><div class="region region-footer"><div id="block-footer">
<p>{esc(site)} · &copy; 2026</p></div></div></footer>
</div></div>
</body></html>
"""


def plan_drupal(en: Picker, ur: Picker) -> tuple[dict, dict]:
    ins = {
        0: [
            N(
                '<p><img src="/sites/default/files/2026-03/mangrove-plot.jpg" alt="" /></p>'
                "<p><em>Picture: University Communications / Aamir Chandio</em></p>",
                "University Communications / Aamir Chandio",
            )
        ],
        3: [
            N(
                "<div><h4>Related research</h4><ul>"
                '<li><a href="/news/2026/02/salt-tolerant-wheat">Soil scientists test '
                "salt-tolerant wheat near Badin</a></li>"
                '<li><a href="/news/2026/01/heat-islands">Students map heat islands in '
                "Hyderabad's old city</a></li></ul></div>",
                "Related research",
                "Soil scientists test salt-tolerant wheat near Badin",
                "Students map heat islands in Hyderabad's old city",
            )
        ],
        "last": [
            N(
                "<p><strong>About Kirthar Hills University</strong><br />Kirthar Hills University "
                "is a public university in Jamshoro with faculties of earth sciences, agriculture "
                "and engineering. It enrols about 9,000 students.</p>"
                "<p><strong>Media contact:</strong> Sadia Junejo, Office of Communications, "
                "media@khu.example</p>",
                "About Kirthar Hills University",
                "is a public university in Jamshoro with faculties",
                "Media contact:",
                "media@khu.example",
            )
        ],
    }
    out = {
        "top": [
            N(
                '<div class="region region-breadcrumb"><div id="block-breadcrumbs" '
                'class="block block-system block-system-breadcrumb-block">'
                '<nav class="breadcrumb" role="navigation"><ol><li><a href="/">Home</a></li>'
                '<li><a href="/news">Newsroom</a></li>'
                '<li><a href="/news/research">Research stories</a></li></ol></nav></div></div>',
                "Research stories",
            )
        ],
        "after_body": [
            N(
                '<div class="field field--name-field-topics field--label-inline">'
                '<div class="field__label">Topics</div><div class="field__items">'
                '<div class="field__item"><a href="/topics/coastal-ecology">Coastal ecology</a>'
                '</div><div class="field__item"><a href="/topics/sindh">Field research</a></div>'
                "</div></div>",
                "Coastal ecology",
                "Field research",
            ),
            N(
                '<div class="share-this"><span>Share this page:</span> <a href="#">Facebook</a> '
                '<a href="#">LinkedIn</a> <a href="#">Email</a></div>',
                "Share this page:",
            ),
        ],
        "side": [
            N(
                '<div class="views-element-container"><h2>Latest from the newsroom</h2>'
                '<div class="view-content">'
                '<div class="views-row"><a href="/news/a">Convocation dates announced for '
                "spring graduates</a></div>"
                '<div class="views-row"><a href="/news/b">Engineering students build low-cost '
                "water filter</a></div></div></div>",
                "Latest from the newsroom",
                "Convocation dates announced for spring graduates",
                "Engineering students build low-cost water filter",
            )
        ],
    }
    return ins, out


# --- layout 9: ASP.NET WebForms government department page -----------------------------------


def aspnet(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    r = Renderer(p="{}<br /><br />", h="<b>{}</b><br /><br />", tail="<i>{}</i><br /><br />")
    body = body_html(s, ins, r)
    rng = random.Random(s.slug)
    viewstate = "/wEPDwUKLTk" + base64.b64encode(rng.randbytes(420)).decode()
    validation = "/wEdAA" + base64.b64encode(rng.randbytes(90)).decode()
    menu = "".join(
        f'<li><a href="{p}.aspx">{t}</a></li>'
        for p, t in [
            ("Default", "Home"),
            ("AboutUs", "About the Department"),
            ("Services", "Services"),
            ("Tenders", "Tenders"),
            ("Downloads", "Forms"),
            ("MediaCentre", "News"),
            ("ContactUs", "Contact"),
        ]
    )
    side = slot(out, "side")
    side_td = f'<td width="220" valign="top" class="sideBar">{side}</td>' if side else ""
    news_id = url.rsplit("=", 1)[-1]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(s.title)} - {esc(site)}</title>
<link href="App_Themes/Default/Style.css" type="text/css" rel="stylesheet" /></head>
<body>
<form method="post" action="./NewsDetail.aspx?NewsID={news_id}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{validation}" />
</div>
<div id="wrapper">
<div id="header"><img src="images/banner.jpg" alt="" />
<span id="ctl00_lblDeptName" class="deptName">{esc(site)}</span></div>
<div id="menu"><ul id="ctl00_Menu1">{menu}</ul></div>
{slot(out, "top")}
<div id="content"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top" class="contentArea">
<div id="ctl00_ContentPlaceHolder1_pnlNews">
<h2><span id="ctl00_ContentPlaceHolder1_lblNewsTitle" class="newsTitle">{esc(s.title)}</span></h2>
<span id="ctl00_ContentPlaceHolder1_lblNewsDate" class="newsDate">{human_date(s)}</span> &nbsp;
<span id="ctl00_ContentPlaceHolder1_lblPostedBy" class="newsDate">Posted by: {esc(s.author)}</span>
<br /><br />
<span id="ctl00_ContentPlaceHolder1_lblNewsDetail" class="newsText">{body}</span>
{slot(out, "after_body")}
</div></td>
{side_td}
</tr></table></div>
<div id="footer"><span id="ctl00_lblFooter">Copyright &copy; 2026 {esc(site)}</span></div>
</div>
</form>
</body></html>
"""


def plan_aspnet(en: Picker, ur: Picker) -> tuple[dict, dict]:
    related = [
        "Veterinary officers posted to newly merged districts",
        "Poultry farmers' training held in Kohat",
        "Dairy cooperative registration opens in Swabi",
    ]
    rows = "".join(
        f'<tr><td><a href="NewsDetail.aspx?NewsID={4470 + i}">{esc(h)}</a></td>'
        f"<td>{10 + i:02d}/02/2026</td></tr>"
        for i, h in enumerate(related)
    )
    ins = {
        1: [
            N(
                "<i>(Photograph released by the Directorate's media cell)</i><br /><br />",
                "Photograph released by the Directorate's media cell",
            )
        ],
        2: [
            N(
                '<b>Related announcement:</b> <a href="NewsDetail.aspx?NewsID=4466">Tender notice '
                "for cold chain equipment extended</a><br /><br />",
                "Related announcement:",
                "Tender notice for cold chain equipment extended",
            )
        ],
        "last": [
            N(
                '<a id="ctl00_ContentPlaceHolder1_lnkPrint" href="javascript:__doPostBack('
                "'ctl00$ContentPlaceHolder1$lnkPrint','')\">Print Version</a> | "
                '<a id="ctl00_ContentPlaceHolder1_lnkEmail" href="javascript:__doPostBack('
                "'ctl00$ContentPlaceHolder1$lnkEmail','')\">Forward by Email</a><br /><br />",
                "Print Version",
                "Forward by Email",
            )
        ],
    }
    out = {
        "top": [
            N(
                '<div id="breadcrumb"><span id="ctl00_SiteMapPath1">'
                '<a href="#ctl00_SiteMapPath1_SkipLink"><img alt="" height="0" width="0" '
                'src="/WebResource.axd?d=sk1p" style="border-width:0px;" /></a>'
                '<span><a title="Home" href="/Default.aspx">Home</a></span><span> » </span>'
                '<span><a href="/MediaCentre.aspx">Media Centre</a></span><span> » </span>'
                '<span>Press Releases Archive</span><a id="ctl00_SiteMapPath1_SkipLink"></a>'
                "</span></div>",
                "Media Centre",
                "Press Releases Archive",
            )
        ],
        "after_body": [
            N(
                '<br /><table class="gridRelated" cellspacing="0" rules="all" border="1" '
                'id="ctl00_ContentPlaceHolder1_gvRelated" style="border-collapse:collapse;">'
                '<tr><th scope="col">Other Updates</th><th scope="col">Dated</th></tr>'
                f"{rows}</table>",
                "Other Updates",
                *related,
            )
        ],
        "side": [
            N(
                '<div class="sideBox"><h4>Stay connected</h4><p>Follow the Directorate on '
                "Facebook and X for field updates.</p></div>",
                "Follow the Directorate on Facebook and X",
            ),
            N(
                '<div class="sideBox"><span id="ctl00_lblCounterText">Visitors so far:</span> '
                '<span id="ctl00_lblCounter">0048213</span></div>',
                "Visitors so far:",
                "0048213",
            ),
        ],
    }
    return ins, out


# --- layout 10: TV channel page with player and Watch Live strip -------------------------------


def tv_channel(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    r = Renderer(h="<h3>{}</h3>", tail='<p class="wire">{}</p>')
    body = body_html(s, ins, r)
    menu = menu_items(s, '<li><a href="{href}">{text}</a></li>', f"/{s.lang}/category/")
    vid = url.rstrip("/").rsplit("/", 1)[-1]
    domain = url.split("/")[2]
    return f"""<!DOCTYPE html>
<html lang="{s.lang}"{dir_attr(s)}>
{head(s, site, url, "<script>window.dataLayer = window.dataLayer || [];</script>", ld=True)}
<body class="single-news">
<header class="tv-header"><div class="container"><a class="logo" href="/">{esc(site)}</a>
<nav class="tv-nav"><ul>{menu}</ul></nav></div></header>
{slot(out, "top")}
<div class="container"><div class="row">
<div class="col-main"><div class="news-detail">
<h1 class="news-title">{esc(s.title)}</h1>
<div class="news-meta"><span class="reporter">{esc(s.author)}</span>
<span class="time">{human_date(s)}</span></div>
<div class="player-wrap"><div class="jw-wrapper" id="player-{vid}">
<video preload="none" poster="/img/posters/{vid}.jpg" playsinline controls>
<source src="https://cdn.{domain}/vod/{vid}/master.m3u8" type="application/x-mpegURL"></video>
{slot(out, "player")}</div></div>
<div class="news-text">
{body}
</div>
{slot(out, "after_body")}
</div></div>
<div class="col-side">{slot(out, "side")}</div>
</div></div>
<footer class="tv-footer"><div class="container">&copy; 2026 {esc(site)}</div></footer>
</body></html>
"""


def plan_tv(en: Picker, ur: Picker) -> tuple[dict, dict]:
    ticker = ur.take(3)
    teaser = ur.one()
    videos = ur.take(3)
    trending = ur.take(4)
    ins = {
        -1: [
            N(
                '<p class="video-note">(یہ رپورٹ ہمارے نمائندے نے لاڑکانہ سے بھیجی، '
                "کیمرہ: سجاد بھٹو)</p>",
                "کیمرہ: سجاد بھٹو",
            )
        ],
        2: [
            N(
                f'<div><a href="/urdu/latest/41790"><img src="/img/t/41790.jpg" alt=""> '
                f"<span>{esc(teaser)}</span></a> "
                "<span>مکمل خبر پڑھیں ←</span></div>",
                teaser,
                "مکمل خبر پڑھیں",
            )
        ],
        "last": [
            N(
                "<p><strong>سندھ ویو کی ایپ اب اینڈرائیڈ اور آئی فون پر — خبریں اور لائیو "
                "نشریات ایک جگہ۔</strong></p>",
                "سندھ ویو کی ایپ اب اینڈرائیڈ اور آئی فون پر",
            )
        ],
    }
    out = {
        "top": [
            N(
                '<div class="live-strip"><div class="container">'
                '<a class="watch-live" href="/live">● Watch Live</a> '
                "<span>براہ راست نشریات جاری ہیں</span></div></div>"
                '<div class="ticker"><div class="container"><b>تازہ ترین:</b> '
                + " ◆ ".join(f"<span>{esc(h)}</span>" for h in ticker)
                + "</div></div>",
                "Watch Live",
                "براہ راست نشریات جاری ہیں",
                *ticker,
            )
        ],
        "player": [
            N(
                '<div class="jw-controlbar"><span>ویڈیو رپورٹ دیکھیں</span> '
                '<span class="jw-time">02:41</span> <span>پوری اسکرین</span></div>',
                "ویڈیو رپورٹ دیکھیں",
            )
        ],
        "after_body": [
            N(
                '<div class="comments-box"><h3>ناظرین کے تبصرے</h3>'
                '<p class="loading">تبصرے لوڈ ہو رہے ہیں…</p></div>',
                "ناظرین کے تبصرے",
                "تبصرے لوڈ ہو رہے ہیں…",
            )
        ],
        "side": [
            N(
                "<div><h3>متعلقہ ویڈیوز</h3><ul>"
                + "".join(
                    f'<li><a href="/urdu/video/{900 + i}">{esc(h)}</a> <span>0{i + 1}:1{i}</span></li>'
                    for i, h in enumerate(videos)
                )
                + "</ul></div>",
                "متعلقہ ویڈیوز",
                *videos,
            ),
            N(
                f"<div><h3>آج سب سے زیادہ دیکھی گئی</h3><ol>{links(trending)}</ol></div>",
                "آج سب سے زیادہ دیکھی گئی",
                *trending,
            ),
        ],
    }
    return ins, out


# --- layout 11: Urdu e-paper text view with column breaks ---------------------------------------


def epaper(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    r = Renderer(h='<h3 class="ep-sub">{}</h3>', tail='<p class="ep-credit">{}</p>')
    pre, parts, post = body_parts(s, ins, r)
    n = len(parts)
    cuts = [0, (n + 2) // 3, (2 * n + 2) // 3, n]
    for c in (1, 2):  # a column never ends on a sub-heading
        while s.blocks[cuts[c] - 1][0] == "h":
            cuts[c] -= 1
    cols = []
    for c in range(3):
        chunk = [n.html for n in ins.get(("col", c), [])] + parts[cuts[c] : cuts[c + 1]]
        if c == 0:
            chunk = pre + chunk
        if c == 2:
            chunk = chunk + post
        cols.append(f'<div class="ep-col" data-col="{c + 1}">' + "\n".join(chunk) + "</div>")
    columns = '\n<div class="ep-colbreak" aria-hidden="true"></div>\n'.join(cols)
    menu = menu_items(s, '<li><a href="{href}">{text}</a></li>', "/epaper/section/")
    return f"""<!DOCTYPE html>
<html lang="ur" dir="rtl">
{head(s, site, url)}
<body class="epaper">
<div class="ep-header"><a class="ep-logo" href="/">{esc(site)}</a> <span class="ep-sub">ای پیپر</span>
<ul class="ep-nav">{menu}</ul></div>
{slot(out, "top")}
<div class="ep-main"><div class="ep-clip-text" id="clip-7">
<h1 class="ep-headline">{esc(s.title)}</h1>
<div class="ep-byline">{esc(s.author)} — {human_date(s)}</div>
<div class="ep-columns">
{columns}
</div>
{slot(out, "after_body")}
</div>
<div class="ep-side">{slot(out, "side")}</div></div>
<div class="ep-footer">&copy; 2026 {esc(site)} — تمام حقوق محفوظ ہیں</div>
</body></html>
"""


def plan_epaper(en: Picker, ur: Picker) -> tuple[dict, dict]:
    same_page = ur.take(3)
    ins = {
        0: [
            N('<p class="ep-photo">فوٹو: چلتن / عبدالرزاق کاکڑ</p>', "فوٹو: چلتن / عبدالرزاق کاکڑ")
        ],
        # the jump line closes column one; the continuation head opens column two
        1: [N("<p><b>(بقیہ صفحہ 7 کالم 4 پر)</b></p>", "(بقیہ صفحہ 7 کالم 4 پر)")],
        ("col", 1): [N("<p><b>گیس پریشر (گزشتہ سے پیوستہ)</b></p>", "(گزشتہ سے پیوستہ)")],
        "last": [
            N(
                '<div><span>اس تراشے کو شیئر کریں:</span> <a href="#">واٹس ایپ</a> '
                '<a href="#">فیس بک</a> <a href="#">تراشہ محفوظ کریں</a></div>',
                "اس تراشے کو شیئر کریں",
                "تراشہ محفوظ کریں",
            )
        ],
    }
    out = {
        "top": [
            N(
                '<div class="ep-toolbar"><span>اشاعت: 12 جنوری 2026</span> | '
                "<span>کوئٹہ ایڈیشن — صفحہ 3</span> | "
                '<a href="/epaper/image/2026-01-12/3">اخبار کی اصل شکل میں دیکھیں</a> | '
                '<a href="/epaper/text/2026-01-12/page-2">پچھلا صفحہ</a> '
                '<a href="/epaper/text/2026-01-12/page-4">اگلا صفحہ</a></div>',
                "کوئٹہ ایڈیشن — صفحہ 3",
                "اخبار کی اصل شکل میں دیکھیں",
            )
        ],
        "after_body": [
            N(
                '<div class="ep-meter"><p>اس ماہ آپ کے 5 مفت صفحات میں سے 4 استعمال ہو چکے ہیں۔ '
                "پورا ای پیپر پڑھنے کے لیے ماہانہ رکنیت حاصل کریں۔</p>"
                '<a href="/subscribe">رکنیت کے منصوبے</a></div>',
                "5 مفت صفحات میں سے 4 استعمال ہو چکے ہیں",
                "رکنیت کے منصوبے",
            )
        ],
        "side": [
            N(
                '<div class="ep-widget"><h3>اوقات نماز — کوئٹہ</h3><table>'
                "<tr><td>فجر</td><td>5:58</td></tr><tr><td>ظہر</td><td>12:31</td></tr>"
                "<tr><td>عصر</td><td>3:22</td></tr><tr><td>مغرب</td><td>5:39</td></tr>"
                "<tr><td>عشاء</td><td>7:01</td></tr></table></div>",
                "اوقات نماز — کوئٹہ",
                "فجر 5:58",
            ),
            N(
                f'<div class="ep-widget"><h3>اسی صفحے کی دیگر خبریں</h3><ul>{links(same_page)}'
                "</ul></div>",
                "اسی صفحے کی دیگر خبریں",
                *same_page,
            ),
        ],
    }
    return ins, out


# --- layout 12: Facebook Instant Articles export ---------------------------------------------


def fb_instant(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    r = Renderer()
    body = body_html(s, ins, r)
    hero = slot(out, "hero") or '<figure><img src="https://{}/img/ia/{}.jpg" /></figure>'.format(
        url.split("/")[2], s.slug
    )
    return f"""<!doctype html>
<html lang="{s.lang}" prefix="op: http://media.facebook.com/op#">
<head><meta charset="utf-8"><link rel="canonical" href="{url}">
<meta property="op:markup_version" content="v1.0">
<meta property="fb:article_style" content="default">
<meta property="fb:use_automatic_ad_placement" content="enable=true ad_density=default">
<title>{esc(s.title)}</title></head>
<body>
<article>
<header>
{hero}
<h1>{esc(s.title)}</h1>
<time class="op-published" datetime="{s.date}">{human_date(s)}</time>
<address><a>{esc(s.author)}</a></address>
{slot(out, "header")}
</header>
{body}
<footer>
{slot(out, "footer")}
<small>&copy; 2026 {esc(site)}</small>
</footer>
</article>
</body></html>
"""


def plan_fb(en: Picker, ur: Picker) -> tuple[dict, dict]:
    related = en.take(3)
    ins = {
        1: [
            N(
                "<p>— Paid placement —</p>"
                '<figure class="op-ad"><iframe width="300" height="250" style="border:0;margin:0;" '
                'src="https://ads.poonchlens.example/ia/slot2"></iframe></figure>',
                "— Paid placement —",
            )
        ],
        3: [
            N(
                '<figure class="op-interactive"><iframe class="no-margin" width="320" height="180" '
                'src="https://poll.poonchlens.example/embed/88"></iframe>'
                "<figcaption>Reader poll: has your bill reached you late this winter?"
                "</figcaption></figure>",
                "Reader poll: has your bill reached you late this winter?",
            )
        ],
        "last": [
            N(
                "<p><strong>Like Poonch Daily Lens on Facebook to get the division's stories in "
                "your feed.</strong></p>",
                "to get the division's stories in your feed",
            )
        ],
    }
    out = {
        "hero": [
            N(
                '<figure><img src="https://poonchlens.example/img/bill-app.jpg" />'
                "<figcaption><cite>Photo: Tariq Sudhan / Poonch Daily Lens</cite></figcaption>"
                "</figure>",
                "Photo: Tariq Sudhan / Poonch Daily Lens",
            )
        ],
        "header": [
            N(
                '<figure class="op-ad"><iframe width="300" height="250" style="border:0;margin:0;" '
                'src="https://ads.poonchlens.example/ia/slot1"></iframe></figure>'
            )
        ],
        "footer": [
            N(
                '<ul class="op-related-articles" title="More from Poonch">'
                + links(related, "<li>{}</li>", "https://poonchlens.example/n/")
                + "</ul>",
                *related,
            )
        ],
    }
    return ins, out


# --- layout 13: Apple-News-like page rendered from a JSON document ----------------------------


def apple_news(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    def comp(role: str, inner: str) -> str:
        return f'<div class="anf-component" data-role="{role}">{inner}</div>'

    r = Renderer(
        p=comp("body", "<p>{}</p>"),
        h=comp("heading2", "<h2>{}</h2>"),
        q=comp("quote", "<blockquote><p>{}</p></blockquote>"),
        ul=comp("body", "<ul>{}</ul>"),
        ol=comp("body", "<ol>{}</ol>"),
        table=comp("htmltable", "<table>{}</table>"),
    )
    body = body_html(s, ins, r)
    components: list[dict] = [
        {"role": "title", "text": s.title},
        {"role": "byline", "text": f"By {s.author}"},
    ]
    for kind, data in s.blocks:
        if kind == "p":
            components.append({"role": "body", "text": data, "format": "none"})
        elif kind == "h":
            components.append({"role": "heading2", "text": data})
        elif kind == "q":
            components.append({"role": "quote", "text": data})
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{esc(x)}</li>" for x in data)  # type: ignore[union-attr]
            components.append(
                {"role": "body", "format": "html", "text": f"<{kind}>{items}</{kind}>"}
            )
        else:
            rows = "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>"
                for row in data  # type: ignore[union-attr]
            )
            components.append({"role": "htmltable", "html": f"<table>{rows}</table>"})
    doc = {
        "version": "1.12",
        "identifier": s.slug,
        "language": s.lang,
        "title": s.title,
        "metadata": {"datePublished": s.date, "authors": [s.author]},
        "components": components,
    }
    doc_json = json.dumps(doc, ensure_ascii=False).replace("</", "<\\/")
    extra = f'<script id="anf-document" type="application/json">{doc_json}</script>'
    menu = menu_items(s, '<a href="{href}">{text}</a> ', "/channel/")
    renderer_js = (
        '<script>window.__ANF_RENDERER__ = {"version":"1.12.3","lazyImages":true};</script>'
    )
    return f"""<!DOCTYPE html>
<html lang="{s.lang}"{dir_attr(s)}>
{head(s, site, url, extra)}
<body class="anf-reader"><div id="root">
<div class="anf-topbar"><a class="anf-channel" href="/">{esc(site)}</a>
<nav class="anf-sections">{menu}</nav></div>
{slot(out, "top")}
<div class="anf-article" data-layout="columns-7 width-1024" data-identifier="{s.slug}">
<div class="anf-component" data-role="title"><h1>{esc(s.title)}</h1></div>
<div class="anf-component" data-role="byline"><p>By {esc(s.author)} · {human_date(s)}</p></div>
{body}
</div>
{slot(out, "after")}
<div class="anf-footer"><p>&copy; 2026 {esc(site)}</p></div>
</div>
{renderer_js}
</body></html>
"""


def plan_apple(en: Picker, ur: Picker) -> tuple[dict, dict]:
    missed = en.take(3)
    hot = en.take(4)
    ins = {
        -1: [
            N(
                '<div class="anf-component" data-role="photo"><img src="/media/ghizer-mast.jpg" '
                'alt=""></div><div class="anf-component" data-role="caption">'
                "<p>Image credit: Northern Pulse / Yawar Abbas</p></div>",
                "Image credit: Northern Pulse / Yawar Abbas",
            )
        ],
        4: [
            N(
                '<div class="anf-component" data-role="banner_advertisement">'
                '<p class="anf-ad-label">ADVERTISEMENT</p>'
                '<div class="anf-ad-slot" style="height:250px"></div></div>',
                "ADVERTISEMENT",
            )
        ],
        7: [
            N(
                '<div class="anf-component" data-role="body"><p><em>Follow Northern Pulse in your '
                "news app for alerts when glacier warnings are issued.</em></p></div>",
                "Follow Northern Pulse in your news app",
            )
        ],
        "last": [
            N(
                '<div class="anf-component" data-role="container"><h3>You may have missed</h3>'
                f"<ul>{links(missed)}</ul></div>",
                "You may have missed",
                *missed,
            )
        ],
    }
    out = {
        "top": [
            N(
                '<div class="anf-smartbar"><p>Northern Pulse reads better in the app — offline '
                'pages, flood alerts, no clutter.</p><a href="#">Get it free</a></div>',
                "reads better in the app",
                "Get it free",
            )
        ],
        "after": [
            N(
                f'<div class="anf-more"><h3>Hot this week</h3><ol>{links(hot)}</ol></div>',
                "Hot this week",
                *hot,
            )
        ],
    }
    return ins, out


# --- layout 14: news app web share page ------------------------------------------------------


def app_share(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    r = Renderer(h='<h2 class="sp-h">{}</h2>', q='<blockquote class="sp-quote">{}</blockquote>')
    body = body_html(s, ins, r)
    menu = menu_items(s, '<a href="{href}">{text}</a> ', "/topic/")
    extra = (
        '<meta name="apple-itunes-app" content="app-id=000000000">'
        '<meta name="google-play-app" content="app-id=example.newsapp">'
    )
    return f"""<!DOCTYPE html>
<html lang="{s.lang}"{dir_attr(s)}>
{head(s, site, url, extra)}
<body class="share-page">
<header class="sp-header"><img src="/logo.svg" alt="" width="32">
<span class="sp-brand">{esc(site)}</span><nav class="sp-nav">{menu}</nav></header>
{slot(out, "top")}
<main class="sp-main"><div class="sp-card">
<h1 class="sp-title">{esc(s.title)}</h1>
<div class="sp-meta">{esc(s.author)} · {human_date(s)}</div>
<div class="sp-body">
{body}
</div>
{slot(out, "after_body")}
</div>
{slot(out, "after")}
</main>
<footer class="sp-footer">&copy; 2026 {esc(site)}</footer>
{slot(out, "sticky")}
</body></html>
"""


def plan_app_share(en: Picker, ur: Picker) -> tuple[dict, dict]:
    related = ur.one()
    picks = ur.take(3)
    cards = "".join(
        f'<div class="sp-rec"><a href="/s/r{i}">{esc(h)}</a><span>{i + 1} گھنٹے پہلے</span></div>'
        for i, h in enumerate(picks)
    )
    ins = {
        1: [
            N(
                "<div><p>براؤزر میں اس ہفتے آپ 3 میں سے 2 مفت خبریں پڑھ چکے ہیں۔ لامحدود مطالعے "
                "کے لیے ایپ میں لاگ اِن کریں۔</p></div>",
                "3 میں سے 2 مفت خبریں پڑھ چکے ہیں",
            )
        ],
        3: [
            N(
                f'<p><b>متعلقہ خبر:</b> <a href="/s/kQ81">{esc(related)}</a></p>',
                "متعلقہ خبر:",
                related,
            )
        ],
        "last": [
            N(
                f"<section><h2>آپ کے لیے چنی گئی خبریں</h2>{cards}</section>",
                "آپ کے لیے چنی گئی خبریں",
                *picks,
            )
        ],
    }
    out = {
        "top": [
            N(
                '<div class="sp-open-banner"><div>یہ خبر تازہ لمحہ ایپ میں زیادہ تیزی سے کھلتی ہے'
                '</div><a class="sp-btn" href="tazalamha://story/aB3kq9">Open in app</a>'
                '<a class="sp-close" href="#">✕</a></div>',
                "یہ خبر تازہ لمحہ ایپ میں زیادہ تیزی سے کھلتی ہے",
                "Open in app",
            )
        ],
        "after_body": [
            N(
                '<div class="sp-actions"><button>👍 پسند 214</button> <button>آگے بھیجیں</button> '
                "<button>محفوظ کریں</button></div>",
                "آگے بھیجیں",
                "پسند 214",
            )
        ],
        "sticky": [
            N(
                '<div class="sp-sticky"><a href="tazalamha://story/aB3kq9">ایپ میں جاری رکھیں</a> '
                '<a href="#">براؤزر میں رہیں</a><div class="sp-stores">'
                '<a href="#">Google Play سے حاصل کریں</a> <a href="#">App Store پر دستیاب</a>'
                "</div></div>",
                "ایپ میں جاری رکھیں",
                "Google Play سے حاصل کریں",
                "App Store پر دستیاب",
            )
        ],
    }
    return ins, out


# --- layout 15: press-release wire distribution page -----------------------------------------


def press_release(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    r = Renderer(h="<h3>{}</h3>", table='<table class="prw-table">{}</table>')
    body = body_html(s, ins, r)
    menu = "".join(
        f'<a href="/news-releases/{t.lower().replace(" ", "-")}">{t}</a> '
        for t in ["News releases", "Business", "Energy", "Education", "Health", "Agriculture"]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
{head(s, site, url)}
<body class="release-detail">
<header class="prw-header"><a class="prw-logo" href="/">{esc(site)}</a>
<nav class="prw-nav">{menu}</nav></header>
{slot(out, "top")}
<div class="prw-container"><div class="prw-release">
<h1 class="prw-title">{esc(s.title)}</h1>
<p class="prw-meta">News provided by <strong>{esc(s.author)}</strong> <span>|</span>
<time datetime="{s.date}">{human_date(s)}</time></p>
{slot(out, "pre")}
<div class="prw-release-body">
{body}
</div>
{slot(out, "after_body")}
</div>
<div class="prw-side">{slot(out, "side")}</div></div>
<footer class="prw-footer">&copy; 2026 {esc(site)} · Terms of use · Privacy</footer>
</body></html>
"""


def plan_press(en: Picker, ur: Picker) -> tuple[dict, dict]:
    ins = {
        -1: [
            N(
                '<div><img src="/media/thandak-orchard.jpg" alt=""><p>A Thandak unit in a date '
                "orchard near Panjgur (Photo: Sabzbagh Solar)</p></div>",
                "(Photo: Sabzbagh Solar)",
            )
        ],
        "last": [
            N(
                "<p><strong>About Sabzbagh Solar</strong></p>"
                "<p>Sabzbagh Solar (Private) Limited designs and assembles off-grid power and "
                "cooling equipment for farms, clinics and small shops in Balochistan and southern "
                "Sindh. Founded in Quetta in 2014, it has installed systems in more than 30 "
                "districts.</p>",
                "About Sabzbagh Solar",
                "designs and assembles off-grid power and cooling equipment",
            ),
            N(
                "<p><strong>Media contact</strong><br>Farhan Achakzai<br>Communications Manager, "
                "Sabzbagh Solar<br>press@sabzbagh.example<br>+92 81 000 0000</p>"
                "<p>SOURCE Sabzbagh Solar</p>",
                "Media contact",
                "Farhan Achakzai",
                "press@sabzbagh.example",
                "SOURCE Sabzbagh Solar",
            ),
        ],
    }
    out = {
        "top": [
            N(
                '<div class="prw-consent"><p>Cookies help us count readers and see which releases '
                'get picked up. Choose what we may store.</p><button type="button">Accept all'
                '</button> <button type="button">Settings</button></div>',
                "Cookies help us count readers and see which releases get picked up",
            ),
            N(
                '<div class="prw-crumbs"><a href="/news-releases">News releases</a> › '
                '<a href="/news-releases/energy">Energy &amp; Utilities</a> › '
                "<span>Sabzbagh Solar</span></div>",
                "Energy & Utilities",
            ),
        ],
        "pre": [
            N(
                '<div class="prw-share"><a href="#">Post to LinkedIn</a> '
                '<a href="#">Email this release</a> <a href="#">Print release</a></div>',
                "Post to LinkedIn",
                "Email this release",
                "Print release",
            )
        ],
        "after_body": [
            N(
                '<div class="prw-more"><h3>Other news from Sabzbagh Solar</h3><ul>'
                '<li><a href="/n/301877">Sabzbagh Solar opens service centre in Turbat</a></li>'
                '<li><a href="/n/299410">Sabzbagh Solar and growers\' group sign pilot agreement'
                "</a></li></ul></div>",
                "Other news from Sabzbagh Solar",
                "Sabzbagh Solar opens service centre in Turbat",
                "Sabzbagh Solar and growers' group sign pilot agreement",
            )
        ],
        "side": [
            N(
                '<div class="prw-box"><h4>Release alerts</h4><p>Pick an industry and we will '
                "email you new releases as they cross the wire.</p>"
                '<input type="email"><button type="button">Sign me up</button></div>',
                "Release alerts",
                "we will email you new releases as they cross the wire",
                "Sign me up",
            )
        ],
    }
    return ins, out


# --- layout 16: magazine long-read with drop cap and pull quotes --------------------------------


def magazine(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    def first(text: str) -> str:
        return f'<p class="lf-first"><span class="dropcap">{esc(text[0])}</span>{esc(text[1:])}</p>'

    r = Renderer(
        first=first,
        h='<h2 class="lf-sub">{}</h2>',
        q='<blockquote class="lf-quote"><p>{}</p></blockquote>',
        table='<figure class="lf-table"><table>{}</table></figure>',
    )
    body = body_html(s, ins, r)
    menu = "".join(
        f'<a href="/{t.lower().replace(" ", "-")}">{t}</a> '
        for t in ["Features", "Essays", "Photo stories", "Archive", "About"]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
{head(s, site, url, '<link rel="stylesheet" href="/assets/longform.css">', ld=True)}
<body class="template-longform">
<header class="mag-masthead"><a class="mag-logo" href="/">{esc(site)}</a>
<nav class="mag-nav">{menu}</nav></header>
{slot(out, "top")}
<article class="longform">
<header class="lf-header"><h1 class="lf-title">{esc(s.title)}</h1>
<div class="lf-byline">By <span class="lf-author">{esc(s.author)}</span> ·
<time datetime="{s.date}">{human_date(s)}</time></div>{slot(out, "header")}</header>
<div class="lf-body">
{body}
</div>
{slot(out, "after_body")}
</article>
<footer class="mag-footer"><p>&copy; 2026 {esc(site)}</p></footer>
</body></html>
"""


def plan_magazine(en: Picker, ur: Picker) -> tuple[dict, dict]:
    ins = {
        1: [
            N(
                '<figure class="lf-figure"><img src="/img/lf/planks.jpg" alt="">'
                "<figcaption>Kamran Baloch for The Long Shore</figcaption></figure>",
                "Kamran Baloch for The Long Shore",
            )
        ],
        3: [
            # A pull quote repeats body text, so it cannot be listed as a noise string.
            N(
                '<aside class="pullquote"><p>“The wood tells you where it wants to bend.”</p>'
                "</aside>"
            )
        ],
        8: [
            N(
                "<div><p>Also in this issue</p>"
                '<a href="/features/sukkur-fish-auction">Night shift at the Sukkur fish auction'
                '</a><br><a href="/features/uniform-tailors">The tailors who stitch Karachi\'s '
                "school uniforms</a></div>",
                "Also in this issue",
                "Night shift at the Sukkur fish auction",
                "The tailors who stitch Karachi's school uniforms",
            )
        ],
        10: [
            N(
                '<aside class="pullquote"><p>“Tell them to come when the boat is launched.”</p></aside>'
            )
        ],
        "last": [
            N(
                "<div><p><em>Zubaida Memon writes about work and the coast. Her "
                "last piece for the magazine followed the crab catchers of Sandspit.</em></p></div>",
                "writes about work and the coast",
                "followed the crab catchers of Sandspit",
            )
        ],
    }
    out = {
        "top": [
            N(
                '<div class="mag-meter"><p>You have 2 free long reads left this month. Subscribers '
                'get every issue in print and online.</p><a href="/subscribe">See subscription '
                "offers</a></div>",
                "You have 2 free long reads left this month",
                "See subscription offers",
            )
        ],
        "header": [
            N(
                '<div class="lf-photo-credit">Photographs by Kamran Baloch</div>',
                "Photographs by Kamran Baloch",
            )
        ],
        "after_body": [
            N(
                "<div><h3>The Sunday long read</h3><p>One story, no headlines, in your email every "
                'Sunday morning.</p><input type="email"><button type="button">Send it to me'
                "</button></div>",
                "The Sunday long read",
                "One story, no headlines",
                "Send it to me",
            ),
            N(
                "<section><h3>Letters and comments (2)</h3>"
                '<div class="c"><b>Yasmin R.</b><p>My grandfather sailed a boat from this yard. '
                "Thank you for writing about these men.</p></div>"
                '<div class="c"><b>Ahsan Qureshi</b><p>Is there any way to visit the yard before '
                "April? I teach carpentry and would like to bring students.</p></div>"
                '<p class="c-note">Comments are checked by an editor before they appear. Views '
                "are the commenters' own.</p>"
                '<a href="#respond">Add a comment</a></section>',
                "Letters and comments",
                "My grandfather sailed a boat from this yard",
                "Is there any way to visit the yard before April?",
                "Comments are checked by an editor before they appear",
                "Add a comment",
            ),
        ],
    }
    return ins, out


# --- layout 17: text-only low-bandwidth lite page ----------------------------------------------


def lite(s: Story, site: str, url: str, ins: dict, out: dict) -> str:
    r = Renderer(h="<h3>{}</h3>")
    body = body_html(s, ins, r)
    domain = url.split("/")[2].removeprefix("lite.")
    links_bar = " | ".join(
        f'<a href="/lite/{i}">{esc(t)}</a>' for i, t in enumerate(SECTIONS[s.lang][:5])
    )
    return f"""<!DOCTYPE html>
<html lang="{s.lang}"{dir_attr(s)}>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(s.title)} - {esc(site)}</title>
<style>body{{font:16px/1.7 serif;max-width:40em;margin:auto;padding:0 8px}}a{{color:#00c}}</style>
</head>
<body>
<p><b>{esc(site)}</b> — لائٹ ورژن<br>{links_bar}</p>
{slot(out, "top")}
<hr>
<h1>{esc(s.title)}</h1>
<p><small>{esc(s.author)} — {human_date(s)}</small></p>
{body}
<hr>
{slot(out, "after")}
<p><small><a href="https://{domain}/">مکمل ویب سائٹ</a> | &copy; 2026 {esc(site)}</small></p>
</body></html>
"""


def plan_lite(en: Picker, ur: Picker) -> tuple[dict, dict]:
    bare = ur.one()
    nxt = ur.one()
    most = ur.take(5)
    ins = {
        2: [N(f'<p>» <a href="/story/5521">{esc(bare)}</a></p>', bare)],
        4: [
            N(
                "<p><small>روزانہ کی اہم خبریں ایس ایم ایس پر پانے کے لیے WADI لکھ کر 8000 پر "
                "بھیجیں۔</small></p>",
                "WADI لکھ کر 8000 پر بھیجیں",
            )
        ],
        "last": [
            N(
                f'<p>اگلی خبر پڑھیں ›› <a href="/story/5531">{esc(nxt)}</a></p>',
                "اگلی خبر پڑھیں",
                nxt,
            )
        ],
    }
    out = {
        "top": [
            N(
                "<p><small>مینگورہ: 11° بادل — کالام: 2° برف باری</small></p>",
                "مینگورہ: 11° بادل",
                "کالام: 2° برف باری",
            ),
            N(
                "<p><small>ڈیٹا بچت موڈ: یہ صفحہ صرف 9 کلوبائٹ کا ہے۔ "
                '<a href="?img=1">تصاویر دکھائیں</a></small></p>',
                "ڈیٹا بچت موڈ",
                "تصاویر دکھائیں",
            ),
        ],
        "after": [
            N(
                f"<p><b>آج کی پانچ مقبول خبریں</b></p><ol>{links(most)}</ol>",
                "آج کی پانچ مقبول خبریں",
                *most,
            ),
            N(
                "<p>ٹیلی گرام پر وادی ٹائمز کو فالو کریں: @wadi_lite</p>",
                "ٹیلی گرام پر وادی ٹائمز کو فالو کریں",
            ),
        ],
    }
    return ins, out


# --- the page table ------------------------------------------------------------------------

LAYOUTS = {
    "joomla": (joomla, plan_joomla),
    "django_daily": (django_daily, plan_django),
    "php_tables": (php_tables, plan_php),
    "blogger_urdu": (blogger, plan_blogger),
    "wix": (wix, plan_wix),
    "squarespace": (squarespace, plan_squarespace),
    "tumblr": (tumblr, plan_tumblr),
    "odoo": (odoo, plan_odoo),
    "drupal_university": (drupal, plan_drupal),
    "aspnet_gov": (aspnet, plan_aspnet),
    "tv_channel": (tv_channel, plan_tv),
    "epaper_urdu": (epaper, plan_epaper),
    "fb_instant": (fb_instant, plan_fb),
    "apple_news": (apple_news, plan_apple),
    "app_share": (app_share, plan_app_share),
    "press_release": (press_release, plan_press),
    "magazine": (magazine, plan_magazine),
    "lite": (lite, plan_lite),
}

# Block kinds each layout can carry faithfully (the others render everything).
ONLY_TEXT = {"aspnet_gov": {"p", "h"}, "epaper_urdu": {"p", "h"}}

# layout, (noisy story, site, url), (clean story, site, url)
PAGE_TABLE = [
    (
        "joomla",
        (
            "gwadar-desalination",
            "Makran Coast Observer",
            "https://makrancoast.example/index.php/coast/412-gwadar-desalination-plant",
        ),
        (
            "poonch-bill-app",
            "Poonch Valley Post",
            "https://poonchpost.example/index.php/poonch/977-bill-app",
        ),
    ),
    (
        "django_daily",
        (
            "tharparkar-livestock",
            "روزنامہ ریگستان",
            "https://registan.example/news/2026/08/14/tharparkar-livestock-vaccination/",
        ),
        (
            "swat-trout-farms",
            "روزنامہ آبشار",
            "https://abshar.example/news/2026/08/30/swat-trout-farms/",
        ),
    ),
    (
        "php_tables",
        (
            "zhob-olive-oil",
            "Zhob Express Online",
            "https://zhobexpress.example/news_detail.php?id=8812",
        ),
        (
            "tharparkar-livestock",
            "تھر نامہ",
            "https://tharnama.example/urdu/news_detail.php?id=3391",
        ),
    ),
    (
        "blogger_urdu",
        (
            "attabad-boating-rules",
            "ہنزہ ڈائری",
            "https://hunzadiary.blogspot.example/2026/04/attabad-boating-rules.html",
        ),
        (
            "quetta-gas-pressure",
            "کوئٹہ کی آواز",
            "https://quettakiawaz.blogspot.example/2026/01/gas-pressure.html",
        ),
    ),
    (
        "wix",
        (
            "hunza-apricot-dryers",
            "Hunza Harvest Journal",
            "https://www.hunzaharvest.example/post/apricot-drying-centre-aliabad",
        ),
        (
            "lowari-timetable",
            "Chitral Road Notes",
            "https://www.chitralroad.example/post/lowari-winter-timetable",
        ),
    ),
    (
        "squarespace",
        (
            "lowari-timetable",
            "The Lowari Log",
            "https://lowarilog.example/journal/2026/11/28/lowari-tunnel-winter-timetable",
        ),
        (
            "hunza-apricot-dryers",
            "Mountain Market Stories",
            "https://mountainmarket.example/stories/2026/7/21/aliabad-apricot-dryers",
        ),
    ),
    (
        "tumblr",
        (
            "kotli-honey",
            "Honey Trail Kashmir",
            "https://honeytrail.tumblr.example/post/7311284/kotli-honey-harvest",
        ),
        (
            "zhob-olive-oil",
            "Zhob Valley Scrapbook",
            "https://zhobscrapbook.tumblr.example/post/6120457/zhob-olive-oil",
        ),
    ),
    (
        "odoo",
        (
            "sukkur-barrage-gates",
            "Indus Water Watch",
            "https://induswaterwatch.example/blog/news-2/sukkur-barrage-gate-repairs-38",
        ),
        (
            "sabzbagh-cold-box",
            "Sabzbagh Solar",
            "https://sabzbagh.example/blog/newsroom-1/thandak-cold-box-launch-12",
        ),
    ),
    (
        "drupal_university",
        (
            "keti-bandar-mangroves",
            "Kirthar Hills University",
            "https://khu.example/news/2026/03/mangrove-cover-rises-keti-bandar",
        ),
        ("kotli-honey", "Jhelum Valley University", "https://jvu.example/news/kotli-honey-harvest"),
    ),
    (
        "aspnet_gov",
        (
            "bannu-vaccination",
            "Khyber Pakhtunkhwa Livestock Services Directorate",
            "https://livestock.kp.example/NewsDetail.aspx?NewsID=4481",
        ),
        (
            "sukkur-barrage-gates",
            "Sindh Barrages and Canals Wing",
            "https://barrages.sindh.example/NewsDetail.aspx?NewsID=1207",
        ),
    ),
    (
        "tv_channel",
        ("larkana-dialysis", "سندھ ویو نیوز", "https://sindhview.example/urdu/latest/41822"),
        ("gwadar-desalination", "Coastal 24 News", "https://coastal24.example/en/latest/19034"),
    ),
    (
        "epaper_urdu",
        (
            "quetta-gas-pressure",
            "روزنامہ کوہ چلتن",
            "https://chiltan.example/epaper/text/2026-01-12/page-3/clip-7",
        ),
        (
            "larkana-dialysis",
            "روزنامہ سرسبز سندھ",
            "https://sarsabzsindh.example/epaper/text/2026-06-10/page-2/clip-4",
        ),
    ),
    (
        "fb_instant",
        (
            "poonch-bill-app",
            "Poonch Daily Lens",
            "https://poonchlens.example/ia/rawalakot-bill-app",
        ),
        ("bannu-vaccination", "Bannu Bulletin", "https://bannubulletin.example/ia/fmd-vaccination"),
    ),
    (
        "apple_news",
        ("ghizer-sirens", "Northern Pulse", "https://northernpulse.example/a/ghizer-sirens-9f3k2"),
        (
            "ibrahim-hyderi-boatbuilders",
            "Sea Wall Review",
            "https://seawallreview.example/a/wooden-boats-7h2m1",
        ),
    ),
    (
        "app_share",
        ("muzaffarabad-library", "تازہ لمحہ", "https://share.tazalamha.example/s/aB3kq9"),
        ("attabad-boating-rules", "چوٹیاں", "https://share.chotiyan.example/s/Zx81pq"),
    ),
    (
        "press_release",
        (
            "sabzbagh-cold-box",
            "Indus Release Network",
            "https://indusreleases.example/news-releases/sabzbagh-solar-thandak-302118.html",
        ),
        (
            "keti-bandar-mangroves",
            "Campus Wire Pakistan",
            "https://campuswire.example/releases/khu-mangrove-study-55102.html",
        ),
    ),
    (
        "magazine",
        (
            "ibrahim-hyderi-boatbuilders",
            "The Long Shore",
            "https://longshore.example/features/wooden-boat-builders-ibrahim-hyderi",
        ),
        (
            "ghizer-sirens",
            "Highland Quarterly",
            "https://highlandquarterly.example/features/ghizer-glacier-sirens",
        ),
    ),
    (
        "lite",
        ("swat-trout-farms", "وادی ٹائمز", "https://lite.wadi.example/story/5530"),
        ("muzaffarabad-library", "جہلم کنارے", "https://lite.jehlumkinare.example/story/2214"),
    ),
]


# --- self-check ----------------------------------------------------------------------------


SKIP_TAGS = frozenset(
    [
        "head",
        "script",
        "style",
        "title",
        "noscript",
        "template",
        "iframe",
        "video",
        "audio",
        "textarea",
        "select",
        "svg",
    ]
)
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "table",
        "br",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "main",
        "figure",
        "figcaption",
        "blockquote",
        "form",
        "hr",
        "dl",
        "dt",
        "dd",
        "center",
        "address",
        "body",
        "html",
        "thead",
        "tbody",
        "marquee",
        "button",
        "label",
    ]
)


class VisibleText(HTMLParser):
    """Text a reader would see: no head, scripts, styles, media or form fields."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in SKIP_TAGS:
            self.depth += 1
        elif tag in BLOCK_TAGS:
            self.out.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.depth = max(0, self.depth - 1)
        elif tag in BLOCK_TAGS:
            self.out.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.depth:
            self.out.append(data)


def norm(text: str) -> str:
    return " ".join(text.split())


def visible_text(page: str) -> str:
    parser = VisibleText()
    parser.feed(page)
    parser.close()
    return norm("".join(parser.out))


def fail(msg: str) -> None:
    raise SystemExit(f"make_heldout19: self-check failed: {msg}")


def check_page(name: str, s: Story, page: str, noise: list[Noise]) -> None:
    text = visible_text(page)
    for line in s.lines():
        if norm(line) not in text:
            fail(f"{name}: body line not visible: {line[:60]!r}")
    guarded = [norm(x).lower() for x in [*s.lines(), s.title]]
    for n in noise:
        for string in n.strings:
            if norm(string) not in text:
                fail(f"{name}: noise string not visible: {string!r}")
            low = norm(string).lower()
            if any(low in g for g in guarded):
                fail(f"{name}: noise string occurs in body or title: {string!r}")


def check_table() -> None:
    if len(PAGE_TABLE) != 18 or {row[0] for row in PAGE_TABLE} != set(LAYOUTS):
        fail("every layout must appear exactly once in the page table")
    noisy = [row[1][0] for row in PAGE_TABLE]
    clean = [row[2][0] for row in PAGE_TABLE]
    if sorted(noisy) != sorted(BY_SLUG) or sorted(clean) != sorted(BY_SLUG):
        fail("every story must be written once noisy and once clean")
    for layout, (noisy_slug, *_), (clean_slug, *_) in PAGE_TABLE:
        if noisy_slug == clean_slug:
            fail(f"{layout}: a story's two pages must use different layouts")
        for slug in (noisy_slug, clean_slug):
            kinds = {k for k, _ in BY_SLUG[slug].blocks}
            if layout in ONLY_TEXT and not kinds <= ONLY_TEXT[layout]:
                fail(f"{layout}: {slug} has blocks this layout cannot carry: {kinds}")
    for s in STORIES:
        if not 5 <= len(s.blocks) <= 14 or not 5 <= len(s.lines()) <= 14:
            fail(f"{s.slug}: {len(s.blocks)} blocks, {len(s.lines())} lines (want 5-14)")
    if sum(s.lang == "ur" for s in STORIES) != 6:
        fail("want six Urdu stories")
    if sum(s.agency is not None for s in STORIES) < 3:
        fail("want at least three wire stories")


# --- main ----------------------------------------------------------------------------------


def build() -> list[tuple[str, str, str, Story, list[Noise]]]:
    check_table()
    rng = random.Random(1919)
    pages = []
    for k, (layout, noisy, clean) in enumerate(PAGE_TABLE):
        render, plan = LAYOUTS[layout]
        slug, site, url = noisy
        s = BY_SLUG[slug]
        ins, out = plan(Picker(EN_HEADS, rng), Picker(UR_HEADS, rng))
        noise = [n for group in [*ins.values(), *out.values()] for n in group]
        page = render(s, site, url, ins, out)
        name = f"noisy-{k:02d}-{layout}"
        check_page(name, s, page, noise)
        pages.append((name, url, page, s, noise))
        slug, site, url = clean
        s = BY_SLUG[slug]
        page = render(s, site, url, {}, {})
        name = f"clean-{k:02d}-{layout}"
        check_page(name, s, page, [])
        pages.append((name, url, page, s, []))
    return pages


def main() -> None:
    pages = build()  # everything is checked before anything is written
    for name, url, page, s, noise in pages:
        write_page(SPLIT, name, url, page, s.article(), noise)
    print(f"wrote {len(pages)} pages to pages/{SPLIT}/")


if __name__ == "__main__":
    main()
