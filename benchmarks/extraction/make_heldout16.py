"""Write the sixteenth held-out set to pages/heldout16/, written BLIND.

Blind: the only files read while writing this generator were
benchmarks/extraction/fixturekit.py, benchmarks/extraction/make_heldout.py and
benchmarks/extraction/make_heldout2.py, for the page, truth and noise conventions and the
helper API. No extraction code, configuration, tests, other generators, existing pages or
results were opened, and no extractor was run on these pages.

What is new: nineteen layouts none of the earlier sets used, each carrying one noisy and one
clean page: an Arc XP-like page with data-fusion attributes and its story JSON in a script, a
Brightspot-like page with Enhancement modules and bsp-* elements, a Sitecore SXA-like page
where every block (and the noise) sits in the same "component rich-text" wrapper, an Adobe
AEM-like responsive grid / parsys page with one cmp-text component per block, a Bitrix
news.detail page in Urdu, a Contentful-rendered React page with data-testids and hashed
class names, a Webflow page (w- classes, w-richtext), a Mailchimp-like campaign archive
built from nested tables, a Google-Docs-like "published to the web" document whose runs are
split across spans and whose byline looks like the body, a LinkedIn-article-like reader
page, Facebook Instant Articles markup (op-* classes, no site chrome), an Apple News Format
web preview with data-role components, an RSS reader's saved-item export, a Telegram
channel web preview with several messages of which one is the story (and a single-message
embed for the clean page), a WhatsApp-forwarded press note pasted in a <pre>, a Jupyter
notebook HTML export (markdown cells, a code cell, pilcrow heading anchors), an old Urdu
site built from <font face> and <center> with <br>-separated paragraphs, a sidebar-heavy
portal whose right rail comes first in the source and holds more text than the story, and
a Ning-like community blog post. Noise is worded afresh in English and Urdu: related and
recommended lists, teasers, trending and most-read lists, newsletter, app and
push-notification prompts, share widgets, author bio boxes, comment sections, prompts,
disclaimers and "loading" placeholders, cookie banners, photo credits given as text,
sponsor labels, paywall notes, pagers, corrections boilerplate, donation appeals, "listen"
players, reading-time labels and print/save/text-size toolbars, plus layout-native noise
(other Telegram messages, forwarded-chain lines inside the <pre>, the archive bar and footer
of the newsletter, a notebook code cell, an old hit counter and marquee, prayer times and
bullion rates in the portal rail). It is placed outside the article container and inside
it: before the first block, between blocks, right after the last block and after the wire
credit, mostly in blocks without a telling class or id; in some layouts inside noise is
wrapped exactly like the body blocks.

Body lines: every text block of the story is one line of the truth: a paragraph, a
sub-heading, a block quote, each item of a bulleted or numbered list, and each row of a
table (its cells joined by single spaces, the header row included). The title, byline,
date and a wire credit shown after the body are never body. Clean pages carry no noise,
and every story's body has sentences about reading, sharing, following, comments,
subscriptions, apps, newsletters, photos, advertisements, sponsors or members, and a few
one-line paragraphs, so that wording alone does not tell body from noise.

Everything is invented: every outlet, person, agency, headline, comment and sentence.
Only the place names are real. Six of the nineteen stories are in Urdu (right to left),
with ZWNJ and Arabic-Indic digits in some of them.

The generator checks itself: each recorded noise string is in the page's visible text and
not in its body, each body line is in the visible text, and no clean page shows any noise
string recorded anywhere in the set.

Run: python benchmarks/extraction/make_heldout16.py  (deterministic; it checks itself and
fails loudly if a check does not hold).
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from operator import attrgetter

from fixturekit import Article, Noise, esc, write_page

SPLIT = "heldout16"
SLOT = "[[]]"
BEFORE = -1
AFTER_TAIL = 10_000


# --- stories -----------------------------------------------------------------------------


@dataclass
class Block:
    """One text block of a story; each row becomes one line of the truth."""

    kind: str  # p, h, q, ul, ol, table
    rows: list[list[str]]

    def lines(self) -> list[str]:
        return [" ".join(row) for row in self.rows]


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

    def article(self) -> Article:
        lines = [line for block in self.blocks for line in block.lines()]
        return Article(
            self.slug,
            self.title,
            self.author,
            self.date,
            lines,
            tail=self.tail,
            agency=self.agency,
            place=self.place,
            lang=self.lang,
        )


def para(text: str) -> Block:
    return Block("p", [[text]])


def sub(text: str) -> Block:
    return Block("h", [[text]])


def quote(text: str) -> Block:
    return Block("q", [[text]])


def bullets(*items: str) -> Block:
    return Block("ul", [[item] for item in items])


def steps(*items: str) -> Block:
    return Block("ol", [[item] for item in items])


def grid(*rows: tuple[str, ...]) -> Block:
    return Block("table", [list(row) for row in rows])


ZWNJ = "\u200c"

STORIES = [
    Story(
        "ziarat-juniper",
        "Ziarat nursery raises juniper seedlings for slopes cut bare by firewood collectors",
        "Shazia Tareen",
        "2026-03-09T08:40:00+05:00",
        [
            para(
                "ZIARAT, March 9 (Chiltan Newswire) — A forest nursery on the edge of Ziarat "
                "town has raised forty thousand juniper seedlings this winter, the largest batch "
                "since it opened, to replant slopes stripped for firewood over two decades."
            ),
            para(
                "Juniper trees here grow only a few centimetres a year, and some of the oldest "
                "in the valley are thought to be thousands of years old, which makes every lost "
                "tree hard to replace."
            ),
            sub("Why the seedlings take so long"),
            para(
                "Nursery staff collect berries in autumn, soak them for weeks and then wait up "
                "to two years before the first shoots are strong enough to be moved uphill."
            ),
            quote(
                "“A juniper does not care about our budget cycles. It reads the seasons, not "
                "the calendar,” said Gul Bibi Panezai, who has run the seed beds for eleven "
                "years."
            ),
            sub("What the forest department plans"),
            bullets(
                "Plant twelve thousand seedlings on the northern slopes before the monsoon",
                "Pay village guards to watch the new plots for three years",
                "Hand out gas cylinders to two hundred households that now burn wood",
                "Publish a yearly count of the surviving trees",
            ),
            para(
                "Forest officials said the yearly count would be posted on the department's app "
                "and read out at village meetings, so that families could follow how many of "
                "the young trees survive."
            ),
            para(
                "A local hotel association has offered to sponsor the guards' wages for the "
                "first year in exchange for having its name painted on the nursery gate."
            ),
            para("Not everyone is convinced."),
            para(
                "Some herders said the fenced plots cut across grazing routes their families "
                "have used for generations, and asked for gaps in the fences before the flocks "
                "move uphill in May."
            ),
        ],
        tail="Reporting by Shazia Tareen; editing by Bilal Achakzai",
        agency="Chiltan Newswire",
        place="Ziarat",
    ),
    Story(
        "passu-glacier",
        "Passu villagers log a rising glacier lake with a tape measure and a phone group",
        "Ishrat Karim",
        "2026-06-14T17:05:00+05:00",
        [
            para(
                "GILGIT, June 14 (Karakoram Newswire) — Volunteers in Passu have begun measuring "
                "the level of a meltwater lake above the village twice a day, after early June "
                "heat sent water spilling over a moraine wall last week."
            ),
            para(
                "The readings are shared in a phone group with about three hundred members, "
                "including shepherds on the high pastures and the village council."
            ),
            sub("Readings so far"),
            grid(
                ("Date", "Morning level", "Evening level"),
                ("June 8", "2.1 m", "2.4 m"),
                ("June 10", "2.3 m", "2.9 m"),
                ("June 12", "2.6 m", "3.2 m"),
            ),
            para(
                "The volunteers say the evening figure matters most, because the lake fills "
                "fastest after the afternoon sun."
            ),
            quote(
                "“We are not scientists, but we can read a tape measure, and we can read the "
                "sky,” said Aftab Ullah Beg, a schoolteacher who leads the group."
            ),
            sub("What happens if the water rises"),
            steps(
                "A siren on the mosque roof is sounded three times",
                "Families below the old channel walk to the school on the ridge",
                "The council calls the district disaster office",
                "Volunteers stay off the moraine until daylight",
            ),
            para(
                "District officials said they would install an automatic gauge next month, but "
                "villagers asked that the manual readings continue, saying they trust what they "
                "can see with their own eyes."
            ),
            para(
                "The council has printed the steps on posters, and a local photographer's "
                "pictures of the overflow are pinned to the noticeboard so that newcomers "
                "understand the danger."
            ),
            para("So far nobody has been hurt."),
        ],
        tail="— Karakoram Newswire",
        agency="Karakoram Newswire",
        place="Gilgit",
    ),
    Story(
        "turbat-dates",
        "Kech date growers test a shared cold room to hold prices after the harvest glut",
        "Hani Gichki",
        "2026-08-27T11:20:00+05:00",
        [
            para(
                "TURBAT: A cooperative of date growers in Kech district has rented a cold room on "
                "the edge of Turbat, hoping to hold back part of the harvest until prices "
                "recover from the usual late-summer slump."
            ),
            para(
                "Growers say traders from Karachi arrive in August knowing that fresh dates "
                "cannot wait, and offer prices that barely cover the cost of picking."
            ),
            sub("Prices at the Turbat market this week"),
            grid(
                ("Variety", "Per maund last year", "Per maund this week"),
                ("Begum Jangi", "Rs 9,000", "Rs 6,500"),
                ("Muzawati", "Rs 7,500", "Rs 5,200"),
                ("Aab-e-Dandan", "Rs 6,000", "Rs 4,100"),
            ),
            para(
                "The cooperative has eighty-four members, each allowed to store up to twenty "
                "maunds for six weeks at a fixed fee."
            ),
            quote(
                "“If we can hold on for a month, the buyer has to come back to us, not the other "
                "way round,” said Karim Bakhsh Rind, who chairs the cooperative."
            ),
            para(
                "The cold room runs on a diesel generator at night, and members are sharing the "
                "fuel bill according to how much each has stored."
            ),
            sub("Doubts over the cost"),
            para(
                "Some smaller growers said the storage fee was more than they could afford, and "
                "that the cooperative should have found a sponsor before signing the lease."
            ),
            para(
                "The agriculture department said it would study the scheme and print its "
                "findings in the farm newsletter it sends to growers each month."
            ),
            para("The lease runs until October."),
        ],
        place="Turbat",
    ),
    Story(
        "khaplu-school",
        "Khaplu girls' school turns a storeroom into a reading room with donated books",
        "Tahira Balti",
        "2026-04-06T09:00:00+05:00",
        [
            para(
                "A government girls' high school in Khaplu has turned a disused storeroom into "
                "a reading room, filling its shelves with more than two thousand books given by "
                "families, teachers and former pupils."
            ),
            para(
                "The room opens for an hour before classes and for two hours after, and the "
                "headmistress says it is full almost every afternoon."
            ),
            sub("How the shelves were filled"),
            bullets(
                "Former pupils in Karachi and Lahore sent books by bus",
                "A retired teacher gave his whole collection of Balti poetry",
                "Pupils raised money by selling apricot jam at the autumn fair",
                "A bookshop in Skardu sent a box of Urdu novels every month",
            ),
            para(
                "Pupils take turns keeping the lending register, and each class elects two "
                "members to a library committee that chooses which new books to ask for."
            ),
            quote(
                "“I read my first English novel here, in a room that used to hold broken "
                "chairs,” said Ruqia, a ninth-grade pupil."
            ),
            para(
                "Teachers say they follow one simple rule: any girl who finishes a book must "
                "tell her class about it in three sentences."
            ),
            para(
                "There have been no advertisements for the room and no sponsors; word has "
                "spread among parents, several of whom now drop in to borrow books for "
                "themselves."
            ),
            para("The school hopes to add a second room next year."),
        ],
    ),
    Story(
        "dalbandin-solar",
        "Solar mini-grid lights up a village near Dalbandin after years on kerosene",
        "Waleed Jamaldini",
        "2026-01-22T15:45:00+05:00",
        [
            para(
                "DALBANDIN, Jan 22 (Makran Press Service): A solar mini-grid switched on this "
                "week in a village forty kilometres from Dalbandin, bringing electric light to "
                "about ninety homes that had relied on kerosene lamps and car batteries."
            ),
            para(
                "The grid was built by a district cooperative with a loan from a provincial "
                "energy fund and is run by two young men from the village who trained in Quetta."
            ),
            sub("How the grid was built"),
            steps(
                "Surveyors counted households and mapped the lanes in March",
                "Panels and batteries were trucked in from Quetta over the summer",
                "Villagers working in shifts put up the poles and cables",
                "Meters were fitted in each home before the switch-on",
            ),
            para(
                "Households pay a monthly subscription of four hundred rupees, which the "
                "operators collect at the mosque after Friday prayers."
            ),
            para(
                "Each subscriber can check the balance through a basic phone app, though most "
                "prefer to ask the operators in person."
            ),
            quote(
                "“My children used to do homework by the light of a phone screen. Now they "
                "argue about who gets the desk lamp,” said Mir Hasil Sanjrani, a shopkeeper."
            ),
            para(
                "Engineers warned that dust storms could cut the panels' output by a third "
                "unless they are cleaned every week."
            ),
            para("The village wants a fan for the school next."),
        ],
        tail="(Makran Press Service)",
        agency="Makran Press Service",
        place="Dalbandin",
    ),
    Story(
        "chitral-kalash",
        "Kalash valleys publish visitor guidelines ahead of the spring festival",
        "Nargis Shah",
        "2026-05-02T12:30:00+05:00",
        [
            para(
                "CHITRAL: Elders and the district tourism office in the Kalash valleys have "
                "published guidelines for visitors ahead of the spring festival in May, after "
                "residents complained of crowds pushing into homes and ceremonies."
            ),
            para(
                "The guidelines were drawn up at a meeting in Bumburet attended by village "
                "elders, hotel owners and young volunteers who will act as guides."
            ),
            sub("What visitors are asked to do"),
            bullets(
                "Ask before taking photos of people, especially women and children",
                "Stay outside the sacred sites marked with painted stones",
                "Leave drones at the hotel during the dancing",
                "Hire a local guide for walks beyond the main village",
            ),
            para(
                "Volunteers said the rule on photos was the one they expected to be broken most "
                "often, and that they would politely ask visitors to delete pictures taken "
                "without consent."
            ),
            quote(
                "“People share our pictures across the world but rarely ask us first. We just "
                "want to be asked,” said Shaira Bibi, one of the volunteers."
            ),
            para(
                "Hotel owners agreed to print the guidelines on room cards and to read them out "
                "to tour groups on arrival."
            ),
            sub("Numbers expected"),
            para(
                "The tourism office expects about six thousand visitors over the four days of "
                "the festival, roughly the same as last year."
            ),
            para(
                "Members of the valley's youth committee will count cars at the check post each "
                "morning and post the figures on a noticeboard in the bazaar."
            ),
            para("Tickets are not required."),
        ],
        place="Chitral",
    ),
    Story(
        "mithi-radio",
        "Community radio in Mithi reaches Thar villages on a shoestring budget",
        "Sapna Meghwar",
        "2026-02-11T19:10:00+05:00",
        [
            para(
                "MITHI, Tharparkar: A small community radio station run from two rooms above a "
                "tailor's shop in Mithi now broadcasts six hours a day to villages across the "
                "desert, with programmes in Dhatki, Sindhi and Urdu."
            ),
            para(
                "Its presenters are volunteers, among them a retired schoolteacher, a camel "
                "trader and two college students who read the weather and market prices each "
                "morning."
            ),
            sub("What listeners hear"),
            bullets(
                "Rain and well-water reports phoned in by villagers",
                "Prices of goats, guar and chillies at the Mithi market",
                "Health advice recorded with doctors from the district hospital",
                "Folk songs requested by listeners",
            ),
            para(
                "The station is paid for by a handful of local sponsors and by short "
                "advertisements read on air for seed shops and bus companies."
            ),
            quote(
                "“Our listeners do not follow us on any app. They follow us by turning a "
                "dial,” said the station manager, Gordhan Das Maheshwari."
            ),
            para(
                "Callers often ring in after the evening news to comment on what they heard, "
                "and some of their comments are played back the next morning."
            ),
            para("The signal reaches about sixty kilometres on a clear night."),
            para(
                "The station has applied for a licence to add a second transmitter near Islamkot."
            ),
        ],
        place="Mithi",
    ),
    Story(
        "deosai-bears",
        "Deosai rangers count more brown bears as the plateau opens for summer",
        "Hamida Shigri",
        "2026-07-03T10:15:00+05:00",
        [
            para(
                "SKARDU, July 3: Rangers on the Deosai plateau counted more Himalayan brown "
                "bears this spring than in any year since the national park began its annual "
                "survey, the park's wildlife officer said on Friday."
            ),
            grid(
                ("Year", "Bears counted", "Cubs seen"),
                ("2023", "71", "9"),
                ("2024", "74", "12"),
                ("2025", "78", "11"),
                ("2026", "83", "15"),
            ),
            para(
                "The survey is carried out over ten days by teams walking fixed routes across "
                "the plateau, noting tracks, droppings and sightings."
            ),
            sub("Rules for summer visitors"),
            steps(
                "Keep at least two hundred metres from any bear",
                "Carry all food waste back down to Skardu",
                "Camp only at the two marked sites near the lakes",
                "Do not feed or photograph bears from vehicles",
            ),
            para(
                "Rangers said the last rule was added after photographs of tourists throwing "
                "bread to a bear from a jeep were widely shared last year."
            ),
            quote(
                "“A bear that learns to beg is a bear that ends up shot,” said Ghulam Rasool "
                "Kachura, who has worked as a ranger for nineteen years."
            ),
            para(
                "The park charges no entry fee, but a trust that supports the rangers asks "
                "visitors to become members for a small yearly sum."
            ),
            para("The road will stay open until the first snow."),
        ],
        place="Skardu",
    ),
    Story(
        "hub-workers",
        "Hub textile workers win a written wage deal after a week-long sit-in",
        "Shahzad Runjha",
        "2026-10-09T20:30:00+05:00",
        [
            para(
                "HUB, Oct 9 (Indus Delta Agency) — Workers at three textile mills in the Hub "
                "industrial area ended a week-long sit-in on Thursday after the owners signed a "
                "written agreement on wages and working hours, union leaders said."
            ),
            para(
                "The agreement covers about two thousand workers, many of them women who travel "
                "in from Karachi's western neighbourhoods each morning."
            ),
            sub("Main terms of the agreement"),
            steps(
                "A minimum monthly wage matching the provincial rate from November",
                "Overtime paid at double the hourly rate",
                "Written contracts for everyone employed for more than three months",
                "A monthly meeting between managers and elected worker representatives",
            ),
            para(
                "Union members read the text of the agreement aloud at the mill gates before it "
                "was signed, so that workers who cannot read could hear every clause."
            ),
            quote(
                "“For years the deal was whatever the supervisor said that morning. Now it is "
                "on paper,” said Parveen Akhtar, a machine operator and union organiser."
            ),
            para(
                "The mill owners said in a statement that they would share copies with the "
                "labour department and follow its advice on the new contracts."
            ),
            para("The sit-in was peaceful."),
            para(
                "The labour department said it would inspect the mills in December to check "
                "that the terms were being honoured."
            ),
        ],
        tail="— Indus Delta Agency",
        agency="Indus Delta Agency",
        place="Hub",
    ),
    Story(
        "fort-munro",
        "Crash barriers fitted on Fort Munro bends before the summer rush",
        "Kashif Qaisrani",
        "2026-05-28T13:00:00+05:00",
        [
            para(
                "DERA GHAZI KHAN: The highway authority has fitted steel crash barriers on "
                "eleven of the sharpest bends of the road up to Fort Munro, ahead of the summer "
                "months when families drive up from the plains."
            ),
            para(
                "The work followed a campaign by local drivers, who shared photographs of "
                "broken stone walls and wrecked vehicles with the district administration."
            ),
            para("Officials said speed cameras would follow next year."),
            para("Weekend traffic is expected to peak in June."),
        ],
        place="Dera Ghazi Khan",
    ),
    Story(
        "pasni-auction",
        "Pasni fish harbour tries an open auction board to end whispered bids",
        "Sameena Kalmati",
        "2026-11-17T07:50:00+05:00",
        [
            para(
                "PASNI, Nov 17: Fishermen at the Pasni harbour have started selling their catch "
                "through an open auction board, replacing a system in which middlemen whispered "
                "bids to boat owners one by one."
            ),
            para(
                "Each morning a clerk chalks the catch of every boat on a large board, and "
                "buyers call out their offers in front of everyone."
            ),
            sub("The first month in numbers"),
            grid(
                ("Species", "Average price before", "Average price on the board"),
                ("Pomfret", "Rs 1,100 per kg", "Rs 1,350 per kg"),
                ("Kingfish", "Rs 900 per kg", "Rs 1,020 per kg"),
                ("Shrimp", "Rs 1,600 per kg", "Rs 1,740 per kg"),
            ),
            para(
                "Boat owners said the higher prices were partly down to the season, but that "
                "the open board had made it harder for buyers to agree on low offers among "
                "themselves."
            ),
            quote(
                "“Before, I only knew my own price. Now I know everyone's,” said Dad Karim, who "
                "owns two boats."
            ),
            para(
                "A fishermen's association is building a phone app that will show the board's "
                "prices to members at sea, so they can decide which harbour to land at."
            ),
            para("Some buyers have stopped coming."),
            para(
                "The harbour authority said it would review the scheme in February and publish "
                "the results in its newsletter to boat owners."
            ),
        ],
        tail="Reporting by Sameena Kalmati in Pasni; edited in Karachi",
        place="Pasni",
    ),
    Story(
        "gilgit-bookfair",
        "Gilgit's first book fair in a decade draws readers from across the valleys",
        "Sultana Yasini",
        "2026-09-21T16:40:00+05:00",
        [
            para(
                "A three-day book fair in Gilgit closed on Sunday with organisers saying more "
                "than fifteen thousand people had visited, many of them travelling for hours "
                "from Ghizer, Nagar and Astore."
            ),
            para("It was the first fair of its kind in the city for ten years."),
            sub("What sold"),
            bullets(
                "Urdu novels and short-story collections",
                "Guides for the medical and engineering entrance tests",
                "Shina and Burushaski poetry printed by local presses",
                "Children's picture books, which ran out on the second day",
            ),
            para(
                "Publishers said the poetry sold better than expected, and one small press from "
                "Hunza reprinted a collection overnight after its stock was gone by noon."
            ),
            quote(
                "“We were told young people only read on their phones. They proved us wrong,” "
                "said Tariq Aziz Hunzai, one of the organisers."
            ),
            sub("Talks and readings"),
            para(
                "Authors gave readings in four languages, and the sessions were followed by long "
                "lines of readers waiting to have their books signed."
            ),
            para(
                "A reading club that began at the fair had forty members by the last evening "
                "and plans to meet monthly at the public library."
            ),
            para(
                "Entry was free, and the organisers thanked the local sponsors who paid for the "
                "tents and the generator."
            ),
            para("The next fair is planned for autumn next year."),
        ],
    ),
    Story(
        "rawalakot-dairy",
        "Rawalakot dairy cooperative starts buying milk by the litre at village points",
        "Humaira Rathore",
        "2026-12-04T08:25:00+05:00",
        [
            para(
                "RAWALAKOT: A dairy cooperative in Poonch division has opened twelve milk "
                "collection points in villages around Rawalakot, where small herders can sell "
                "even a few litres at a fixed price instead of waiting for a trader to pass by."
            ),
            para(
                "Each point has a steel cooling tank, a weighing scale and a fat-testing kit "
                "run by a woman from the village."
            ),
            sub("How payment works"),
            steps(
                "Milk is weighed and tested for fat at the collection point",
                "The reading goes into a register and the seller gets a paper slip",
                "Payment is made every two weeks at the cooperative's office",
                "Sellers who join as members receive a share of the yearly profit",
            ),
            para(
                "More than six hundred households have signed up, and the cooperative says "
                "nearly half of them are headed by women."
            ),
            quote(
                "“I used to pour away milk when nobody came to buy it. Now I get a slip and my "
                "money on time,” said Zarina Begum, who keeps four cows near Hajira."
            ),
            para(
                "The cooperative advertises its prices on a board at each point and sends a "
                "short weekly message to members who have phones, since many older herders do "
                "not use apps."
            ),
            para("The chilled milk is sold to a processing plant in Islamabad."),
            para("Winter snow may close three of the higher points."),
        ],
        tail="Distributed by Jhelum Feature Service",
        agency="Jhelum Feature Service",
        place="Rawalakot",
    ),
    Story(
        "zhob-olive",
        "ژوب میں زیتون کے باغات، کسانوں کو پہلی فصل کا انتظار",
        "عبدالواسع مندوخیل",
        "2026-03-25T10:30:00+05:00",
        [
            para(
                "ژوب (چلتن نیوز سروس) — ضلع ژوب کے پہاڑی دیہات میں چار برس پہلے لگائے گئے "
                "زیتون کے پودوں پر اس موسمِ بہار میں پہلی بار پھول آئے ہیں اور کسان اکتوبر میں "
                "پہلی فصل اترنے کی امید کر رہے ہیں۔"
            ),
            para(
                "محکمہ زراعت کے مطابق ضلع بھر میں تقریباً ۱۸۰ کسانوں نے اپنی زمین کے کچھ حصے پر "
                "زیتون لگایا تھا، جن میں سے زیادہ تر پہلے صرف گندم اور خربوزہ کاشت کرتے تھے۔"
            ),
            sub("پانی کم، امیدیں زیادہ"),
            para(
                "کسانوں کا کہنا ہے کہ زیتون کو گندم کے مقابلے میں بہت کم پانی چاہیے، اس لیے "
                "خشک سالی کے برسوں میں بھی پودے زندہ رہے۔"
            ),
            quote(
                "“ہم نے سنا تھا کہ زیتون ہمارے پہاڑوں میں نہیں اگے گا، مگر آج میری بیٹی اس کے "
                "پھولوں کی تصاویر بنا کر رشتہ داروں کو بھیج رہی ہے،” گاؤں کے کسان حاجی نور محمد "
                "نے کہا۔"
            ),
            para(
                "محکمے نے کسانوں کا ایک واٹس ایپ گروپ بنایا ہے جس کے ارکان کو چھٹائی اور اسپرے "
                "کے بارے میں ہر ہفتے ہدایات بھیجی جاتی ہیں۔"
            ),
            para("تیل نکالنے کی مشین ابھی ضلع میں موجود نہیں۔"),
            para(
                "حکام کا کہنا ہے کہ اگر پہلی فصل اچھی رہی تو اگلے سال ژوب شہر میں تیل نکالنے کا "
                "ایک چھوٹا یونٹ لگایا جائے گا، جس کا خرچ ایک مقامی تاجر تنظیم بطور اسپانسر "
                "اٹھانے کو تیار ہے۔"
            ),
        ],
        agency="چلتن نیوز سروس",
        place="ژوب",
        lang="ur",
    ),
    Story(
        "nushki-karez",
        "نوشکی میں صدیوں پرانی کاریز کی صفائی، دیہاتیوں نے خود بیڑا اٹھایا",
        "شمیلہ بادینی",
        "2026-10-30T14:00:00+05:00",
        [
            para(
                "نوشکی: ضلع نوشکی کے ایک گاؤں کے لوگوں نے اپنی مدد آپ کے تحت ایک پرانی کاریز کی "
                "صفائی شروع کی ہے جو پندرہ برس سے مٹی اور پتھروں سے بند پڑی تھی۔"
            ),
            para(
                "کاریز زیرِ زمین نالیوں کا وہ نظام ہے جو پہاڑ کے دامن سے پانی کھیتوں تک پہنچاتا "
                f"ہے، اور بلوچستان کے کئی علاقوں میں ٹیوب{ZWNJ}ویلوں کے آنے سے پہلے کھیتی باڑی "
                "کا یہی سہارا تھا۔"
            ),
            sub("کام کیسے بانٹا گیا"),
            para(
                "ہر گھر سے ایک مرد ہفتے میں دو دن کام کرتا ہے، جبکہ عورتیں کھانا اور پانی "
                "پہنچاتی ہیں اور بچے نکالی گئی مٹی کی ٹوکریاں گنتے ہیں۔"
            ),
            para(
                "گاؤں کے بزرگوں نے کام کی تصاویر اور ویڈیوز سوشل میڈیا پر شیئر کیں تو قریبی "
                "دیہات سے بھی نوجوان مدد کو آ گئے۔"
            ),
            quote(
                "“یہ کاریز ہمارے دادا کے دادا نے کھودی تھی۔ ہم اسے یوں مرتا نہیں دیکھ سکتے "
                "تھے،” کام کی نگرانی کرنے والے میر جان محمد نے کہا۔"
            ),
            para("اب تک تقریباً ۳۰۰ میٹر نالی صاف ہو چکی ہے۔"),
            para(
                "محکمہ آب پاشی کے ایک افسر نے کہا کہ محکمہ اس کام کو فالو کر رہا ہے اور اگلے "
                "مالی سال میں کاریز کی مرمت کے لیے فنڈ رکھنے پر غور کیا جائے گا۔"
            ),
        ],
        place="نوشکی",
        lang="ur",
    ),
    Story(
        "hunza-apricot",
        "علی آباد میں خواتین کا مشترکہ خوبانی خشک کرنے کا مرکز",
        "نگینہ کریم",
        "2026-08-08T11:00:00+05:00",
        [
            para(
                "ہنزہ (قراقرم نیوز وائر) — علی آباد میں خواتین کی ایک تنظیم نے خوبانی خشک کرنے کا "
                "مشترکہ مرکز قائم کیا ہے جہاں شمسی ڈرائر میں پھل دھول اور مکھیوں سے محفوظ رہ کر "
                "سوکھتا ہے۔"
            ),
            para(
                "اس سے پہلے زیادہ تر گھرانے خوبانیاں چھتوں پر کھلی دھوپ میں پھیلا دیتے تھے، جس "
                "سے پھل کا رنگ خراب ہو جاتا اور بازار میں کم قیمت ملتی تھی۔"
            ),
            sub("تنظیم کی ارکان اور ان کا حصہ"),
            para(
                "تنظیم کی ۶۵ ارکان ہیں جو باری باری ڈرائر کی نگرانی کرتی ہیں، اور ہر رکن کا پھل "
                "الگ ٹوکری میں تول کر رجسٹر میں درج کیا جاتا ہے۔"
            ),
            quote(
                "“پہلے ہم اپنی خوبانی شرماتے ہوئے بیچتے تھے، اب کراچی کے دکاندار خود فون کر کے "
                "پوچھتے ہیں،” تنظیم کی سربراہ گل ناز نے کہا۔"
            ),
            para(
                "مرکز کی خشک خوبانی کے ڈبوں پر ایک سادہ لیبل لگایا جاتا ہے، اور اس کی تصاویر ایک "
                "آن لائن دکان پر بھی دکھائی جاتی ہیں جس کا تنظیم نے کہیں کوئی اشتہار نہیں دیا۔"
            ),
            para("پہلے سیزن میں تقریباً چار ٹن خوبانی خشک کی گئی۔"),
            para("تنظیم اگلے سال گانچھے اور نگر کی خواتین کو بھی تربیت دینا چاہتی ہے۔"),
        ],
        tail="— قراقرم نیوز وائر",
        agency="قراقرم نیوز وائر",
        place="ہنزہ",
        lang="ur",
    ),
    Story(
        "jiwani-turtles",
        "جیوانی کے ساحل پر سبز کچھووں کے انڈوں کی حفاظت کے لیے رضاکاروں کا پہرہ",
        "زاہدہ رئیس",
        "2026-09-05T21:15:00+05:00",
        [
            para(
                "جیوانی: ساحلی قصبے جیوانی کے نوجوانوں نے سبز کچھووں کے انڈوں کی حفاظت کے لیے "
                "رات کا پہرہ شروع کیا ہے، کیونکہ ستمبر سے نومبر تک مادہ کچھوے یہاں کی ریت پر انڈے "
                "دیتی ہیں۔"
            ),
            para(
                "رضاکاروں کا کہنا ہے کہ آوارہ کتے، گیدڑ اور بعض اوقات لوگ بھی گھونسلے کھود ڈالتے "
                "ہیں، جس سے ہر سال سیکڑوں انڈے ضائع ہو جاتے ہیں۔"
            ),
            sub("پہرے کے اصول"),
            bullets(
                "رات کو ساحل پر ٹارچ صرف سرخ روشنی میں جلائی جائے",
                "ہر گھونسلے کے گرد لکڑی کی باڑ لگا کر اس پر تاریخ لکھی جائے",
                "بچے نکلیں تو انہیں خود سمندر تک جانے دیا جائے",
                "کسی کچھوے یا بچے کی تصویر فلیش سے نہ لی جائے",
            ),
            para(
                "اس گروپ کے ۴۰ ارکان ہیں جن میں ماہی گیروں کے بیٹے، اسکول کے اساتذہ اور دو مقامی "
                "دکاندار شامل ہیں۔"
            ),
            quote(
                "“ہمارے باپ دادا ان کچھووں کو سمندر کا مہمان کہتے تھے،” رضاکار بشیر احمد نے کہا۔"
            ),
            para(
                "گروپ ہر صبح گنتی ایک نوٹ بک میں لکھتا ہے اور ہفتے کے آخر میں یہ ریکارڈ محکمہ "
                "جنگلی حیات کے ساتھ شیئر کرتا ہے۔"
            ),
            para("اس موسم میں اب تک ۱۱۲ گھونسلے درج کیے جا چکے ہیں۔"),
            para(
                "محکمے نے رضاکاروں کو وردیاں اور ٹارچیں دینے کا وعدہ کیا ہے، جبکہ ماہی گیروں کی "
                "ایک تنظیم نے ان کے کھانے کا خرچ اٹھانے کی پیشکش کی ہے۔"
            ),
        ],
        place="جیوانی",
        lang="ur",
    ),
    Story(
        "loralai-college",
        "لورالائی گرلز کالج میں سائنس کی شام کی کلاسیں، داخلے دگنے",
        "فوزیہ کاکڑ",
        "2026-02-26T09:45:00+05:00",
        [
            para(
                "لورالائی: گورنمنٹ گرلز ڈگری کالج لورالائی میں شام کے وقت سائنس کی کلاسیں شروع "
                "ہونے کے بعد فرسٹ ایئر میں داخلہ لینے والی طالبات کی تعداد تقریباً دگنی ہو گئی ہے۔"
            ),
            para(
                "کالج کی پرنسپل کے مطابق بہت سی طالبات صبح گھر کا کام کرتی ہیں یا دور کے دیہات سے "
                "آتی ہیں، اس لیے شام کی کلاسیں ان کے لیے آسان ثابت ہوئیں۔"
            ),
            sub("داخلوں کے اعداد و شمار"),
            grid(
                ("مضمون", "گزشتہ سال", "اس سال"),
                ("پری میڈیکل", "۴۲", "۸۸"),
                ("پری انجینئرنگ", "۱۵", "۳۱"),
                ("کمپیوٹر سائنس", "۱۰", "۲۴"),
            ),
            para(
                "شام کی کلاسوں کے لیے تین لیکچررز عارضی بنیادوں پر رکھی گئی ہیں، اور لیبارٹری "
                "میں شمسی بیٹری لگائی گئی ہے تاکہ بجلی جانے پر تجربات نہ رکیں۔"
            ),
            sub("طالبات کیا چاہتی ہیں"),
            bullets(
                "شام کی بس کا وقت کلاس ختم ہونے کے وقت سے ملایا جائے",
                "لائبریری رات آٹھ بجے تک کھلی رکھی جائے",
                "کالج کی ایپ پر ٹیسٹ کے نمبر جلد اپ لوڈ کیے جائیں",
            ),
            quote(
                "“میں دن میں اپنی ماں کے ساتھ کھیتوں میں ہوتی ہوں اور شام کو یہاں کیمسٹری پڑھتی "
                "ہوں،” فرسٹ ایئر کی طالبہ ماہ جبیں نے کہا۔"
            ),
            para(
                "والدین کی ایک کمیٹی کے ارکان طالبات کو کلاس کے بعد گھر چھوڑنے کے لیے باری باری "
                "گاڑی چلاتے ہیں۔"
            ),
            para(f"کالج ہر مہینے طالبات کی خواتین سائنس{ZWNJ}دانوں سے ملاقات بھی کراتا ہے۔"),
            para("محکمہ تعلیم یہ ماڈل قلعہ سیف اللہ اور موسیٰ خیل میں بھی آزمانے پر غور کر رہا ہے۔"),
        ],
        place="لورالائی",
        lang="ur",
    ),
    Story(
        "khuzdar-library",
        "خضدار پبلک لائبریری میں شام کی نشستیں، نوجوانوں کا رش",
        "سعدیہ مینگل",
        "2026-11-02T18:20:00+05:00",
        [
            para(
                "خضدار (سراوان نیوز سروس) — خضدار کی پبلک لائبریری نے مقابلے کے امتحانات کی "
                "تیاری کرنے والے نوجوانوں کے لیے شام کی خصوصی نشستیں شروع کی ہیں، جن میں روزانہ "
                "٦٠ سے زائد طلبہ شریک ہو رہے ہیں۔"
            ),
            para(
                "لائبریری میں اب ٤٢٠٠ کتابیں ہیں، جن میں سے تقریباً ایک تہائی پچھلے دو برس میں "
                "عطیات کے طور پر آئیں۔"
            ),
            sub("پڑھنے والوں کی نئی نسل"),
            para(
                "لائبریرین کے مطابق نوجوان قارئین زیادہ تر مطالعہ پاکستان، انگریزی اور حالاتِ "
                "حاضرہ کی کتابیں پڑھتے ہیں، اور بہت سے اپنے نوٹس کی تصاویر بنا کر دوستوں کے ساتھ "
                "شیئر کرتے ہیں۔"
            ),
            quote(
                "“گھر میں بجلی نہیں ہوتی اور شور بہت ہوتا ہے، یہاں کم از کم خاموشی ہے،” ایک طالب "
                "علم شاہ زیب نے کہا۔"
            ),
            para(
                "لائبریری کی رکنیت کی سالانہ فیس ٢٠٠ روپے ہے، اور ارکان ایک وقت میں تین کتابیں "
                "گھر لے جا سکتے ہیں۔"
            ),
            para("شام کی نشستیں رات نو بجے تک جاری رہتی ہیں۔"),
            para(
                "ضلعی انتظامیہ نے لائبریری کے لیے جنریٹر اور نئی کرسیاں خریدنے کی منظوری دی ہے، "
                "جبکہ ایک مقامی تعمیراتی کمپنی نے الماریوں کا خرچ بطور اسپانسر اٹھایا ہے۔"
            ),
        ],
        tail="— سراوان نیوز سروس",
        agency="سراوان نیوز سروس",
        place="خضدار",
        lang="ur",
    ),
]


# --- noise -------------------------------------------------------------------------------

EN_HEADS = [
    "Camel breeders in Kharan ask for vaccines before the heat",
    "Shigar fort guesthouse reopens after roof repairs",
    "Night bus service returns between Gilgit and Chilas",
    "Badin farmers count the cost of sea water creeping inland",
    "Mastung apple growers switch to shorter trees",
    "Hockey final in Bannu goes to a penalty shoot-out",
    "Panjgur date packers ask for a second cold store",
    "Yasin valley footbridge washed away for the third time",
    "Kohat tunnel lights replaced after a three-year wait",
    "Larkana eye camp treats eleven hundred patients",
    "Ormara boat builders train apprentices in fibreglass work",
    "Naltar ski slope gets its first snow machine",
    "Sukkur barrage gate test passes without leaks",
    "Mansehra tea estate tries a new picking schedule",
]

UR_HEADS = [
    "پنجگور میں کھجور کی پیکنگ کے لیے نیا شیڈ",
    "تربت میں کرکٹ گراؤنڈ کی گھاس دوبارہ لگائی گئی",
    "استور میں برفانی تودے کے بعد سڑک کھل گئی",
    "کوئٹہ کی سبزی منڈی میں ٹماٹر سستے ہو گئے",
    "شگر میں خواتین کے دستکاری میلے کا آغاز",
    "خاران میں اونٹوں کو ویکسین لگانے کی مہم",
    "پسنی کی کشتی سازی کا ہنر نئی نسل تک",
    "ڈیرہ بگٹی میں طلبہ کے لیے بسیں چلنے لگیں",
    "زیارت میں سیاحوں کے لیے نئی پارکنگ",
    "گلگت میں شام کے بازار کے اوقات بدل گئے",
    "چاغی میں شمسی پمپوں سے کھیتی باڑی",
    "ہرنائی کے کوئلہ مزدوروں کے لیے طبی کیمپ",
]

EN_NAMES = ["Dur Bibi Gichki", "Rahim Dad Jamali", "Sakina Hunzai", "Noor Ahmed Lehri"]
UR_NAMES = ["نور احمد لہڑی", "سکینہ ہنزائی", "رحیم داد جمالی", "فیضان ترین"]


@dataclass
class Ctx:
    lang: str
    author: str
    site: str


def tr(ctx: Ctx, en, ur):
    return ur if ctx.lang == "ur" else en


def num(ctx: Ctx, value: int | str) -> str:
    text = str(value)
    return text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) if ctx.lang == "ur" else text


def heads(rng: random.Random, ctx: Ctx, n: int) -> list[str]:
    return rng.sample(tr(ctx, EN_HEADS, UR_HEADS), n)


def link(text: str, href: str = "#") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


def related_list(rng: random.Random, ctx: Ctx) -> Noise:
    head = rng.choice(
        tr(
            ctx,
            ["Earlier reporting on this", "Where this story has been so far"],
            ["اس معاملے پر ہماری پچھلی رپورٹیں", "اسی سلسلے میں پہلے کیا چھپا"],
        )
    )
    items = heads(rng, ctx, 3)
    lis = "".join(f"<li>{link(t, f'/s/{i}')}</li>" for i, t in enumerate(items))
    return Noise(f"<div><h4>{esc(head)}</h4><ul>{lis}</ul></div>", [head, *items])


def teaser(rng: random.Random, ctx: Ctx) -> Noise:
    lead = rng.choice(
        tr(
            ctx,
            ["Coming up in part two:", "Next in this series:"],
            ["اگلی قسط میں:", "اس سلسلے کی اگلی کڑی:"],
        )
    )
    head = heads(rng, ctx, 1)[0]
    return Noise(f"<p><strong>{esc(lead)}</strong> {link(head, '/series/2')}</p>", [lead, head])


def recommended(rng: random.Random, ctx: Ctx) -> Noise:
    head = rng.choice(
        tr(
            ctx,
            ["Picked for you by the desk", "Our editors would send you here next"],
            ["مدیر کی طرف سے آپ کے لیے", "ادارتی ٹیم کا انتخاب"],
        )
    )
    items = heads(rng, ctx, 3)
    unit = tr(ctx, "min", "منٹ")
    cards = "".join(
        f'<div><a href="/r/{i}"><h5>{esc(t)}</h5></a><span>{num(ctx, i + 3)} {unit}</span></div>'
        for i, t in enumerate(items)
    )
    return Noise(f"<div><div><b>{esc(head)}</b></div>{cards}</div>", [head, *items])


def trending(rng: random.Random, ctx: Ctx) -> Noise:
    head = rng.choice(
        tr(
            ctx,
            ["Climbing fast on the site today", "Gathering pace this afternoon"],
            ["اس وقت تیزی سے کھولی جانے والی خبریں", "آج جن خبروں کا چرچا ہے"],
        )
    )
    items = heads(rng, ctx, 4)
    lis = "".join(f"<li>{link(t, f'/t/{i}')}</li>" for i, t in enumerate(items))
    return Noise(f"<section><h3>{esc(head)}</h3><ol>{lis}</ol></section>", [head, *items])


def most_read(rng: random.Random, ctx: Ctx) -> Noise:
    head = rng.choice(
        tr(
            ctx,
            ["Readers' five favourites since sunrise", "What you opened most this week"],
            ["صبح سے اب تک قارئین کی پانچ پسندیدہ خبریں", "اس ہفتے سب سے زیادہ کھولی گئی رپورٹیں"],
        )
    )
    items = heads(rng, ctx, 5)
    lis = "".join(f"<li>{link(t, f'/m/{i}')}</li>" for i, t in enumerate(items))
    return Noise(f"<div><strong>{esc(head)}</strong><ol>{lis}</ol></div>", [head, *items])


def newsletter(rng: random.Random, ctx: Ctx) -> Noise:
    text = rng.choice(
        tr(
            ctx,
            [
                "The Sunday Ledger folds the week's mountain and coast stories into one short "
                "email.",
                "Our Thursday letter brings five stories you may have missed, straight to your "
                "inbox.",
            ],
            ["ہفتے بھر کی پہاڑی اور ساحلی خبریں ایک مختصر ای میل میں، ہر اتوار کی صبح"],
        )
    )
    button = tr(ctx, "Count me in", "مجھے بھی بھیجیں")
    return Noise(
        f'<form action="/letters" method="post"><p>{esc(text)}</p>'
        f'<input type="email" name="e" placeholder="name@mail.example">'
        f'<button type="submit">{esc(button)}</button></form>',
        [text, button],
    )


def app_prompt(rng: random.Random, ctx: Ctx) -> Noise:
    text = rng.choice(
        tr(
            ctx,
            [
                "Pages open faster in our phone app, even on one bar of signal.",
                "Take the paper with you: our app keeps today's stories for offline reading.",
            ],
            [
                "ہماری ایپ میں خبریں کمزور سگنل پر بھی جلد کھلتی ہیں",
                "آج کی خبریں ایپ میں محفوظ کیجیے اور بغیر انٹرنیٹ کے پڑھیے",
            ],
        )
    )
    button = tr(ctx, "Put it on your phone", "فون پر اتاریے")
    return Noise(f"<div><p>{esc(text)}</p><p>{link(button, '/app')}</p></div>", [text, button])


def share_widget(rng: random.Random, ctx: Ctx) -> Noise:
    label = rng.choice(tr(ctx, ["Pass this on", "Send this along"], ["دوسروں تک پہنچائیں"]))
    links = tr(
        ctx,
        ["Send by WhatsApp", "Post on Facebook", "Copy the address"],
        ["واٹس ایپ سے بھیجیں", "فیس بک پر لگائیں", "ربط کاپی کریں"],
    )
    return Noise(
        f"<div><span>{esc(label)}</span> {link(links[0], '/wa')} {link(links[1], '/fb')} "
        f'<button type="button">{esc(links[2])}</button></div>',
        [label, *links],
    )


def author_bio(rng: random.Random, ctx: Ctx) -> Noise:
    text = rng.choice(
        tr(
            ctx,
            [
                f"{ctx.author} has covered farming, water and working lives across the region "
                f"for {ctx.site} since 2019.",
                f"{ctx.author} has reported from the mountains and the coast for seven years and "
                "answers readers through the letters desk.",
            ],
            [
                f"{ctx.author} کی رپورٹیں زمین، پانی اور روزگار کے موضوعات پر ہوتی ہیں اور وہ "
                f"۲۰۱۹ سے {ctx.site} سے وابستہ ہیں",
            ],
        )
    )
    return Noise(
        f'<div><img src="/img/author.jpg" alt=""><p><b>{esc(ctx.author)}</b></p>'
        f"<p>{esc(text)}</p></div>",
        [text],
    )


EN_COMMENTS = [
    ("Nadir, Mastung", "We saw the very same thing on our road last year; glad someone wrote it."),
    ("Sabeen K.", "Please come back to this in six months and tell us what changed."),
    ("Old Quetta hand", "My father used to talk about this. Times have changed, not always well."),
    ("Hamid from Sibi", "A fair piece, though officials always promise more than they deliver."),
]
UR_COMMENTS = [
    ("نادر، مستونگ", "ہمارے علاقے میں بھی پچھلے سال یہی ہوا تھا، اچھا ہوا کسی نے لکھ دیا"),
    ("صبین", "چھ مہینے بعد دوبارہ خبر لیجیے کہ کیا بدلا"),
    ("حامد، سبی", "افسران ہمیشہ وعدے زیادہ اور کام کم کرتے ہیں"),
    ("ایک پرانا قاری", "میرے والد بھی یہی بات کیا کرتے تھے"),
]


def comments_section(rng: random.Random, ctx: Ctx) -> Noise:
    head = rng.choice(
        tr(
            ctx,
            ["Readers have their say (2)", "What readers wrote (2)"],
            ["قارئین کی آرا (۲)", "پڑھنے والوں نے کیا کہا (۲)"],
        )
    )
    picked = rng.sample(tr(ctx, EN_COMMENTS, UR_COMMENTS), 2)
    prompt = tr(
        ctx, "Sign in with your reader account to reply", "جواب کے لیے اپنے اکاؤنٹ سے داخل ہوں"
    )
    items = "".join(f"<div><b>{esc(who)}</b><p>{esc(said)}</p></div>" for who, said in picked)
    return Noise(
        f"<div><h3>{esc(head)}</h3>{items}<p>{link(prompt, '/login')}</p></div>",
        [head, *(said for _, said in picked), prompt],
    )


def comment_prompt(rng: random.Random, ctx: Ctx) -> Noise:
    text = rng.choice(
        tr(
            ctx,
            [
                "Seen something like this where you live? Tell us underneath.",
                "Does this match what you see in your district? Leave a note below.",
            ],
            [
                "کیا آپ کے ہاں بھی ایسا ہوا؟ نیچے لکھ کر بتائیے",
                "آپ کے ضلع کی صورتحال کیا ہے؟ نیچے اپنی بات درج کیجیے",
            ],
        )
    )
    return Noise(f"<p><em>{esc(text)}</em></p>", [text])


def comment_disclaimer(rng: random.Random, ctx: Ctx) -> Noise:
    text = rng.choice(
        tr(
            ctx,
            [
                "Words posted under our reports belong to whoever posted them; our editors do "
                "not check them before they appear.",
                "Replies below are the writers' own and go up without being read by our staff "
                "first.",
            ],
            ["نیچے لکھی گئی آرا لکھنے والوں کی اپنی ہیں؛ ادارہ انہیں شائع ہونے سے پہلے نہیں پڑھتا"],
        )
    )
    return Noise(f"<div><small>{esc(text)}</small></div>", [text])


def loading_comments(rng: random.Random, ctx: Ctx) -> Noise:
    text = rng.choice(
        tr(
            ctx,
            ["Fetching what readers wrote…", "Pulling in the conversation, one moment…"],
            ["قارئین کی آرا آ رہی ہیں…", "گفتگو لوڈ ہو رہی ہے، ذرا ٹھہریے…"],
        )
    )
    thread = rng.randrange(10_000, 99_999)
    return Noise(f'<div data-thread="{thread}"><span>{esc(text)}</span></div>', [text])


def cookie_banner(rng: random.Random, ctx: Ctx) -> Noise:
    text = tr(
        ctx,
        "This site tucks a few small files into your browser so it can remember your settings "
        "and count visits.",
        "یہ ویب سائٹ آپ کی ترتیبات یاد رکھنے کے لیے براؤزر میں چند چھوٹی فائلیں رکھتی ہے",
    )
    yes, pick = tr(
        ctx, ("That's fine", "Let me choose"), ("ٹھیک ہے، جاری رکھیں", "مجھے خود چننے دیں")
    )
    return Noise(
        f'<div role="dialog"><p>{esc(text)}</p><button>{esc(yes)}</button>'
        f"<button>{esc(pick)}</button></div>",
        [text, yes, pick],
    )


def photo_credit(rng: random.Random, ctx: Ctx) -> Noise:
    name = rng.choice(tr(ctx, EN_NAMES, UR_NAMES))
    text = rng.choice(
        tr(
            ctx,
            [f"Picture: {name} for {ctx.site}", f"Frame by {name}", f"Image: {name} / {ctx.site}"],
            [f"تصویر: {name}", f"عکس بشکریہ {name}"],
        )
    )
    if rng.random() < 0.5:
        return Noise(
            f'<figure><img src="/img/{rng.randrange(100, 999)}.jpg" alt="">'
            f"<figcaption>{esc(text)}</figcaption></figure>",
            [text],
        )
    return Noise(f"<p><small>{esc(text)}</small></p>", [text])


def sponsor_label(rng: random.Random, ctx: Ctx) -> Noise:
    text = rng.choice(
        tr(
            ctx,
            [
                "This page is carried with support from Kohsar Spring Water",
                "Partner slot, paid for by Sapphire Date Traders",
                "Brought to readers with help from Hingol Cement",
            ],
            [
                "یہ صفحہ سنہری کھجور تاجران کے تعاون سے پیش کیا جا رہا ہے",
                "اشتراکی حصہ: کوہسار منرل واٹر کی جانب سے",
            ],
        )
    )
    return Noise(f'<div><img src="/img/partner.png" alt=""><span>{esc(text)}</span></div>', [text])


def paywall_note(rng: random.Random, ctx: Ctx) -> Noise:
    text = rng.choice(
        tr(
            ctx,
            [
                "One free report left this month. Open everything for Rs 199.",
                "Two free reports left before the meter runs out. Plans start at Rs 199.",
            ],
            ["اس مہینے ایک مفت خبر باقی ہے۔ پوری رسائی صرف ۱۹۹ روپے میں"],
        )
    )
    button = tr(ctx, "See the plans", "پلان دیکھیے")
    return Noise(f"<div><p>{esc(text)}</p>{link(button, '/plans')}</div>", [text, button])


def pager(rng: random.Random, ctx: Ctx) -> Noise:
    back, on = rng.choice(
        tr(
            ctx,
            [
                ("The report before this", "The report after this"),
                ("Back one story", "On to the next story"),
            ],
            [("اس سے پہلے کی رپورٹ", "اس کے بعد کی رپورٹ")],
        )
    )
    return Noise(
        f'<div><a href="/prev">‹ {esc(back)}</a> <a href="/next">{esc(on)} ›</a></div>', [back, on]
    )


def corrections(rng: random.Random, ctx: Ctx) -> Noise:
    text = rng.choice(
        tr(
            ctx,
            [
                "Spot an error? Our standards editor looks at every flagged mistake within a "
                "working day and notes any change at the foot of the page.",
                "We fix mistakes in the open: tell the reader desk and the correction will be "
                "dated under the story.",
            ],
            [
                "کوئی غلطی دیکھی؟ ہمارے معیار کے مدیر ہر نشاندہی کا ایک دن میں جائزہ لیتے ہیں اور "
                "تبدیلی خبر کے نیچے درج کی جاتی ہے",
            ],
        )
    )
    return Noise(f"<p><small>{esc(text)}</small></p>", [text])


def donation(rng: random.Random, ctx: Ctx) -> Noise:
    text = rng.choice(
        tr(
            ctx,
            [
                "Reporting from far-off valleys costs fuel, phone credit and time. Chip in the "
                "price of a cup of tea to keep it going.",
                "No tycoon owns this paper. Readers like you keep the lights on.",
            ],
            [
                "دور دراز وادیوں سے رپورٹنگ پر ایندھن، فون کا بیلنس اور وقت لگتا ہے۔ ایک کپ "
                "چائے کی قیمت دے کر ساتھ دیجیے",
            ],
        )
    )
    button = tr(ctx, "Chip in now", "عطیہ بھیجیں")
    return Noise(f"<div><p>{esc(text)}</p><button>{esc(button)}</button></div>", [text, button])


def push_prompt(rng: random.Random, ctx: Ctx) -> Noise:
    text = tr(ctx, "Want a nudge from us when big news breaks?", "بڑی خبر آتے ہی اطلاع چاہیے؟")
    no, yes = tr(ctx, ("Not today", "Yes, nudge me"), ("ابھی نہیں", "ہاں، بتائیے"))
    return Noise(
        f"<div><p>{esc(text)}</p><button>{esc(no)}</button><button>{esc(yes)}</button></div>",
        [text, no, yes],
    )


def listen_player(rng: random.Random, ctx: Ctx) -> Noise:
    text = rng.choice(
        tr(
            ctx,
            ["Hear this report read aloud", "Press play to have this story read to you"],
            ["یہ رپورٹ سن لیجیے", "سننے کے لیے یہاں چلائیں"],
        )
    )
    length = f"{rng.randrange(3, 7)}:{rng.randrange(10, 59)}"
    return Noise(
        f'<div><button type="button" aria-label="play">▶</button> <span>{esc(text)}</span> '
        f"<span>{num(ctx, length)}</span></div>",
        [text],
    )


def reading_time(rng: random.Random, ctx: Ctx) -> Noise:
    text = rng.choice(
        tr(
            ctx,
            ["About a four-minute read", "Takes roughly three minutes to read"],
            ["پڑھنے میں تقریباً چار منٹ", "تین منٹ کی پڑھائی"],
        )
    )
    return Noise(f"<div><span>{esc(text)}</span></div>", [text])


def toolbar(rng: random.Random, ctx: Ctx) -> Noise:
    labels = tr(
        ctx,
        ["Print this", "Keep for later", "Bigger text", "Smaller text"],
        ["پرنٹ نکالیں", "بعد کے لیے رکھیں", "حروف بڑے کریں", "حروف چھوٹے کریں"],
    )
    buttons = "".join(f'<button type="button">{esc(x)}</button>' for x in labels)
    return Noise(f"<div>{buttons}</div>", labels)


def inline_promo(rng: random.Random, ctx: Ctx) -> Noise:
    lead = rng.choice(
        tr(
            ctx,
            ["Worth your time next:", "While you are here:"],
            ["فرصت ملے تو یہ بھی:", "جاتے جاتے یہ بھی دیکھیے:"],
        )
    )
    head = heads(rng, ctx, 1)[0]
    return Noise(f"<p><b>{esc(lead)}</b> {link(head, '/p/1')}</p>", [lead, head])


Factory = Callable[[random.Random, Ctx], Noise]

LEAD: list[Factory] = [
    toolbar,
    listen_player,
    reading_time,
    sponsor_label,
    photo_credit,
    share_widget,
    paywall_note,
]
BETWEEN: list[Factory] = [
    related_list,
    teaser,
    recommended,
    newsletter,
    app_prompt,
    photo_credit,
    sponsor_label,
    inline_promo,
    donation,
    trending,
    paywall_note,
]
AFTER_LAST: list[Factory] = [
    share_widget,
    author_bio,
    comment_prompt,
    corrections,
    donation,
    newsletter,
    pager,
    toolbar,
]
AFTER_CREDIT: list[Factory] = [
    comment_disclaimer,
    loading_comments,
    comments_section,
    pager,
    corrections,
    author_bio,
    comment_prompt,
]
OUTSIDE: list[Factory] = [
    cookie_banner,
    push_prompt,
    most_read,
    trending,
    recommended,
    related_list,
    newsletter,
    app_prompt,
    donation,
    comments_section,
]
TOP: list[Factory] = [cookie_banner, push_prompt, app_prompt, newsletter, donation, trending]
CHANNEL_OUTSIDE: list[Factory] = [
    most_read,
    trending,
    recommended,
    related_list,
    newsletter,
    app_prompt,
    donation,
    sponsor_label,
]

# Widgets only a news website shows, and comment furniture, kept out of layouts where
# they would be implausible (a chat message, a shared document, an e-mail, a feed format).
SITE_WIDGETS = {
    toolbar,
    listen_player,
    reading_time,
    paywall_note,
    cookie_banner,
    push_prompt,
    loading_comments,
}
COMMENT_BITS = {comments_section, comment_prompt, comment_disclaimer, loading_comments}
EXCLUDE: dict[str, set[Factory]] = {
    "telegram_channel": SITE_WIDGETS,
    "whatsapp_pre": SITE_WIDGETS,
    "gdocs_pub": SITE_WIDGETS,
    "jupyter_export": SITE_WIDGETS - {cookie_banner, push_prompt},
    "mailchimp_archive": SITE_WIDGETS | COMMENT_BITS,
    "fb_instant": SITE_WIDGETS | COMMENT_BITS,
    "apple_news_preview": SITE_WIDGETS | COMMENT_BITS,
    "rss_reader": SITE_WIDGETS - {paywall_note},
}


def to_inline(noise: Noise, lead: str = "") -> Noise:
    """The same noise as <br>-separated text, for layouts whose body is one text run."""
    first, *rest = noise.strings
    parts = [f"{lead}<b>{esc(first)}</b>", *(link(x) for x in rest)]
    return Noise("<br>".join(parts), list(noise.strings))


def to_text(noise: Noise, lead: str = "") -> Noise:
    """The same noise as plain lines, for a <pre>."""
    return Noise(esc(lead + "\n".join(noise.strings)), list(noise.strings))


def to_doc(noise: Noise) -> Noise:
    """The same noise as document paragraphs styled exactly like the body's."""
    first, *rest = noise.strings
    parts = [f'<p class="c2"><span class="c0 c5">{esc(first)}</span></p>']
    parts.extend(
        f'<p class="c2"><span class="c0 c14"><a class="c3" href="https://link.example/{i}">'
        f"{esc(x)}</a></span></p>"
        for i, x in enumerate(rest)
    )
    return Noise("".join(parts), list(noise.strings))


# --- layout-native noise -----------------------------------------------------------------

Extras = dict[str, list[Noise]]


def newsletter_extras(rng: random.Random, ctx: Ctx, story: Story) -> Extras:
    bar = Noise(
        '<div id="archive-bar"><div class="wrap"><span><a href="/join">Join the list</a></span> '
        '<span><a href="/letters">Earlier letters</a></span> '
        '<span><a href="#" id="lang-pick">Read in another language ▾</a></span></div></div>',
        ["Join the list", "Earlier letters", "Read in another language"],
    )
    pre = Noise(
        'Trouble seeing the pictures? <a href="/web">Open this letter on the web</a>',
        ["Open this letter on the web"],
    )
    foot = Noise(
        f"<p>You get these letters because you asked {esc(ctx.site)} to write to you.</p>"
        '<p><a href="/less">Write to me less often</a> · '
        '<a href="/stop">Stop these letters</a></p>',
        [
            f"You get these letters because you asked {ctx.site} to write to you.",
            "Write to me less often",
            "Stop these letters",
        ],
    )
    return {"bar": [bar], "pre": [pre], "foot": [foot]}


def notebook_extras(rng: random.Random, ctx: Ctx, story: Story) -> Extras:
    code = (
        '<span class="n">board</span> <span class="o">=</span> <span class="n">load_board</span>'
        '<span class="p">(</span><span class="s2">&quot;pasni_2026_11.csv&quot;</span>'
        '<span class="p">)</span>\n<span class="n">board</span><span class="o">.</span>'
        '<span class="n">summary</span><span class="p">()</span>'
    )
    cell = Noise(
        code,
        ['board = load_board("pasni_2026_11.csv")', "rows loaded: 1,284 across 31 mornings"],
    )
    return {"code": [cell]}


def reader_extras(rng: random.Random, ctx: Ctx, story: Story) -> Extras:
    source = FEED_SOURCE[story.slug]
    tools = Noise(
        '<div class="toolbar"><button>Put back as unread</button><button>Pin this item</button>'
        "<button>Jump to the next unread</button></div>",
        ["Put back as unread", "Pin this item", "Jump to the next unread"],
    )
    others = heads(rng, ctx, 4)
    lis = "".join(f'<li class="unread">{link(t, f"#i{i}")}</li>' for i, t in enumerate(others))
    queue = Noise(
        f'<div class="item-list"><h3>Still unread in this folder (14)</h3><ul>{lis}</ul></div>',
        ["Still unread in this folder (14)", *others],
    )
    foot_text = (
        f"This piece reached you through the {source} feed. Maps and pictures are on the website."
    )
    feed_foot = Noise(f"<p>{esc(foot_text)}</p>", [foot_text])
    return {"tools": [tools], "queue": [queue], "feedfoot": [feed_foot]}


def community_extras(rng: random.Random, ctx: Ctx, story: Story) -> Extras:
    join = tr(ctx, "Become a member of this circle", "اس حلقے کا رکن بنیں")
    bar = Noise(
        f'<div id="xn_bar_menu"><a href="/login">{esc(tr(ctx, "Sign in", "داخل ہوں"))}</a> '
        f'<a href="/join">{esc(join)}</a></div>',
        [join],
    )
    faces_head = tr(ctx, "New faces in the circle", "حلقے کے نئے چہرے")
    faces = tr(
        ctx, ["Aqsa Mir", "Bilal Sudhan", "Rukhsana"], ["سلمان دشتی", "عارف جدگال", "شاہینہ"]
    )
    lis = "".join(f"<li>{link(x, '/profile')}</li>" for x in faces)
    side = Noise(
        '<div class="xg_module"><div class="xg_module_head">'
        f'<h2>{esc(faces_head)}</h2></div><div class="xg_module_body"><ul>{lis}</ul></div></div>',
        [faces_head],
    )
    tags = tr(ctx, "Tags: dairy, Poonch, cooperatives", "ٹیگز: جیوانی، کچھوے، ساحل")
    tag_line = Noise(f'<p class="small">{esc(tags)}</p>', [tags])
    wall = comments_section(rng, ctx)
    return {"bar": [bar], "side": [side], "tags": [tag_line], "wall": [wall]}


def portal_extras(rng: random.Random, ctx: Ctx, story: Story) -> Extras:
    prayer_head = "Prayer times, Dera Ghazi Khan"
    prayer_line = "Fajr 4:09 · Zuhr 12:17 · Asr 3:58 · Maghrib 7:21 · Isha 8:47"
    prayer = Noise(
        f'<div class="widget"><h4>{prayer_head}</h4><p>{prayer_line}</p></div>',
        [prayer_head, prayer_line],
    )
    rates_head = "Bullion and currency, Multan market"
    rows = [
        "Gold, 24 carat, per tola: Rs 2,84,500",
        "Silver per tola: Rs 3,150",
        "US dollar, open market: Rs 281.40",
        "Saudi riyal, open market: Rs 74.90",
    ]
    rates = Noise(
        f'<div class="widget"><h4>{rates_head}</h4><ul>{"".join(f"<li>{r}</li>" for r in rows)}'
        "</ul></div>",
        [rates_head, *rows],
    )
    weather_head = "Up the mountain today"
    weather_line = "Fort Munro: 21°C by day, 12°C at night, gusty after dusk"
    weather = Noise(
        f'<div class="widget"><h4>{weather_head}</h4><p>{weather_line}</p></div>',
        [weather_head, weather_line],
    )
    poll_q = "Reader poll: should heavy trucks be kept off hill roads at weekends?"
    answers = ["Yes, keep them off", "No, leave the road open", "Show me the tally"]
    poll = Noise(
        f'<div class="widget"><p><b>{esc(poll_q)}</b></p>'
        + "".join(f"<label><input type='radio' name='v'> {a}</label><br>" for a in answers[:2])
        + f"<button>{answers[2]}</button></div>",
        [poll_q, *answers],
    )
    return {"rail": [prayer, most_read(rng, ctx), rates, weather, recommended(rng, ctx), poll]}


def bitrix_extras(rng: random.Random, ctx: Ctx, story: Story) -> Extras:
    views = "یہ خبر ۳۴۱ بار دیکھی گئی"
    back = "خبروں کی فہرست کی طرف لوٹیں"
    return {
        "views": [
            Noise(
                f'<div class="bx-newsdetail-view"><i class="fa fa-eye"></i> {views}</div>', [views]
            )
        ],
        "back": [Noise(f'<p><a href="/news/">&lt;&lt; {back}</a></p>', [back])],
    }


def oldsite_extras(rng: random.Random, ctx: Ctx, story: Story) -> Extras:
    counter = "آپ اس صفحے کے ۱۲۸۴۵ ویں قاری ہیں"
    marquee_head = "تازہ ترین:"
    items = heads(rng, ctx, 3)
    return {
        "counter": [
            Noise(f'<center><font face="Tahoma" size="1">{counter}</font></center>', [counter])
        ],
        "marquee": [
            Noise(
                f'<marquee direction="right" scrollamount="3"><font color="#cc0000">'
                f"<b>{marquee_head}</b></font> {' ♦ '.join(esc(t) for t in items)}</marquee>",
                [marquee_head, *items],
            )
        ],
    }


def forward_extras(rng: random.Random, ctx: Ctx, story: Story) -> Extras:
    top = ["↪ آگے بھیجا گیا", "جیسا ملا ویسا ہی آگے بڑھایا"]
    bottom = ["یہ پیغام کم از کم پانچ گروپوں تک ضرور پہنچائیں", "گروپ ایڈمن کی طرف سے شکریہ"]
    return {"top": [to_text(Noise("", top))], "bottom": [to_text(Noise("", bottom))]}


def profile_extras(rng: random.Random, ctx: Ctx, story: Story) -> Extras:
    counts = "38 applause · 6 responses"
    social = Noise(
        f'<div class="reader-social-bar"><span class="social-counts">{counts}</span>'
        "<button>Applaud</button><button>Respond</button><button>Pass along</button></div>",
        [counts, "Applaud", "Respond", "Pass along"],
    )
    first = story.author.split()[0]
    follow_text = (
        f"Keep up with {first}: new pieces on schools and books in the north land here first."
    )
    follow = Noise(
        f'<div class="reader-author-card"><p>{esc(follow_text)}</p><button>Keep up</button></div>',
        [follow_text],
    )
    more_head = f"More pieces by {story.author}"
    items = heads(rng, ctx, 3)
    lis = "".join(f"<li>{link(t, f'/pulse/{i}')}</li>" for i, t in enumerate(items))
    more = Noise(f"<section><h2>{esc(more_head)}</h2><ul>{lis}</ul></section>", [more_head, *items])
    return {"social": [social], "follow": [follow], "more": [more]}


def instant_extras(rng: random.Random, ctx: Ctx, story: Story) -> Extras:
    items = heads(rng, ctx, 3)
    lis = "".join(
        f'<li><a href="https://{SITES["fb_instant"]["en"][1]}/a/{i}">{esc(t)}</a></li>'
        for i, t in enumerate(items)
    )
    related = Noise(f'<ul class="op-related-articles" title="From the plateau">{lis}</ul>', items)
    credit = f"Photographs by {rng.choice(EN_NAMES)}; map by the Frontier Ledger graphics desk"
    return {"related": [related], "credits": [Noise(f"<aside>{esc(credit)}</aside>", [credit])]}


def preview_extras(rng: random.Random, ctx: Ctx, story: Story) -> Extras:
    label = "Sponsored slot, the story continues after it"
    return {
        "ad": [
            Noise(
                '<div class="anf-component" data-role="banner_advertisement" '
                f'data-anf-id="ad-1"><span>{label}</span></div>',
                [label],
            )
        ]
    }


EXTRAS: dict[str, Callable[[random.Random, Ctx, Story], Extras]] = {
    "mailchimp_archive": newsletter_extras,
    "jupyter_export": notebook_extras,
    "rss_reader": reader_extras,
    "ning_community": community_extras,
    "sidebar_portal": portal_extras,
    "bitrix_news": bitrix_extras,
    "urdu_font_center": oldsite_extras,
    "whatsapp_pre": forward_extras,
    "linkedin_article": profile_extras,
    "fb_instant": instant_extras,
    "apple_news_preview": preview_extras,
}


# --- rendering helpers -------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    p: str = "<p>[[]]</p>"
    h: str = "<h2>[[]]</h2>"
    ul: str = "<ul>[[]]</ul>"
    ol: str = "<ol>[[]]</ol>"
    li: str = "<li>[[]]</li>"
    q: str = "<blockquote><p>[[]]</p></blockquote>"
    table: str = "<table><tbody>[[]]</tbody></table>"
    tr: str = "<tr>[[]]</tr>"
    th: str = "<th>[[]]</th>"
    td: str = "<td>[[]]</td>"
    wrap: str = SLOT
    wrap_h: str = ""
    tail: str = "<p><em>[[]]</em></p>"
    noise_wrap: str = SLOT


def fill(template: str, inner: str) -> str:
    return template.replace(SLOT, inner, 1)


def block_html(block: Block, st: Style) -> str:
    text = esc(block.rows[0][0])
    if block.kind == "p":
        return fill(st.p, text)
    if block.kind == "h":
        return fill(st.h, text)
    if block.kind == "q":
        return fill(st.q, text)
    if block.kind in ("ul", "ol"):
        items = "".join(fill(st.li, esc(row[0])) for row in block.rows)
        return fill(st.ul if block.kind == "ul" else st.ol, items)
    rows = []
    for i, row in enumerate(block.rows):
        cell = st.th if i == 0 else st.td
        rows.append(fill(st.tr, "".join(fill(cell, esc(c)) for c in row)))
    return fill(st.table, "".join(rows))


def render_body(story: Story, inside: dict[int, list[Noise]], st: Style) -> str:
    out = [fill(st.noise_wrap, n.html) for n in inside.get(BEFORE, [])]
    for i, block in enumerate(story.blocks):
        wrap = st.wrap_h if block.kind == "h" and st.wrap_h else st.wrap
        out.append(fill(wrap, block_html(block, st)))
        out.extend(fill(st.noise_wrap, n.html) for n in inside.get(i, []))
    if story.tail:
        out.append(fill(st.wrap, fill(st.tail, esc(story.tail))))
    out.extend(fill(st.noise_wrap, n.html) for n in inside.get(AFTER_TAIL, []))
    return "\n".join(out)


def render_runs(
    story: Story, inside: dict[int, list[Noise]], h_tpl: str, q_tpl: str, tail_tpl: str
) -> str:
    """The story as one run of text broken by <br> (old sites, chat messages)."""
    segs = [n.html for n in inside.get(BEFORE, [])]
    for i, block in enumerate(story.blocks):
        if block.kind == "h":
            segs.append(fill(h_tpl, esc(block.rows[0][0])))
        elif block.kind == "q":
            segs.append(fill(q_tpl, esc(block.rows[0][0])))
        else:
            segs.append("<br>".join(esc(line) for line in block.lines()))
        segs.extend(n.html for n in inside.get(i, []))
    if story.tail:
        segs.append(fill(tail_tpl, esc(story.tail)))
    segs.extend(n.html for n in inside.get(AFTER_TAIL, []))
    return "<br><br>".join(segs)


def render_text(story: Story, inside: dict[int, list[Noise]]) -> str:
    """The story as plain lines for a <pre>: one block a paragraph, blank lines between."""
    segs = [n.html for n in inside.get(BEFORE, [])]
    for i, block in enumerate(story.blocks):
        segs.append(esc("\n".join(block.lines())))
        segs.extend(n.html for n in inside.get(i, []))
    if story.tail:
        segs.append(esc(story.tail))
    segs.extend(n.html for n in inside.get(AFTER_TAIL, []))
    return "\n\n".join(segs)


def ident(seed: str, n: int = 12) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


EN_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
UR_MONTHS = [
    "جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون",
    "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر",
]  # fmt: skip
SECTIONS = {
    "en": ["Balochistan", "Gilgit-Baltistan", "Khyber Pakhtunkhwa", "Sindh", "Business", "Sport"],
    "ur": ["بلوچستان", "گلگت بلتستان", "خیبر پختونخوا", "سندھ", "کاروبار", "کھیل"],
}
FOOT = {
    "en": "About us · Contact · Terms of use",
    "ur": "ہمارے بارے میں · رابطہ · استعمال کی شرائط",
}


def shown_date(story: Story) -> str:
    year, month, day = int(story.date[:4]), int(story.date[5:7]), int(story.date[8:10])
    if story.lang == "ur":
        ctx = Ctx("ur", "", "")
        return f"{num(ctx, day)} {UR_MONTHS[month - 1]} {num(ctx, year)}"
    return f"{EN_MONTHS[month - 1]} {day}, {year}"


def clock(story: Story) -> str:
    return story.date[11:16]


def rtl(story: Story) -> str:
    return ' dir="rtl"' if story.lang == "ur" else ""


def by(story: Story) -> str:
    return ("رپورٹ: " if story.lang == "ur" else "By ") + story.author


def nav_items(story: Story, li_class: str = "") -> str:
    cls = f' class="{li_class}"' if li_class else ""
    return "".join(
        f'<li{cls}><a href="/section/{i}">{esc(name)}</a></li>'
        for i, name in enumerate(SECTIONS[story.lang])
    )


def footer_text(story: Story, site: str) -> str:
    return f"© 2026 {esc(site)} · {FOOT[story.lang]}"


def head(story: Story, url: str, site: str, extra: str = "") -> str:
    return (
        '<head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(story.title)} | {esc(site)}</title>"
        f'<link rel="canonical" href="{url}">'
        f'<meta property="og:title" content="{esc(story.title)}">'
        f'<meta property="og:site_name" content="{esc(site)}">'
        f'<meta property="og:url" content="{url}">'
        f'<meta property="article:published_time" content="{story.date}">'
        f'<meta name="author" content="{esc(story.author)}">{extra}</head>'
    )


def opening(story: Story, url: str, site: str, extra_head: str = "", attrs: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="{story.lang}"{rtl(story)}{attrs}>'
        f"{head(story, url, site, extra_head)}"
    )


def joined(noise: list[Noise], template: str = SLOT) -> str:
    return "".join(fill(template, n.html) for n in noise)


Inside = dict[int, list[Noise]]


# --- layouts -----------------------------------------------------------------------------

ARC = Style(
    p='<p class="c-paragraph" data-el="text">[[]]</p>',
    h='<h2 class="c-heading" data-el="header">[[]]</h2>',
    ul='<ul class="c-list" data-el="list">[[]]</ul>',
    ol='<ol class="c-list" data-el="list">[[]]</ol>',
    q='<blockquote class="c-blockquote" data-el="quote"><p>[[]]</p></blockquote>',
    table='<table class="c-table" data-el="table"><tbody>[[]]</tbody></table>',
    tail='<p class="c-paragraph" data-el="text"><i>[[]]</i></p>',
)


def arc_fusion(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    content = json.dumps(
        {
            "_id": ident(s.slug, 26).upper(),
            "type": "story",
            "canonical_url": url.split(".example", 1)[1],
            "headlines": {"basic": s.title},
            "display_date": s.date,
        },
        ensure_ascii=False,
    )
    script = (
        '<script id="fusion-metadata" type="application/javascript">'
        "window.Fusion=window.Fusion||{};"
        f'Fusion.arcSite="quetta-ledger";Fusion.globalContent={content};</script>'
    )
    rail = "".join(
        f'<div data-fusion-component="rail-{i}" class="c-stack">{n.html}</div>'
        for i, n in enumerate(outside[1:])
    )
    return (
        opening(s, url, site, script) + '<body><div id="fusion-app" class="b-application">'
        f'<header class="b-header-nav-chain" data-fusion-component="nav-0">'
        f'<a class="b-logo" href="/">{esc(site)}</a><nav class="c-stack"><ul>{nav_items(s)}</ul>'
        f"</nav></header>{joined(outside[:1])}"
        '<div class="b-right-rail-layout"><main class="b-main">'
        '<article class="b-article" data-fusion-component="article-body-chain">'
        f'<div class="b-headline"><h1 class="c-heading" data-testid="headline">{esc(s.title)}</h1>'
        f'</div><div class="b-byline" data-testid="byline">By <a class="c-link" href="/people/x/">'
        f'{esc(s.author)}</a></div><div class="b-date" data-testid="date">'
        f'<time datetime="{s.date}">{shown_date(s)}</time></div>'
        f'<div class="b-article-body" data-fusion-component="article-body">'
        f"{render_body(s, inside, ARC)}</div></article></main>"
        f'<aside class="b-right-rail">{rail}</aside></div>'
        f'<footer class="b-footer" data-fusion-component="footer-0"><p>{footer_text(s, site)}</p>'
        "</footer></div></body></html>"
    )


BRIGHTSPOT = Style(
    q='<blockquote class="RichTextBody-blockquote"><p>[[]]</p></blockquote>',
    table='<div class="Table"><table><tbody>[[]]</tbody></table></div>',
    noise_wrap='<div class="Enhancement" data-align-center>'
    '<div class="Enhancement-item">[[]]</div></div>',
    tail="<p><i>[[]]</i></p>",
)


def brightspot(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    return (
        opening(s, url, site)
        + '<body class="Page-body"><bsp-header class="Page-header"><div class="Page-header-bar">'
        f'<a class="Page-header-logo" href="/">{esc(site)}</a><nav class="Page-header-navigation">'
        f'<ul class="Navigation-items">{nav_items(s, "Navigation-items-item")}</ul></nav></div>'
        f'</bsp-header><div class="Page-above">{joined(outside[:1])}</div>'
        '<main class="Page-main"><div class="Page-content"><div class="Page-articleBody-wrapper">'
        f'<h1 class="Page-headline">{esc(s.title)}</h1><div class="Page-byline">'
        f'<div class="Page-authors">By <a class="Link" href="/people/x">{esc(s.author)}</a></div>'
        f'<bsp-timestamp class="Page-datePublished" data-timestamp="{s.date}"><span>'
        f"{shown_date(s)}</span></bsp-timestamp></div>"
        f'<div class="RichTextArticleBody RichTextBody">{render_body(s, inside, BRIGHTSPOT)}</div>'
        f'</div><aside class="Page-aside">{joined(outside[1:], "<div class=List>[[]]</div>")}'
        f'</aside></div></main><footer class="Page-footer"><div class="Page-footer-disclaimer">'
        f"{footer_text(s, site)}</div></footer></body></html>"
    )


SXA_TEXT = '<div class="component rich-text col-12"><div class="component-content">[[]]</div></div>'
SITECORE = Style(
    h='<h2 class="field-title">[[]]</h2>',
    wrap=SXA_TEXT,
    wrap_h='<div class="component title col-12"><div class="component-content">[[]]</div></div>',
    noise_wrap=SXA_TEXT,
)


def sitecore_sxa(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    side = joined(
        outside[1:],
        '<div class="component link-list col-12"><div class="component-content">[[]]</div></div>',
    )
    return (
        opening(s, url, site)
        + '<body class="default-device bodyclass"><div id="wrapper"><header><div id="header" '
        'class="container"><div class="row"><div class="component image col-4"><div '
        f'class="component-content"><a href="/"><img alt="{esc(site)}" src="/-/media/logo.png">'
        '</a></div></div><div class="component navigation col-8 navigation-main"><div '
        f'class="component-content"><nav><ul class="clearfix">{nav_items(s, "level0 rel-level1")}'
        f"</ul></nav></div></div></div></div></header>{joined(outside[:1])}"
        '<main><div id="content" class="container"><div class="row">'
        '<div class="component title col-12"><div class="component-content">'
        f'<h1 class="field-title">{esc(s.title)}</h1></div></div>'
        '<div class="component page-content col-12"><div class="component-content">'
        f'<div class="field-author">{esc(s.author)}</div><div class="field-date">{shown_date(s)}'
        '</div></div></div><div class="col-12 col-md-8"><div class="row">'
        f"{render_body(s, inside, SITECORE)}</div></div>"
        f'<div class="col-12 col-md-4"><div class="row">{side}</div></div></div></div></main>'
        '<footer><div id="footer" class="container"><div class="row">'
        f"{fill(SXA_TEXT, '<p>' + footer_text(s, site) + '</p>')}"
        "</div></div></footer></div></body></html>"
    )


AEM_TEXT = (
    '<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text" '
    'data-cmp-data-layer=\'{"@type":"nvr/components/text"}\'>[[]]</div></div>'
)
AEM = Style(
    h='<h2 class="cmp-title__text">[[]]</h2>',
    wrap=AEM_TEXT,
    wrap_h='<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title">'
    "[[]]</div></div>",
    noise_wrap=AEM_TEXT,
    tail="<p>[[]]</p>",
)


def aem_grid(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    frag = (
        '<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">'
        '<div class="cmp-experiencefragment">[[]]</div></div>'
    )
    return (
        opening(s, url, site)
        + '<body class="page basicpage"><div class="root responsivegrid"><div class="aem-Grid '
        'aem-Grid--12 aem-Grid--default--12">'
        '<div class="experiencefragment header aem-GridColumn aem-GridColumn--default--12">'
        '<div class="cmp-experiencefragment cmp-experiencefragment--header">'
        f'<a href="/">{esc(site)}'
        f"</a><ul>{nav_items(s, 'cmp-navigation__item')}</ul></div></div>"
        f"{joined(outside[:1], frag)}"
        '<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title">'
        f'<h1 class="cmp-title__text">{esc(s.title)}</h1></div></div>'
        f"{fill(AEM_TEXT, '<p>' + esc(by(s)) + ' · ' + shown_date(s) + '</p>')}"
        '<div class="container responsivegrid aem-GridColumn aem-GridColumn--default--12">'
        '<div class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">'
        f'<div class="parsys">{render_body(s, inside, AEM)}</div></div></div></div>'
        f"{joined(outside[1:], frag)}"
        '<div class="experiencefragment footer aem-GridColumn aem-GridColumn--default--12">'
        f'<div class="cmp-experiencefragment"><p>{footer_text(s, site)}</p></div></div>'
        "</div></div></body></html>"
    )


BITRIX = Style(h="<h4>[[]]</h4>", tail="<p><b>[[]]</b></p>")


def bitrix_news(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    node = ident(s.slug, 6)
    return (
        opening(s, url, site)
        + '<body><div id="panel"></div><div class="bx-wrapper" id="bx_eshop_wrap">'
        '<header class="bx-header"><div class="bx-header-section container">'
        f'<a class="bx-logo" href="/">{esc(site)}</a><ul class="bx-top-nav">{nav_items(s)}</ul>'
        f"</div></header>{joined(outside[:1])}"
        '<div class="workarea"><div class="bx-breadcrumb"><a href="/">'
        f"{esc(SECTIONS['ur'][0])}</a> / <span>{esc(s.title)}</span></div>"
        f'<div class="row"><div class="col-md-8"><div class="news-detail"><div class="mb-3" '
        f'id="bx_1878455859_{node}"><div class="bx-newsdetail"><div class="bx-newsdetail-block">'
        f'<h3 class="bx-newsdetail-title">{esc(s.title)}</h3>'
        f'<div class="bx-newsdetail-content">{render_body(s, inside, BITRIX)}</div>'
        f'<div class="bx-newsdetail-author"><i class="fa fa-user"></i> {esc(by(s))}</div>'
        f'<div class="bx-newsdetail-date"><i class="fa fa-calendar-o"></i> {shown_date(s)}</div>'
        f"{joined(extra.get('views', []))}</div></div></div></div>{joined(extra.get('back', []))}"
        f'</div><div class="col-md-4 sidebar">{joined(outside[1:])}</div></div></div>'
        f'<footer class="bx-footer"><p>{footer_text(s, site)}</p></footer></div></body></html>'
    )


CONTENTFUL = Style(
    p='<p class="RichText_paragraph__q3Zt8">[[]]</p>',
    h='<h2 class="RichText_heading__b1Lw0" data-testid="rt-heading-2">[[]]</h2>',
    ul='<ul class="RichText_list__8Kf2c" data-testid="rt-ul">[[]]</ul>',
    ol='<ol class="RichText_list__8Kf2c" data-testid="rt-ol">[[]]</ol>',
    li="<li><p>[[]]</p></li>",
    q='<blockquote class="RichText_quote__Zr0aP" data-testid="rt-quote"><p>[[]]</p></blockquote>',
    table='<table class="RichText_table__0oQ1s" data-testid="rt-table"><tbody>[[]]</tbody></table>',
    tail='<p class="RichText_paragraph__q3Zt8"><em>[[]]</em></p>',
)


def contentful_react(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    entry = ident(s.slug, 22)
    state = json.dumps(
        {"entryId": entry, "contentType": "newsArticle", "locale": "en-PK", "slug": s.slug}
    )
    return (
        opening(s, url, site) + '<body><div id="root"><div class="App_app__2Hk3d">'
        '<header data-testid="site-header" class="Header_header__1xLqP">'
        f'<a href="/" class="Header_logo__Q8w1e">{esc(site)}</a><ul>{nav_items(s)}</ul></header>'
        f"{joined(outside[:1])}"
        '<main data-testid="article-page" class="ArticlePage_main__3QeZt">'
        f'<article data-contentful-entry-id="{entry}" data-contentful-content-type="newsArticle">'
        '<h1 data-testid="article-headline" class="Headline_h1__9sK2a" '
        f'data-contentful-field-id="headline">{esc(s.title)}</h1>'
        f'<div data-testid="article-meta" class="Meta_meta__kd8Qe"><span>{esc(s.author)}</span> · '
        f'<time datetime="{s.date}">{shown_date(s)}</time></div>'
        '<div data-testid="rich-text" data-contentful-field-id="body" class="RichText_root__7Yf1m">'
        f"{render_body(s, inside, CONTENTFUL)}</div></article>"
        f'<aside data-testid="rail" class="Rail_rail__m2Vb1">{joined(outside[1:])}</aside></main>'
        f'<footer data-testid="site-footer">{footer_text(s, site)}</footer></div></div>'
        f'<script id="__CONTENTFUL_STATE__" type="application/json">{state}</script>'
        "</body></html>"
    )


WEBFLOW = Style(q="<blockquote>[[]]</blockquote>", tail="<p><em>[[]]</em></p>")


def webflow(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    page_id = ident(s.slug, 24)
    links = "".join(
        f'<a href="/section/{i}" class="nav-link w-nav-link">{esc(x)}</a>'
        for i, x in enumerate(SECTIONS[s.lang])
    )
    related = "".join(
        f'<div role="listitem" class="w-dyn-item">{n.html}</div>' for n in outside[1:]
    )
    return (
        opening(
            s,
            url,
            site,
            '<link href="https://assets.website-files.example/site.webflow.css" rel="stylesheet">',
            f' data-wf-page="{page_id}" data-wf-site="{ident(site, 24)}"',
        )
        + '<body><div data-collapse="medium" data-animation="default" class="navbar w-nav" '
        'role="banner"><div class="container w-container">'
        f'<a href="/" class="brand w-nav-brand">{esc(site)}</a>'
        f'<nav role="navigation" class="nav-menu w-nav-menu">{links}</nav>'
        '<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div>'
        f"</div>{joined(outside[:1])}"
        '<div class="section-post"><div class="container w-container">'
        f'<h1 class="post-title">{esc(s.title)}</h1><div class="post-meta">'
        f'<div class="author-name">{esc(s.author)}</div><div class="post-date">{shown_date(s)}'
        "</div></div>"
        f'<div class="post-body w-richtext">{render_body(s, inside, WEBFLOW)}</div></div></div>'
        '<div class="section-related"><div class="w-dyn-list"><div role="list" '
        f'class="w-dyn-items">{related}</div></div></div>'
        f'<div class="footer w-container"><p>{footer_text(s, site)}</p></div></body></html>'
    )


MC_P = (
    '<p style="margin:10px 0;padding:0;color:#202020;font-family:Georgia;font-size:16px;'
    'line-height:150%;text-align:left;">[[]]</p>'
)
MAILCHIMP = Style(
    p=MC_P,
    h='<h3 style="display:block;margin:0;padding:0;color:#202020;font-size:20px;">[[]]</h3>',
    q='<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:12px;">'
    "[[]]</blockquote>",
    tail=MC_P.replace(SLOT, "<em>[[]]</em>"),
)


def mc_block(inner: str) -> str:
    return (
        '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" '
        'style="min-width:100%;"><tbody class="mcnTextBlockOuter"><tr><td valign="top" '
        'class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" '
        'cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" '
        'class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent" '
        'style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;">'
        f"{inner}</td></tr></tbody></table></td></tr></tbody></table>"
    )


def mailchimp_archive(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    issue = 30 + len(s.slug)
    story = (
        f'<h1 style="color:#202020;font-size:26px;">{esc(s.title)}</h1>'
        f"{fill(MC_P, esc(by(s)) + ' · ' + shown_date(s))}{render_body(s, inside, MAILCHIMP)}"
    )
    pre = joined(extra.get("pre", []))
    foot = joined(extra.get("foot", []))
    return (
        f'<!DOCTYPE html><html lang="{s.lang}">{head(s, url, site)}<body>'
        f'{joined(extra.get("bar", []))}<center><table align="center" border="0" cellpadding="0" '
        'cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" '
        'valign="top" id="bodyCell"><table border="0" cellpadding="0" cellspacing="0" '
        'width="100%" class="templateContainer">'
        f'<tr><td valign="top" id="templatePreheader">{pre}</td></tr>'
        '<tr><td valign="top" id="templateHeader"><img align="center" alt="" '
        'src="https://mcusercontent.example/masthead.png" width="564">'
        f"<p>{esc(site)} · Issue {issue}</p></td></tr>"
        f'<tr><td valign="top" id="templateBody">{mc_block(story)}'
        f"{''.join(mc_block(n.html) for n in outside)}</td></tr>"
        f'<tr><td valign="top" id="templateFooter">{foot}<p>© 2026 {esc(site)}, Mithi, '
        "Tharparkar</p></td></tr></table></td></tr></table></center></body></html>"
    )


def gd_run(text: str) -> str:
    cut = max(text.find(", "), text.find("، "))
    if 20 < cut < len(text) - 20:
        return (
            f'<span class="c0">{esc(text[: cut + 2])}</span>'
            f'<span class="c0 c11">{esc(text[cut + 2 :])}</span>'
        )
    return f'<span class="c0">{esc(text)}</span>'


def gdocs_body(s: Story, inside: Inside) -> str:
    d = rtl(s)
    out = [n.html for n in inside.get(BEFORE, [])]
    for i, block in enumerate(s.blocks):
        text = block.rows[0][0]
        if block.kind == "p":
            out.append(f'<p class="c2"{d}>{gd_run(text)}</p>')
        elif block.kind == "h":
            out.append(
                f'<h2 class="c9" id="h.{ident(text, 12)}"{d}>'
                f'<span class="c7">{esc(text)}</span></h2>'
            )
        elif block.kind == "q":
            out.append(f'<p class="c2 c13"{d}><span class="c0 c15">{esc(text)}</span></p>')
        elif block.kind in ("ul", "ol"):
            kix = ident(text, 10)
            items = "".join(
                f'<li class="c2 c6 li-bullet-0"{d}><span class="c0">{esc(row[0])}</span></li>'
                for row in block.rows
            )
            out.append(f'<{block.kind} class="c4 lst-kix_{kix}-0 start">{items}</{block.kind}>')
        else:
            rows = "".join(
                '<tr class="c10">'
                + "".join(
                    f'<td class="c12" colspan="1" rowspan="1"{d}>'
                    f'<span class="c0">{esc(c)}</span></td>'
                    for c in row
                )
                + "</tr>"
                for row in block.rows
            )
            out.append(f'<table class="c17"><tbody>{rows}</tbody></table>')
        if i % 2 == 1:
            out.append('<p class="c2 c8"><span class="c0"></span></p>')
        out.extend(n.html for n in inside.get(i, []))
    if s.tail:
        out.append(f'<p class="c2"{d}><span class="c0 c15">{esc(s.tail)}</span></p>')
    out.extend(n.html for n in inside.get(AFTER_TAIL, []))
    return "".join(out)


def gdocs_pub(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    d = rtl(s)
    css = (
        ".lst-kix_a-0>li:before{content:'\\0025cf  '}ul.lst-kix_a-0{list-style-type:none}"
        ".c0{color:#000000;font-weight:400;font-size:11pt;font-family:'Arial'}.c5{font-weight:700}"
        ".c2{padding-top:0pt;padding-bottom:0pt;line-height:1.15;text-align:right}"
        ".c7{font-size:16pt}.c15{font-style:italic}.c13{margin-right:36pt}"
    )
    return (
        f'<html lang="{s.lang}"><head><meta content="text/html; charset=UTF-8" '
        f'http-equiv="content-type"><title>{esc(s.title)}</title>'
        f'<link rel="canonical" href="{url}"><style type="text/css">{css}</style></head>'
        f'<body><div id="header"><div id="title">{esc(site)} · {esc(s.title)}</div>'
        '<div id="interval"><span>Refreshes by itself every five minutes</span></div></div>'
        f'<div id="contents"><div class="c8 doc-content">{joined(outside[:1])}'
        f'<p class="c2 c16 title" id="h.{ident(s.slug, 12)}"{d}><span class="c5 c7">'
        f"{esc(s.title)}</span></p>"
        f'<p class="c2"{d}><span class="c0">{esc(by(s))}</span></p>'
        f'<p class="c2"{d}><span class="c0">{shown_date(s)}</span></p>'
        f"{gdocs_body(s, inside)}{joined(outside[1:])}</div></div>"
        '<div id="footer"><div id="publish-bar"><span>Shared through an online document editor'
        '</span> <a href="#">Flag this document</a> <a href="#">How sharing works</a></div></div>'
        "</body></html>"
    )


LINKEDIN = Style(tail="<p><em>[[]]</em></p>")


def linkedin_article(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    return (
        opening(s, url, site)
        + '<body class="reader-article"><header class="global-nav"><a href="/" class="global-nav__'
        f'logo">{esc(site)}</a><ul class="global-nav__primary"><li><a href="/feed">Home</a></li>'
        '<li><a href="/people">People</a></li><li><a href="/jobs">Openings</a></li></ul></header>'
        f'{joined(outside[:1])}<main class="reader-main"><article>'
        '<div class="reader-article-header"><figure class="reader-cover-image">'
        '<img src="/media/cover.jpg" alt=""></figure>'
        f'<h1 class="reader-article-header__title" dir="ltr">{esc(s.title)}</h1>'
        '<div class="reader-author-info"><a class="reader-author-info__name" href="/in/x">'
        f'{esc(s.author)}</a><p class="reader-author-info__headline">Education writer, '
        "Gilgit-Baltistan</p>"
        f'<time class="reader-author-info__date" datetime="{s.date}">Published {shown_date(s)}'
        "</time></div></div>"
        '<div class="reader-article-content reader-article-content--content-blocks" dir="ltr">'
        f"{render_body(s, inside, LINKEDIN)}</div>"
        f"{joined(extra.get('social', []))}{joined(extra.get('follow', []))}</article>"
        f'{joined(extra.get("more", []))}<div class="reader-rail">{joined(outside[1:])}</div>'
        f'</main><footer class="global-footer">{footer_text(s, site)}</footer></body></html>'
    )


INSTANT = Style(tail="<p><i>[[]]</i></p>")


def fb_instant(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    ad = (
        '<figure class="op-ad"><iframe width="300" height="250" style="border:0;margin:0;" '
        'src="https://ads.example/ia?slot=1"></iframe></figure>'
    )
    credits = joined(extra.get("credits", []))
    return (
        '<!doctype html><html lang="en" prefix="op: http://media.facebook.com/op#"><head>'
        f'<meta charset="utf-8"><link rel="canonical" href="{url}">'
        '<meta property="op:markup_version" content="v1.0">'
        '<meta property="fb:article_style" content="frontier_default">'
        '<meta property="fb:use_automatic_ad_placement" content="enable=true ad_density=default">'
        f"<title>{esc(s.title)}</title></head><body><article><header>"
        '<figure><img src="https://frontierledger.example/img/cover.jpg"></figure>'
        f'<h1>{esc(s.title)}</h1><h3 class="op-kicker">{esc(SECTIONS["en"][1])}</h3>'
        f'<address><a rel="facebook" href="/people/x">{esc(s.author)}</a></address>'
        f'<time class="op-published" datetime="{s.date}">{shown_date(s)}</time>'
        f"{ad if inside else ''}</header>"
        f"{joined(outside[:1])}{render_body(s, inside, INSTANT)}"
        f"{joined(extra.get('related', []))}{joined(outside[1:])}"
        f"<footer>{credits}<small>© 2026 {esc(site)}</small></footer>"
        '<figure class="op-tracker"><iframe hidden></iframe></figure></article></body></html>'
    )


ANF = Style(
    wrap='<div class="anf-component" data-role="body" data-format="html">[[]]</div>',
    wrap_h='<div class="anf-component" data-role="heading2">[[]]</div>',
    h="<h2>[[]]</h2>",
    q="<blockquote>[[]]</blockquote>",
    noise_wrap='<div class="anf-component" data-role="body" data-format="html">[[]]</div>',
)


def apple_news_preview(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    ads = joined(extra.get("ad", []))
    body = render_body(s, inside, ANF)
    if ads:
        first_break = body.find("</div>\n") + len("</div>\n")
        body = body[:first_break] + ads + "\n" + body[first_break:]
    layout = json.dumps({"columns": 7, "width": 1024, "margin": 60, "gutter": 20})
    return (
        opening(s, url, site)
        + f'<body class="anf-preview"><div class="anf-document" data-anf-version="1.9" '
        f"data-layout='{layout}'>"
        f'<div class="anf-component" data-role="header"><div class="anf-component" '
        f'data-role="title"><h1>{esc(s.title)}</h1></div></div>'
        f'<div class="anf-component" data-role="byline"><p>{esc(by(s))} · {shown_date(s)}</p></div>'
        f'<div class="anf-component" data-role="photo"><img src="/anf/photo-1.jpg" alt=""></div>'
        f"{joined(outside[:1])}{body}"
        f'<div class="anf-component" data-role="container" data-anchor="end">{joined(outside[1:])}'
        f'</div><div class="anf-component" data-role="author"><p>{esc(site)}</p></div></div>'
        "</body></html>"
    )


FEED_SOURCE = {"rawalakot-dairy": "Pir Panjal Post", "gilgit-bookfair": "Gilgit Weekly Review"}
READER = Style(tail="<p><em>[[]]</em></p>")


def rss_reader(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    inner = dict(inside)
    inner[AFTER_TAIL] = [*extra.get("feedfoot", []), *inside.get(AFTER_TAIL, [])]
    source = FEED_SOURCE[s.slug]
    item = ident(s.slug, 8)
    return (
        opening(s, url, site)
        + '<body class="reader"><header class="app-bar"><span class="app-name">'
        f"{esc(site)}</span> <span>Saved items</span></header>"
        f'<div class="reader-pane">{joined(extra.get("tools", []))}'
        f'<div class="item" id="item-{item}"><div class="item-header">'
        f'<h1 class="item-title"><a href="https://{source.lower().replace(" ", "")}.example/'
        f'{s.slug}">{esc(s.title)}</a></h1>'
        f'<div class="item-source">{esc(source)} · {esc(s.author)} · {shown_date(s)}</div></div>'
        f'<div class="item-body">{render_body(s, inner, READER)}</div></div></div>'
        f'<div class="reader-side">{joined(extra.get("queue", []))}{joined(outside)}</div>'
        "</body></html>"
    )


def tg_message(channel: str, handle: str, post: int, text: str, s: Story, views: str) -> str:
    base = f"https://telegram-preview.example/{handle}"
    return (
        '<div class="tgme_widget_message_wrap js-widget_message_wrap">'
        '<div class="tgme_widget_message text_not_supported_wrap js-widget_message" '
        f'data-post="{handle}/{post}" data-view="{ident(str(post) + handle, 16)}">'
        f'<div class="tgme_widget_message_user"><a href="{base}"><i class="tgme_widget_message_'
        'user_photo bgcolor2"></i></a></div><div class="tgme_widget_message_bubble">'
        '<i class="tgme_widget_message_bubble_tail"></i><div class="tgme_widget_message_author '
        f'accent_color"><a class="tgme_widget_message_owner_name" href="{base}"><span dir="auto">'
        f'{esc(channel)}</span></a></div><div class="tgme_widget_message_text js-message_text" '
        f'dir="auto">{text}</div><div class="tgme_widget_message_footer compact js-message_'
        'footer"><div class="tgme_widget_message_info short js-message_info">'
        f'<span class="tgme_widget_message_views">{views}</span><span class="tgme_widget_'
        f'message_meta"><a class="tgme_widget_message_date" href="{base}/{post}">'
        f'<time datetime="{s.date}" class="time">{clock(s)}</time></a></span></div></div></div>'
        "</div></div>"
    )


def telegram_channel(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    handle = "lamhabalamha"
    post = 1200 + len(s.slug) * 7
    text = f"<b>{esc(s.title)}</b><br><br><i>{esc(by(s))}</i><br><br>" + render_runs(
        s, inside, "<b>[[]]</b>", "<blockquote>[[]]</blockquote>", "<i>[[]]</i>"
    )
    story = tg_message(site, handle, post, text, s, "4.2K")
    if not outside:
        return (
            f'<!DOCTYPE html><html lang="ur">{head(s, url, site)}'
            '<body class="widget_frame_base tgme_widget body_widget_post emoji_image nodark">'
            f"{story}</body></html>"
        )
    before = "".join(
        tg_message(site, handle, post - 2 + i, n.html, s, f"{3 + i}.{i}K")
        for i, n in enumerate(outside[:2])
    )
    after = "".join(
        tg_message(site, handle, post + 1 + i, n.html, s, "2.7K") for i, n in enumerate(outside[2:])
    )
    return (
        f'<!DOCTYPE html><html lang="ur">{head(s, url, site)}<body class="tgme_channel_history">'
        f'<header class="tgme_header"><div class="tgme_header_title"><span dir="auto">{esc(site)}'
        f'</span></div><a class="tgme_action_button_new" href="tg://resolve?domain={handle}">'
        'View in app</a></header><main class="tgme_main"><div class="tgme_container">'
        '<div class="tgme_channel_info"><div class="tgme_channel_info_header">'
        f'<div class="tgme_channel_info_header_title"><span dir="auto">{esc(site)}</span></div>'
        f'<div class="tgme_channel_info_header_username"><a href="#">@{handle}</a></div></div>'
        '<div class="tgme_channel_info_description">بلوچستان کے اضلاع سے مختصر خبریں</div>'
        '<div class="tgme_channel_info_counters"><div class="tgme_channel_info_counter">'
        '<span class="counter_value">12.4K</span> <span class="counter_type">subscribers</span>'
        "</div></div></div>"
        '<section class="tgme_channel_history js-message_history">'
        f"{before}{story}{after}</section></div></main></body></html>"
    )


def whatsapp_pre(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    inner = dict(inside)
    inner[BEFORE] = [*extra.get("top", []), *inside.get(BEFORE, [])]
    inner[AFTER_TAIL] = [*inside.get(AFTER_TAIL, []), *extra.get("bottom", [])]
    text = render_text(s, inner)
    return (
        opening(s, url, site) + '<body><div class="board"><div class="board-head">'
        f'<a href="/" class="board-name">{esc(site)}</a><ul class="board-nav">{nav_items(s)}</ul>'
        f'</div>{joined(outside[:1])}<div class="board-main"><div class="notice">'
        f'<h1 class="notice-title">{esc(s.title)}</h1>'
        f'<div class="notice-meta">ارسال کنندہ: {esc(s.author)} · {shown_date(s)}</div>'
        '<pre class="notice-text" dir="rtl" style="white-space:pre-wrap;font-family:inherit">'
        f"{text}</pre></div>"
        f'<div class="board-side">{joined(outside[1:])}</div></div>'
        f'<div class="board-foot">{footer_text(s, site)}</div></div></body></html>'
    )


def urdu_font_center(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    body = render_runs(
        s,
        inside,
        '<font color="#990000"><b>[[]]</b></font>',
        "<i>[[]]</i>",
        '<font size="2">[[]]</font>',
    )
    links = " | ".join(f'<a href="/section/{i}">{esc(x)}</a>' for i, x in enumerate(SECTIONS["ur"]))
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{esc(s.title)}</title></head>"
        '<body bgcolor="#FFFFF0" dir="rtl" topmargin="0" leftmargin="0">'
        f'<center><font face="Alvi Nastaleeq" size="6" color="#8B0000">{esc(site)}</font><br>'
        f'<font face="Tahoma" size="1">{links}</font></center>{joined(extra.get("marquee", []))}'
        '<hr size="1" color="#cccccc">'
        f"{joined(outside[:1])}"
        f'<center><font face="Alvi Nastaleeq" size="5" color="#003399"><b>{esc(s.title)}</b>'
        f'</font></center><center><font face="Tahoma" size="2" color="#666666">{esc(s.author)} — '
        f"{shown_date(s)}</font></center><br>"
        f'<div align="right"><font face="Alvi Nastaleeq" size="4">{body}</font></div><br>'
        f'{joined(outside[1:], "<p>[[]]</p>")}<hr size="1" color="#cccccc">'
        f"{joined(extra.get('counter', []))}"
        f'<center><font face="Tahoma" size="1">{footer_text(s, site)}</font></center>'
        "</body></html>"
    )


PORTAL = Style(tail="<p><b>[[]]</b></p>")


def sidebar_portal(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    rail = joined([*extra.get("rail", []), *outside[1:]], '<div class="box">[[]]</div>')
    left = "".join(
        f'<li><a href="/section/{i}/all">{esc(x)}</a></li>' for i, x in enumerate(SECTIONS[s.lang])
    )
    return (
        opening(s, url, site) + f'<body><div id="topstrip"><span>{shown_date(s)}</span></div>'
        f'<div id="masthead"><a href="/"><img alt="{esc(site)}" src="/img/logo.gif"></a>'
        f'<ul id="menu">{nav_items(s)}</ul></div>{joined(outside[:1])}'
        f'<div id="page"><div id="rail" class="col">{rail}</div>'
        f'<div id="leftnav" class="col"><ul>{left}</ul></div>'
        f'<div id="centre" class="col"><div class="newsbox"><h1>{esc(s.title)}</h1>'
        f'<div class="newsinfo">{esc(s.author)} | {shown_date(s)}</div>'
        f'<div class="newstext">{render_body(s, inside, PORTAL)}</div></div></div></div>'
        f'<div id="foot">{footer_text(s, site)}</div></body></html>'
    )


def jupyter_cell(inner: str, cell_id: str) -> str:
    return (
        f'<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell" id="cell-id={cell_id}">'
        '<div class="jp-Cell-inputWrapper" tabindex="0"><div class="jp-Collapser '
        'jp-InputCollapser jp-Cell-inputCollapser"></div><div class="jp-InputArea '
        'jp-Cell-inputArea"><div class="jp-InputPrompt jp-InputArea-prompt"></div>'
        '<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" '
        f'data-mime-type="text/markdown">{inner}</div></div></div></div>'
    )


def jupyter_code(noise: Noise) -> str:
    return (
        '<div class="jp-Cell jp-CodeCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper">'
        '<div class="jp-InputArea jp-Cell-inputArea"><div class="jp-InputPrompt '
        'jp-InputArea-prompt">In&nbsp;[3]:</div><div class="jp-CodeMirrorEditor jp-Editor '
        'jp-InputArea-editor" data-type="inline"><div class="cm-editor cm-s-jupyter">'
        f'<div class="highlight hl-ipython3"><pre><span></span>{noise.html}</pre></div></div>'
        '</div></div></div><div class="jp-Cell-outputWrapper"><div class="jp-OutputArea '
        'jp-Cell-outputArea"><div class="jp-OutputArea-child"><div class="jp-OutputPrompt '
        'jp-OutputArea-prompt"></div><div class="jp-RenderedText jp-OutputArea-output" '
        f'data-mime-type="text/plain"><pre>{esc(noise.strings[1])}</pre></div></div></div></div>'
        "</div>"
    )


def anchor_id(text: str) -> str:
    return "-".join(text.split())


def jupyter_export(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    st = Style(tail="<p><em>[[]]</em></p>")
    cells = [
        jupyter_cell(
            f'<h1 id="{anchor_id(s.title)}">{esc(s.title)}<a class="anchor-link" '
            f'href="#{anchor_id(s.title)}">¶</a></h1>'
            f"<p><em>{esc(by(s))} · {shown_date(s)}</em></p>",
            ident(s.slug, 8),
        )
    ]
    group: list[str] = [n.html for n in inside.get(BEFORE, [])]
    code = extra.get("code", [])
    for i, block in enumerate(s.blocks):
        if block.kind == "h":
            if group:
                cells.append(jupyter_cell("\n".join(group), ident(f"{s.slug}{i}", 8)))
            text = block.rows[0][0]
            group = [
                f'<h2 id="{anchor_id(text)}">{esc(text)}<a class="anchor-link" '
                f'href="#{anchor_id(text)}">¶</a></h2>'
            ]
        else:
            group.append(block_html(block, st))
        group.extend(n.html for n in inside.get(i, []))
        if block.kind == "table" and code:
            cells.append(jupyter_cell("\n".join(group), ident(f"{s.slug}{i}t", 8)))
            cells.append(jupyter_code(code[0]))
            group = []
    if s.tail:
        group.append(fill(st.tail, esc(s.tail)))
    group.extend(n.html for n in inside.get(AFTER_TAIL, []))
    cells.append(jupyter_cell("\n".join(group), ident(f"{s.slug}end", 8)))
    cells.extend(jupyter_cell(n.html, ident(n.html, 8)) for n in outside[1:])
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{s.slug}</title>'
        f'<link rel="canonical" href="{url}">'
        '<style type="text/css">.jp-RenderedHTMLCommon{font-family:system-ui}'
        ".anchor-link{visibility:hidden}</style></head>"
        '<body class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab '
        f'Light"><div class="site-banner">{joined(outside[:1])}</div>'
        f"<main>{''.join(cells)}</main></body></html>"
    )


NING = Style(tail="<p><em>[[]]</em></p>")


def ning_community(
    s: Story, url: str, site: str, inside: Inside, outside: list[Noise], extra: Extras
) -> str:
    nav = tr(
        Ctx(s.lang, "", ""),
        ["Main", "My Page", "Members", "Forum", "Blog", "Photos"],
        ["مرکزی صفحہ", "میرا صفحہ", "ارکان", "فورم", "بلاگ", "تصاویر"],
    )
    lis = "".join(f'<li><a href="/{i}">{esc(x)}</a></li>' for i, x in enumerate(nav))
    posted = tr(Ctx(s.lang, "", ""), "Posted by", "تحریر:")
    view_blog = tr(Ctx(s.lang, "", ""), "View Blog", "بلاگ دیکھیں")
    return (
        opening(s, url, site)
        + f'<body class="xg_theme"><div id="xn_bar">{joined(extra.get("bar", []))}</div>'
        '<div id="xg" class="xg_theme xg_widget_blogs xg_widget_blogs_post '
        'xg_widget_blogs_post_show"><div id="xg_head"><div id="xg_masthead">'
        f'<p id="xg_sitename"><a href="/">{esc(site)}</a></p></div>'
        f'<div id="xg_navigation"><ul>{lis}</ul></div></div>{joined(outside[:1])}'
        '<div id="xg_body"><div class="xg_column xg_span-16 xj_classic_canvas">'
        f'<div class="xg_headline"><div class="tb"><h1>{esc(s.title)}</h1>'
        f'<ul class="navigation byline"><li>{posted} <a href="/profile/x">{esc(s.author)}</a> · '
        f'{shown_date(s)}</li><li><a class="nolink" href="/blog">{view_blog}</a></li></ul>'
        '</div></div><div class="xg_module"><div class="xg_module_body"><div class="postbody">'
        f'<div class="xg_user_generated">{render_body(s, inside, NING)}</div></div>'
        f"{joined(extra.get('tags', []))}</div></div>"
        '<div class="xg_module xg_module_comment_wall">'
        f"{joined(extra.get('wall', []))}</div></div>"
        f'<div class="xg_column xg_span-5 xg_last">{joined(extra.get("side", []))}'
        f"{joined(outside[1:], '<div class=xg_module>[[]]</div>')}</div></div>"
        f'<div id="xg_foot"><p>{footer_text(s, site)}</p></div></div></body></html>'
    )


Layout = Callable[[Story, str, str, Inside, list[Noise], Extras], str]

LAYOUTS: dict[str, Layout] = {
    "arc_fusion": arc_fusion,
    "brightspot": brightspot,
    "sitecore_sxa": sitecore_sxa,
    "aem_grid": aem_grid,
    "bitrix_news": bitrix_news,
    "contentful_react": contentful_react,
    "webflow": webflow,
    "mailchimp_archive": mailchimp_archive,
    "gdocs_pub": gdocs_pub,
    "linkedin_article": linkedin_article,
    "fb_instant": fb_instant,
    "apple_news_preview": apple_news_preview,
    "rss_reader": rss_reader,
    "telegram_channel": telegram_channel,
    "whatsapp_pre": whatsapp_pre,
    "urdu_font_center": urdu_font_center,
    "sidebar_portal": sidebar_portal,
    "jupyter_export": jupyter_export,
    "ning_community": ning_community,
}

# Noise in these layouts is turned into the layout's own way of showing text.
RUN_LAYOUTS = {"telegram_channel": "📌 ", "urdu_font_center": ""}
TEXT_LAYOUTS = {"whatsapp_pre"}
DOC_LAYOUTS = {"gdocs_pub"}

SITES: dict[str, dict[str, tuple[str, str]]] = {
    "arc_fusion": {"en": ("The Quetta Ledger", "quettaledger.example")},
    "brightspot": {"en": ("Karakoram Courier", "karakoramcourier.example")},
    "sitecore_sxa": {"en": ("Southwest Chronicle", "swchronicle.example")},
    "aem_grid": {"en": ("Northern Valleys Review", "nvreview.example")},
    "bitrix_news": {"ur": ("جنوبی خبرنامہ", "janubikhabarnama.example")},
    "contentful_react": {"en": ("Sandstone Post", "sandstonepost.example")},
    "webflow": {"en": ("High Passes Journal", "highpasses.example")},
    "mailchimp_archive": {"en": ("The Desert Bulletin", "desertbulletin.campaign-archive.example")},
    "gdocs_pub": {"ur": ("پہاڑ اور ساحل رپورٹرز گروپ", "docs.example")},
    "linkedin_article": {"en": ("Workfolio", "workfolio.example")},
    "fb_instant": {"en": ("Frontier Ledger", "frontierledger.example")},
    "apple_news_preview": {"en": ("Indus Tide", "news-preview.example")},
    "rss_reader": {"en": ("Feedhopper", "feedhopper.example")},
    "telegram_channel": {"ur": ("بلوچستان لمحہ بہ لمحہ", "telegram-preview.example")},
    "whatsapp_pre": {"ur": ("سراوان پریس کلب بلیٹن", "sarawanpressclub.example")},
    "urdu_font_center": {"ur": ("روزنامہ سنگلاخ", "sanglakh.example")},
    "sidebar_portal": {
        "en": ("Derajat Online", "derajatonline.example"),
        "ur": ("سلیمان آن لائن", "sulemanonline.example"),
    },
    "jupyter_export": {"en": ("Harbour Data Desk", "harbourdata.example")},
    "ning_community": {
        "en": ("Poonch Dairy Circle", "poonchdairy.ning.example"),
        "ur": ("مکران کچھوا دوست", "makranturtles.ning.example"),
    },
}

URLS = {
    "arc_fusion": "https://{domain}/2026/{slug}/",
    "brightspot": "https://{domain}/news/{slug}",
    "sitecore_sxa": "https://{domain}/en/news/2026/{slug}",
    "aem_grid": "https://{domain}/content/nvr/en/news/{slug}.html",
    "bitrix_news": "https://{domain}/news/{num}/",
    "contentful_react": "https://{domain}/stories/{slug}",
    "webflow": "https://{domain}/post/{slug}",
    "mailchimp_archive": "https://{domain}/?u=7f3a21c0&id={id}",
    "gdocs_pub": "https://{domain}/document/d/e/2PACX-{id}/pub",
    "linkedin_article": "https://{domain}/pulse/{slug}-{id}",
    "fb_instant": "https://{domain}/ia/{slug}",
    "apple_news_preview": "https://{domain}/A{id}",
    "rss_reader": "https://{domain}/saved/{num}",
    "telegram_channel": "https://{domain}/s/lamhabalamha?before={num}",
    "whatsapp_pre": "https://{domain}/notices/{num}",
    "urdu_font_center": "https://{domain}/news.php?id={num}",
    "sidebar_portal": "https://{domain}/news/{num}/{slug}",
    "jupyter_export": "https://{domain}/notebooks/{slug}.html",
    "ning_community": "https://{domain}/profiles/blogs/{slug}",
}

# (story, layout of its noisy page, layout of its clean page): every layout once each way.
PLAN = [
    ("ziarat-juniper", "arc_fusion", "aem_grid"),
    ("passu-glacier", "brightspot", "jupyter_export"),
    ("turbat-dates", "sitecore_sxa", "fb_instant"),
    ("khaplu-school", "aem_grid", "linkedin_article"),
    ("dalbandin-solar", "contentful_react", "sitecore_sxa"),
    ("chitral-kalash", "webflow", "apple_news_preview"),
    ("mithi-radio", "mailchimp_archive", "arc_fusion"),
    ("gilgit-bookfair", "linkedin_article", "rss_reader"),
    ("deosai-bears", "fb_instant", "brightspot"),
    ("hub-workers", "apple_news_preview", "mailchimp_archive"),
    ("pasni-auction", "jupyter_export", "contentful_react"),
    ("fort-munro", "sidebar_portal", "webflow"),
    ("rawalakot-dairy", "rss_reader", "ning_community"),
    ("zhob-olive", "urdu_font_center", "telegram_channel"),
    ("nushki-karez", "telegram_channel", "urdu_font_center"),
    ("hunza-apricot", "whatsapp_pre", "gdocs_pub"),
    ("jiwani-turtles", "ning_community", "bitrix_news"),
    ("loralai-college", "gdocs_pub", "sidebar_portal"),
    ("khuzdar-library", "bitrix_news", "whatsapp_pre"),
]


# --- self-check --------------------------------------------------------------------------


class VisibleText(HTMLParser):
    """Visible text of a page, one line per block-level element or <br>."""

    BLOCK = frozenset({
        "address", "article", "aside", "blockquote", "br", "center", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "marquee", "nav", "ol", "p", "pre", "section", "table", "tbody",
        "thead", "tr", "ul",
    })  # fmt: skip
    CELL = frozenset({"td", "th"})
    SKIP = frozenset({"head", "script", "style", "template", "noscript", "iframe"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.CELL:
            self.parts.append(" ")
        elif tag in self.BLOCK:
            self.parts.append("\n")
        if tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.CELL:
            self.parts.append(" ")
        elif tag in self.BLOCK:
            self.parts.append("\n")
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data if self.pre else data.replace("\n", " "))


def visible_lines(page: str) -> list[str]:
    parser = VisibleText()
    parser.feed(page)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return [line for line in lines if line]


def check(name: str, page: str, article: Article, noise: list[Noise]) -> None:
    lines = visible_lines(page)
    text = "\n".join(lines)
    body = "\n".join(article.paragraphs)
    for line in article.paragraphs:
        assert any(line in shown for shown in lines), (name, "body line not shown", line)
    for string in {s for n in noise for s in n.strings}:
        assert len(string) >= 6, (name, "noise string too short", string)
        assert string in text, (name, "noise not shown", string)
        assert string.lower() not in body.lower(), (name, "noise inside body", string)
    assert article.title not in body, (name, "title inside body")


# --- main --------------------------------------------------------------------------------


def draw(rng: random.Random, ctx: Ctx, pool: list[Factory], used: list[Factory]) -> Noise:
    factory = rng.choice([f for f in pool if f not in used])
    used.append(factory)
    return factory(rng, ctx)


def page_url(layout: str, story: Story, domain: str) -> str:
    return URLS[layout].format(
        domain=domain,
        slug=story.slug,
        id=ident(layout + story.slug, 10),
        num=int(ident(layout + story.slug, 6), 16) % 90_000 + 10_000,
    )


def convert(layout: str, noise: Noise) -> Noise:
    if layout in RUN_LAYOUTS:
        return to_inline(noise, RUN_LAYOUTS[layout])
    if layout in TEXT_LAYOUTS:
        return to_text(noise, "— ")
    if layout in DOC_LAYOUTS:
        return to_doc(noise)
    return noise


def main() -> None:
    rng = random.Random(1616)
    stories = {story.slug: story for story in STORIES}
    assert sorted(x[1] for x in PLAN) == sorted(LAYOUTS) == sorted(x[2] for x in PLAN)
    assert all(noisy != clean for _, noisy, clean in PLAN)
    recorded: set[str] = set()
    clean_pages: list[tuple[str, str]] = []
    for number, (slug, noisy, clean) in enumerate(PLAN):
        story = stories[slug]
        article = story.article()

        site, domain = SITES[noisy][story.lang]
        url = page_url(noisy, story, domain)
        shown_site = FEED_SOURCE.get(story.slug, site) if noisy == "rss_reader" else site
        ctx = Ctx(story.lang, story.author, shown_site)
        used: list[Factory] = sorted(EXCLUDE.get(noisy, ()), key=attrgetter("__name__"))
        last = len(story.blocks) - 1
        gaps = sorted(rng.sample(range(last), 3 if last >= 8 else 2))
        inside: Inside = {BEFORE: [draw(rng, ctx, LEAD, used)]}
        for gap in gaps:
            inside[gap] = [draw(rng, ctx, BETWEEN, used)]
        inside[last] = [draw(rng, ctx, AFTER_LAST, used)]
        inside[AFTER_TAIL] = [draw(rng, ctx, AFTER_CREDIT, used)]
        top = CHANNEL_OUTSIDE if noisy == "telegram_channel" else TOP
        pool = CHANNEL_OUTSIDE if noisy == "telegram_channel" else OUTSIDE
        outside = [draw(rng, ctx, top, used)]
        outside += [draw(rng, ctx, pool, used) for _ in range(2)]
        extra = EXTRAS[noisy](rng, ctx, story) if noisy in EXTRAS else {}
        inside = {k: [convert(noisy, n) for n in v] for k, v in inside.items()}
        if noisy in RUN_LAYOUTS or noisy in DOC_LAYOUTS:
            outside = [convert(noisy, n) for n in outside]
        page = LAYOUTS[noisy](story, url, site, inside, outside, extra)
        noise = [n for ns in inside.values() for n in ns] + outside
        noise += [n for ns in extra.values() for n in ns]
        name = f"noisy-{number:02d}-{noisy}"
        check(name, page, article, noise)
        if noisy == "sidebar_portal":
            rail = sum(len(s) for n in extra["rail"] for s in n.strings)
            assert rail > len("\n".join(article.paragraphs)), (name, "rail shorter than story")
        recorded.update(s for n in noise for s in n.strings)
        write_page(SPLIT, name, url, page, article, noise)

        site, domain = SITES[clean][story.lang]
        url = page_url(clean, story, domain)
        page = LAYOUTS[clean](story, url, site, {}, [], {})
        name = f"clean-{number:02d}-{clean}"
        check(name, page, article, [])
        clean_pages.append((name, page))
        write_page(SPLIT, name, url, page, article, [])
    for name, page in clean_pages:
        text = "\n".join(visible_lines(page))
        leaked = sorted(s for s in recorded if s in text)
        assert not leaked, (name, "clean page shows noise", leaked)
    print(f"wrote {2 * len(PLAN)} pages to pages/{SPLIT}/")


if __name__ == "__main__":
    main()
