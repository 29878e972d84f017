"""Write the seventeenth held-out set to pages/heldout17/, written BLIND.

Blind: the writer of this set read exactly three files of the repository:
benchmarks/extraction/fixturekit.py, benchmarks/extraction/make_heldout.py and
benchmarks/extraction/make_heldout2.py, for the page, truth and noise conventions and the
helper API. No extraction code, configuration, tests, other generators, existing pages or
results were opened, and no extractor was run on these pages.

What is new: eighteen invented stories (Balochistan, Gilgit-Baltistan and other regions of
Pakistan; six of them in right-to-left Urdu), each written once noisy and once clean, in two
different layouts, so that each of the eighteen layouts carries one noisy and one clean
page. The layouts imitate how Pakistani and South-Asian news sites are really built: a
national English daily on a custom PHP CMS ("story__content" classes), an Urdu daily on the
WordPress Newspaper theme (td-post-content), an Urdu daily on a JNews/Jannah-style theme
(jeg_ wrappers, entry-content) whose Urdu text carries inline English terms, a TV channel's
site with a video embed and "Also Read" boxes mid-story, a Balochistan outlet on Blogger
(justified divs, <br> spacers), a Gilgit-Baltistan outlet that mirrors its Facebook page, an
Urdu e-paper clipping viewer (image map plus OCR text), the AMP version of an Urdu daily, a
wire agency page with <br>-separated copy, a government information wing release page built
from tables, a provincial assembly newsroom, a university news page (Drupal-like), a
business daily with stock tickers, a sports site with hashed CSS-module classes, an opinion
page with columnist photo and bio, a bilingual page (English headline, Urdu body), a
web-story (AMP Stories-like) page and a news aggregator's "full story" view. Noise is worded
afresh in English and Urdu: "Also Read" boxes, WhatsApp / Google News calls, app downloads,
trending tags, breaking bars, Urdu teasers, YouTube calls, related video lists, Facebook
comment plugins and readers' comments, comment disclaimers, prayer timings, currency and
gold rates, weather, advertisement labels, photo credits, author bios, share bars, tags,
print / email buttons, "Published in ..." print credits, copyright lines, e-paper toolbars
and OCR notes, wire slugs and licence notes, session calendars, points tables and market
tables. Noise sits outside the article container and inside it (before the first block,
between blocks, right after the last block, after the wire credit), mostly in blocks with no
telling class or id. Bodies talk about reading, sharing, following, comments, subscriptions,
apps, newsletters, photos, advertisements, sponsors and members, and include a few one-line
paragraphs. Clean pages keep only the site's menu and footer around the story.

Body lines: every text block of the story is one line of the truth: a paragraph, a
sub-heading, a block quote, a list item, or a table row (its cells joined by single spaces).
Title, byline, date and a wire credit after the body are never body.

Everything is invented: every outlet, person, agency, company and sentence; only place
names are real. No real news and no other project's code was copied.

The generator checks itself: every body line appears in the page's visible text, and every
recorded noise string appears in the visible text but not in the body (or the title).

Run: python benchmarks/extraction/make_heldout17.py  (deterministic).
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser

from fixturekit import PAGES, Article, Noise, esc, write_page

SPLIT = "heldout17"


# --- body blocks ----------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """One block of a story body: p, h (sub-heading), q (quote), ul, ol or table."""

    kind: str
    items: tuple


def para(text: str) -> Block:
    return Block("p", (text,))


def sub(text: str) -> Block:
    return Block("h", (text,))


def quote(text: str) -> Block:
    return Block("q", (text,))


def bullets(*items: str) -> Block:
    return Block("ul", items)


def numbered(*items: str) -> Block:
    return Block("ol", items)


def table(*rows: tuple[str, ...]) -> Block:
    return Block("table", rows)


LINK = re.compile(r"\[\[(.+?)\]\]")
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?: [A-Za-z][A-Za-z0-9]*)*")


def plain(text: str) -> str:
    return LINK.sub(r"\1", text)


def block_lines(block: Block) -> list[str]:
    if block.kind == "table":
        return [" ".join(row) for row in block.items]
    return [plain(t) for t in block.items]


@dataclass
class Story:
    """An invented story with a structured body."""

    slug: str
    title: str
    author: str
    date: str
    blocks: list[Block]
    tail: str | None = None
    agency: str | None = None
    place: str | None = None
    lang: str = "en"
    en_title: str | None = None

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


# --- the stories ------------------------------------------------------------------------

STORIES = [
    Story(
        "quetta-tubewell-bill",
        "Balochistan Assembly passes bill to license tube wells",
        "Shahzeb Kurd",
        "2026-03-03T19:40:00+05:00",
        [
            para(
                "QUETTA: The [[Balochistan Assembly]] on Tuesday passed a bill that requires "
                "every tube well in the province to be registered and metered, after members "
                "warned that the water table under Quetta was falling by several feet a year."
            ),
            para(
                "The bill was moved by the irrigation department and carried by a voice vote "
                "after a debate that ran late into the evening, with members from both sides of "
                "the house sharing photos of dry karezes from their constituencies."
            ),
            sub("What the law requires"),
            numbered(
                "Every tube well must be registered with the district water office within one "
                "year.",
                "Wells deeper than 300 feet will need a fresh licence before they can be "
                "deepened further.",
                "Meters will be installed on wells that draw water for orchards larger than ten "
                "acres.",
                "Subsidised electricity will be withdrawn from wells that stay unregistered.",
            ),
            para(
                "Farmers who now pay a flat monthly subscription for electricity will be moved "
                "to metered billing over three years."
            ),
            para(
                "Registration will be possible through a mobile app or at camps in each tehsil, "
                "and advertisements in local newspapers will explain the process in Urdu, "
                "Balochi, Pashto and Brahui."
            ),
            quote(
                "\u201cWe are pumping out water that took thousands of years to collect, and we "
                "are doing it without even counting,\u201d a member from Pishin told the house."
            ),
            sub("Concerns over enforcement"),
            para(
                "Opposition members said they supported the aim of the bill but asked whether "
                "the department had enough staff to read meters in remote valleys."
            ),
            para(
                "One member asked why the bill's sponsors had not consulted farmers' "
                "associations, warning that many growers would read the law as a new tax rather "
                "than a conservation measure."
            ),
            para(
                "The minister replied that a draft had been posted online for public comments "
                "for two months and that more than four hundred responses had come in, most of "
                "them from orchard owners."
            ),
            table(
                ("District", "Registered wells", "Estimated wells"),
                ("Quetta", "3,120", "8,400"),
                ("Pishin", "2,640", "9,100"),
                ("Mastung", "1,870", "5,300"),
            ),
            para(
                "The department said it would publish a quarterly newsletter on groundwater "
                "levels and invite farmers to follow the readings from its monitoring wells."
            ),
            para("The bill now goes to the governor for assent."),
        ],
        place="Quetta",
    ),
    Story(
        "gb-forest-guards",
        "GB Assembly approves 300 forest guard posts",
        "Staff Reporter",
        "2026-02-16T18:05:00+05:00",
        [
            para(
                "GILGIT: The Gilgit-Baltistan Assembly on Monday approved the creation of 300 "
                "posts for forest guards, after members said illegal cutting had stripped "
                "hillsides above several villages in Diamer and Astore."
            ),
            para("The resolution was read out by the forest minister and passed unanimously."),
            sub("Where the guards will go"),
            bullets(
                "Diamer: 110 posts",
                "Astore: 70 posts",
                "Ghizer: 50 posts",
                "Skardu and Shigar: 70 posts",
            ),
            para(
                "The minister said recruitment advertisements would appear next month and that "
                "young men and women from the valleys would be preferred, provided they passed "
                "a fitness test."
            ),
            quote(
                "\u201cA guard who lives in the valley knows every path the timber smugglers "
                "use,\u201d the minister said."
            ),
            para(
                "A member from Chilas shared photos on the floor of the house showing logs "
                "stacked beside a link road, and said residents who follow the issue closely had "
                "sent him the pictures."
            ),
            sub("Community forests"),
            para(
                "The assembly also asked the government to revive village forest committees, "
                "whose members once received a share of the income from timber sold under "
                "licence."
            ),
            para(
                "The committees' subscription to a satellite imagery service lapsed last year, "
                "members said, leaving villages with no way to track tree cover."
            ),
            para(
                "The forest department runs a mobile app through which villagers can report "
                "illegal cutting with photos and a location, and said more than 900 reports and "
                "comments had come in since the summer."
            ),
            para(
                "It plans a newsletter for village committees and a small grant scheme, and "
                "will invite sponsors from the private sector to pay for saplings."
            ),
            para("The session was adjourned till Thursday."),
        ],
        place="Gilgit",
    ),
    Story(
        "gwadar-outboard-engines",
        "Gwadar fishermen get new engines under replacement scheme",
        "MPS",
        "2026-02-09T14:15:00+05:00",
        [
            para(
                "GWADAR, Feb 9 (MPS): Two hundred small-boat fishermen in Gwadar received new "
                "outboard engines on Monday under a scheme that replaces old, fuel-hungry motors "
                "at half the market price, officials said."
            ),
            para(
                "The [[fisheries department]] said the new engines burn about a third less fuel, "
                "which fishermen describe as their biggest expense after nets."
            ),
            sub("Who qualifies"),
            bullets(
                "Fishermen registered with the department for at least three years",
                "Owners of boats shorter than eleven metres",
                "Families that lost a boat in the storms of last summer",
            ),
            para(
                "The list of successful applicants was read out at a gathering at the fish "
                "harbour on Monday morning."
            ),
            quote(
                "\u201cLast season I spent more on diesel than I earned from the catch,\u201d said "
                "a fisherman from Pishukan, who asked that his name not be used."
            ),
            para(
                "The scheme's sponsors, a group of seafood exporters, have agreed to pay for a "
                "second round of engines if the first one shows results."
            ),
            para(
                "Fishermen who join must agree to have photos of their boats and their "
                "registration numbers displayed at the harbour, and the department will share "
                "fuel records with the exporters."
            ),
            sub("Next round"),
            para(
                "Applications for the second round open in April, and dates will be announced "
                "through advertisements, the department's mobile app and members of fishermen's "
                "cooperatives."
            ),
            para(
                "A monthly subscription plan for engine servicing is also being discussed, under "
                "which owners would pay a small fee for two check-ups a year."
            ),
            para(
                "Comments on the draft servicing plan can be handed in at the harbour office "
                "until the end of March, and fishermen who follow the department's newsletter "
                "will be told about training in engine care."
            ),
            para("The engines carry a two-year warranty."),
        ],
        tail="\u2014MPS",
        agency="MPS",
        place="Gwadar",
    ),
    Story(
        "gb-measles-campaign",
        "Measles vaccination drive to reach 180,000 children in Gilgit-Baltistan",
        "Handout",
        "2026-01-12T16:30:00+05:00",
        [
            para(
                "GILGIT, January 12: The health department of Gilgit-Baltistan will begin a "
                "ten-day measles vaccination campaign on January 19 to reach about 180,000 "
                "children between nine months and five years of age."
            ),
            para(
                "This was stated by the secretary health while chairing a meeting on the "
                "preparations, attended by district health officers and partner organisations."
            ),
            sub("Arrangements"),
            numbered(
                "1,100 vaccination teams will go door to door in every district.",
                "Fixed centres will stay open at every basic health unit during the campaign.",
                "Special teams will reach families who have moved with their livestock to lower "
                "valleys for the winter.",
                "Cold-chain equipment has been supplied to Astore, Kharmang and Ghanche.",
            ),
            para(
                "The secretary directed district officers to share daily progress reports and "
                "to meet religious scholars and members of local councils to answer the "
                "concerns of parents."
            ),
            quote(
                "\u201cNo child should be left out because the road to the village is closed by "
                "snow,\u201d the secretary said."
            ),
            table(
                ("District", "Target children", "Teams"),
                ("Gilgit", "38,000", "220"),
                ("Diamer", "41,000", "250"),
                ("Skardu", "33,000", "190"),
                ("Ghizer", "22,000", "140"),
            ),
            sub("Reaching parents"),
            para(
                "Messages about the campaign will be aired on local radio and printed as "
                "advertisements in newspapers, and a short video will be shared on the "
                "department's social media pages."
            ),
            para(
                "Parents can follow the schedule for their union council on a mobile app "
                "launched by the department last year, and read answers to common questions on "
                "its website."
            ),
            para(
                "Comments and complaints can be sent to a helpline open from eight in the "
                "morning to eight in the evening."
            ),
            para(
                "Photos of vaccinated children will not be taken or published without the "
                "written consent of parents, the secretary said."
            ),
            para(
                "Sponsors from the private sector have provided vans, members of scout groups "
                "will help at fixed centres, and the department's monthly newsletter, which "
                "goes to subscribers in every health facility, will carry the final figures."
            ),
            para("The campaign will end on January 28."),
        ],
        place="Gilgit",
    ),
    Story(
        "thar-solar-schools",
        "Sindh approves solar panels for 600 schools in Tharparkar",
        "Aamir Samejo",
        "2026-04-22T21:10:00+05:00",
        [
            para(
                "KARACHI: The Sindh cabinet on Wednesday approved a plan to install solar panels "
                "at 600 government schools in Tharparkar, where most classrooms have no "
                "electricity and summer temperatures often pass 45 degrees."
            ),
            para(
                "Each school will receive panels, batteries and fans for two classrooms, and "
                "schools with the highest enrolment will be covered first."
            ),
            sub("The plan in numbers"),
            table(
                ("Taluka", "Schools", "Cost (Rs million)"),
                ("Mithi", "140", "310"),
                ("Diplo", "120", "265"),
                ("Chachro", "180", "400"),
                ("Islamkot", "160", "355"),
            ),
            para(
                "Officials said parents would be able to follow progress on a dashboard that "
                "the education department plans to put online."
            ),
            quote(
                "\u201cA child cannot read in a classroom that is dark and hot at the same "
                "time,\u201d the education minister told the meeting."
            ),
            sub("Maintenance worries"),
            para(
                "Teachers' associations welcomed the decision but pointed out that earlier "
                "solar units had been stolen or left to break down because no one was paid to "
                "look after them."
            ),
            bullets(
                "A local caretaker will be hired at each school on a monthly stipend.",
                "Batteries will be replaced under a five-year service contract.",
                "School management committee members will sign for the equipment on delivery.",
            ),
            para(
                "Private sponsors who pay for a school's kit will be named on a plaque, but no "
                "advertisements will be allowed on school walls, the minister said."
            ),
            para("Tenders will be invited next month."),
            para(
                "Schools will share photos of working panels every month through a reporting "
                "app and send comments on any breakdown within a week."
            ),
            para(
                "A digital newsletter for head teachers will explain how to read battery meters, "
                "and schools will pay no subscription or connection fee."
            ),
        ],
        place="Karachi",
    ),
    Story(
        "quetta-mining-women",
        "Quetta university admits first women to mining engineering",
        "Office of Public Affairs",
        "2026-09-08T11:00:00+05:00",
        [
            para(
                "Chiltan University of Engineering and Earth Sciences has admitted its first "
                "group of women students to the mining engineering programme, a department that "
                "had only male students since it opened nineteen years ago."
            ),
            para("Fourteen women are among the 62 students who began classes this week."),
            sub("How the change came about"),
            para(
                "The department revised its admission rules last year after female students who "
                "had topped the entry test asked why they had been advised to apply elsewhere."
            ),
            para(
                "The university's syndicate, whose members include two retired mine inspectors, "
                "approved the change after a three-month review."
            ),
            quote(
                "\u201cMines in Balochistan need engineers, not just men,\u201d the head of "
                "department said at the opening ceremony."
            ),
            sub("Facilities for new students"),
            bullets(
                "A separate hostel block with 40 rooms",
                "Two female lab supervisors",
                "Transport from the city to the campus",
                "Safety gear in smaller sizes, ordered from a supplier in Karachi",
            ),
            para(
                "Mine owners have agreed to sponsor safety training and to host field visits to "
                "coal mines at Sor Range and Duki."
            ),
            para(
                "Students must read the mine safety code before their first field trip and share "
                "any questions with their supervisors."
            ),
            para(
                "The department will post photos from the field visits, and students who follow "
                "the university's app will get notices about internships."
            ),
            para(
                "A reading room with a subscription to international mining journals has opened "
                "next to the department library."
            ),
            para(
                "Comments from parents at the orientation were mostly about transport and "
                "safety, and advertisements for the next intake will appear in May along with a "
                "newsletter for girls' colleges."
            ),
            para("Classes began on Monday."),
        ],
        place="Quetta",
    ),
    Story(
        "skardu-glacier-lab",
        "Skardu campus opens glacier monitoring lab",
        "Zehra Kazmi",
        "2026-05-27T10:20:00+05:00",
        [
            para(
                "SKARDU: A university campus in Skardu has opened a laboratory to monitor "
                "glaciers in the Shigar and Hushe valleys, the first facility of its kind in "
                "Baltistan."
            ),
            para(
                "The lab will collect data from eight weather stations and time-lapse cameras "
                "placed near glacier snouts."
            ),
            sub("What the lab will measure"),
            bullets(
                "Daily temperature and snowfall at high camps",
                "Movement of glacier snouts, recorded twice a year",
                "Water levels in three glacial lakes that have flooded villages before",
                "Dust and soot on the ice",
            ),
            para(
                "Students from nearby villages will be trained to read the instruments and to "
                "share readings by text message when the internet is down."
            ),
            quote(
                "\u201cThe people who live under the glaciers should be the first to know what "
                "the ice is doing,\u201d said the lab's director, Dr Sajid Hussainabadi."
            ),
            para(
                "The lab is funded by sponsors including a trekking company and two hotel "
                "associations, whose members say tourism depends on safe valleys."
            ),
            sub("Open data"),
            para(
                "Readings will be published online each week, and villagers can follow alerts "
                "for their valley on a free app in Urdu and Balti."
            ),
            para(
                "Photos from the cameras will be shared with schools, which are invited to send "
                "comments and questions to the researchers."
            ),
            para(
                "A printed newsletter will go to village councils every season, there will be no "
                "subscription fee for any of the data, and the app will carry no advertisements."
            ),
            para("The first report is due in June."),
        ],
        place="Skardu",
    ),
    Story(
        "hunza-apricot-exports",
        "Dried apricot exports from Hunza rise as solar dryers pay off",
        "Business Reporter",
        "2026-10-19T09:30:00+05:00",
        [
            para(
                "GILGIT: Exports of dried apricots from Hunza and Nagar rose by about a quarter "
                "last season, traders said, after solar drying units cut the share of fruit lost "
                "to dust, rain and insects."
            ),
            para(
                "Growers who used the units sold at higher prices because their fruit met the "
                "cleanliness standards of buyers in the Gulf and China."
            ),
            table(
                ("Grade", "Last season (Rs per kg)", "This season (Rs per kg)"),
                ("Sun-dried, open air", "520", "540"),
                ("Solar-dried, sorted", "780", "910"),
                ("Organic certified", "1,150", "1,400"),
            ),
            sub("Why the dryers matter"),
            para(
                "Drying on rooftops leaves fruit exposed for up to two weeks, while the solar "
                "units finish the job in four to five days."
            ),
            quote(
                "\u201cBuyers used to send back whole consignments because of a few bad boxes. "
                "That has stopped,\u201d said a trader in Aliabad."
            ),
            bullets(
                "About 1,300 units have been installed in Hunza and Nagar since 2023.",
                "Each unit costs around Rs 95,000, half of it paid by a rural support programme.",
                "A unit dries up to 400 kg of fresh fruit per batch.",
            ),
            sub("Selling online"),
            para(
                "A cooperative whose members include 600 growers sells through an online shop "
                "and a mobile app, and says 4,000 customers subscribe to a monthly box of dried "
                "fruit."
            ),
            para(
                "It shares photos of each batch and invites buyers to leave comments, which "
                "growers read closely to learn what city customers want."
            ),
            para(
                "The cooperative has found sponsors for its packaging and plans advertisements "
                "in airline magazines next year."
            ),
            para(
                "Traders said readers of trade newsletters in the Gulf now ask for Hunza "
                "apricots by name, and several importers follow the harvest online."
            ),
            para("Prices are expected to stay firm until the next harvest."),
        ],
        place="Gilgit",
    ),
    Story(
        "turbat-dates-prices",
        "Date traders in Turbat seek cold storage as prices slide",
        "Nasir Dashti",
        "2026-08-24T17:45:00+05:00",
        [
            para(
                "TURBAT: Date traders in Kech district have asked the provincial government to "
                "build cold storage near the Turbat market, saying prices have fallen because "
                "growers must sell their fruit within days of the harvest."
            ),
            para(
                "The market received record arrivals this season after a good crop in Tump, "
                "Mand and Buleda."
            ),
            table(
                ("Variety", "Last year (Rs per 40 kg)", "This year (Rs per 40 kg)"),
                ("Begum Jangi", "14,000", "10,500"),
                ("Muzafati", "9,000", "6,800"),
                ("Kehraba", "7,500", "5,200"),
            ),
            sub("Traders' demands"),
            numbered(
                "A cold store with space for at least 2,000 tonnes",
                "A drying and grading shed run by the market committee",
                "Cheaper freight to Karachi on the coastal highway",
                "Training for growers on packing for export",
            ),
            quote(
                "\u201cIf we cannot hold our dates for two months, the buyer sets the price,\u201d "
                "said the president of the traders' association."
            ),
            para(
                "Growers said middlemen had read the situation well and lowered their offers as "
                "soon as the market filled up."
            ),
            sub("Selling on social media"),
            para(
                "A few young traders sell boxed dates through social media pages, sharing "
                "photos of the harvest and taking orders by message."
            ),
            para(
                "One said his page gained 12,000 followers in a month and that most comments "
                "came from buyers in Karachi and Lahore."
            ),
            para(
                "He has paid for no advertisements; customers who receive a box share the page "
                "with relatives."
            ),
            para(
                "Association members have approached banks as possible sponsors of a Kech dates "
                "label, and plan a newsletter for buyers and a Ramazan subscription box."
            ),
            para("An app listing daily market rates is also being discussed."),
            para(
                "The district administration said it had forwarded the demands to the provincial "
                "government."
            ),
        ],
        place="Turbat",
    ),
    Story(
        "shandur-polo-column",
        "Shandur deserves better than tents and goodwill",
        "Farman Ali Shigri",
        "2026-06-14T08:00:00+05:00",
        [
            para(
                "Every July the highest polo ground in the world fills up for three days, and "
                "every July the same complaints follow the teams down the mountain."
            ),
            para(
                "I have watched the final from the grass bank on the Gilgit side for more than "
                "twenty years, and I have read the same promises in the papers just as often."
            ),
            sub("What the players need"),
            bullets(
                "A proper stable block, so that horses are not tied to jeep wheels overnight",
                "A medical post with a doctor for riders and animals",
                "Clean water and toilets for the thousands who camp on the plateau",
                "A road that does not close for a week after the first heavy rain",
            ),
            para(
                "None of this is expensive when set against what the festival brings in, and "
                "none of it needs a new committee."
            ),
            quote(
                "\u201cWe ride for pride, but pride does not treat a broken collarbone,\u201d an "
                "old Ghizer player once told me."
            ),
            sub("Sponsors, not saviours"),
            para(
                "Sponsors have been generous and their banners line the ground, but a festival "
                "cannot be run on advertisements alone."
            ),
            para(
                "Club members in Gilgit and Chitral should agree on a simple budget before the "
                "spring and share it publicly, so that readers can see where the money goes."
            ),
            para(
                "Organisers could open the festival to subscriptions from polo lovers abroad, "
                "many of whom follow the matches online and post comments asking how to help."
            ),
            para(
                "An app selling camping spots and match passes would end the chaos at the gate, "
                "and a short newsletter before the season would tell visitors what to bring."
            ),
            para("Photos from Shandur travel around the world every summer."),
            para("It is time the ground itself looked as good as the pictures."),
        ],
    ),
    Story(
        "quetta-boxers-golds",
        "Quetta boxers win four golds at national youth championship",
        "Sports Desk",
        "2026-11-02T20:25:00+05:00",
        [
            para(
                "KARACHI, Nov 2 (SNW): Boxers from Quetta won four gold medals at the national "
                "youth boxing championship that ended here on Sunday, finishing second behind "
                "the host province."
            ),
            para(
                "Three of the gold medallists train at a small club off Kasi Road in Quetta, "
                "which has no ring of its own and uses a rented hall."
            ),
            sub("Medal table"),
            table(
                ("Team", "Gold", "Silver", "Bronze"),
                ("Sindh", "5", "3", "4"),
                ("Balochistan", "4", "2", "3"),
                ("Punjab", "3", "5", "2"),
                ("Khyber Pakhtunkhwa", "2", "3", "5"),
            ),
            quote(
                "\u201cWe trained on mats laid over a concrete floor. Imagine what these boys "
                "could do with a proper ring,\u201d said the club's coach."
            ),
            sub("Gold medallists from Quetta"),
            bullets(
                "Flyweight: Abdul Wahid Sasoli",
                "Bantamweight: Samiullah Zehri",
                "Lightweight: Noor Ahmed Lehri",
                "Welterweight: Bilal Ali Changezi",
            ),
            para(
                "The club has run for twelve years on subscriptions from its members and small "
                "donations from shopkeepers in the area."
            ),
            para(
                "The coach has shared photos and videos of the bouts with the provincial sports "
                "board and asked for help to buy a ring and new gloves."
            ),
            para(
                "Several businesses have offered to sponsor the boxers' kit, though the coach "
                "will not allow advertisements on the fighters' vests until the federation's "
                "rules are clear."
            ),
            para(
                "Fans who follow the club's page left hundreds of comments, many saying they had "
                "read about the club for the first time."
            ),
            para(
                "The board said it would consider the request and would launch an app for "
                "registering young athletes next month, along with a newsletter for clubs."
            ),
            para("The team returns to Quetta on Tuesday."),
        ],
        tail="\u2014SNW",
        agency="SNW",
        place="Karachi",
    ),
    Story(
        "quetta-buses-column",
        "Quetta needs buses, not more flyovers",
        "Rukhsana Achakzai",
        "2026-07-06T07:30:00+05:00",
        [
            para(
                "Ask anyone who has spent an hour on Jinnah Road at half past one in the "
                "afternoon what Quetta needs, and you will not hear the word flyover."
            ),
            para(
                "You will hear about buses: clean ones, with fixed stops and a timetable that "
                "people can trust."
            ),
            sub("A city built for cars it cannot hold"),
            para(
                "The city's population has more than doubled in two decades, but car ownership "
                "has not kept pace."
            ),
            para(
                "Most residents rely on crowded wagons and rickshaws, and women students tell me "
                "they spend more on fares than on books."
            ),
            quote(
                "\u201cI leave home at seven for a nine o'clock class, and the distance is six "
                "kilometres,\u201d a student at a college on Sariab Road told me."
            ),
            sub("Three things the city could do this year"),
            numbered(
                "Run a pilot bus line from Sariab to the cantonment with twenty buses.",
                "Give wagon owners a share in the new routes instead of pushing them out.",
                "Publish a simple route map and put it at every stop and online.",
            ),
            para(
                "None of this needs a grand project; a pilot could be paid for by sponsors "
                "allowed modest advertisements inside the buses."
            ),
            para(
                "Passengers could pay through monthly subscriptions on a phone app, as they "
                "already do for mobile data."
            ),
            para(
                "City council members should read the comments residents leave under every "
                "news story about traffic; they are a free survey."
            ),
            para(
                "If you agree, share this argument with your councillor; I have shared it with "
                "mine."
            ),
            para(
                "I will follow the pilot in a later column and will gladly publish photos of "
                "the first bus if it ever arrives."
            ),
            para("A newsletter from the city transport office would be a welcome start."),
        ],
    ),
    Story(
        "ziarat-juniper-plan",
        "زیارت میں صنوبر کے جنگلات کے تحفظ کے لیے نیا منصوبہ",
        "نمائندہ خصوصی",
        "2026-03-21T12:10:00+05:00",
        [
            para(
                "زیارت: محکمہ جنگلات نے زیارت میں صنوبر کے قدیم جنگلات کے تحفظ کے لیے ایک نیا "
                "منصوبہ شروع کیا ہے جس کے تحت دو سو مقامی نوجوانوں کو بطور محافظ بھرتی کیا جائے گا۔"
            ),
            para(
                "حکام کے مطابق صنوبر کے یہ درخت دنیا کے قدیم ترین جنگلات میں شمار ہوتے ہیں اور ان "
                "میں سے کئی کی عمر ہزاروں سال بتائی جاتی ہے۔"
            ),
            sub("منصوبے کے اہم نکات"),
            bullets(
                "ایندھن کے لیے درختوں کی کٹائی روکنے کے لیے دیہات کو رعایتی نرخوں پر LPG سلنڈر "
                "دیے جائیں گے۔",
                "جنگل میں آگ کی اطلاع دینے کے لیے ہر وادی میں ایک چوکی قائم ہوگی۔",
                "نئی نرسریوں میں ہر سال پچاس ہزار پودے تیار کیے جائیں گے۔",
            ),
            quote(
                "ایک بزرگ مقامی رہنما نے کہا: \u201dہمارے باپ دادا ان درختوں کو مقدس سمجھتے تھے، "
                "آج انہیں بچانے کے لیے قانون کی ضرورت پڑ رہی ہے۔\u201c"
            ),
            para(
                "محکمے نے منصوبے کے بارے میں عوام کی آرا اور تبصرے جمع کرنے کے لیے ایک Mobile App "
                "بنائی ہے جس پر شہری جنگل کی تصاویر بھی بھیج سکیں گے۔"
            ),
            para(
                "منصوبے کے اسپانسرز میں ایک نجی بینک اور سیاحت کی دو کمپنیاں شامل ہیں، تاہم جنگل "
                "کے اندر کسی قسم کے اشتہارات لگانے کی اجازت نہیں ہوگی۔"
            ),
            sub("مقامی آبادی کا کردار"),
            para("دیہی کمیٹیوں کے اراکین ہر ماہ جنگل کا دورہ کر کے اپنی رپورٹ محکمے کو بھیجیں گے۔"),
            para(
                "محکمہ ہر تین ماہ بعد ایک نیوز لیٹر جاری کرے گا جسے اسکولوں میں بھی پڑھا جائے گا "
                "تاکہ بچے جنگلات کی اہمیت سمجھ سکیں۔"
            ),
            para(
                "مقامی ہوٹلوں نے تجویز دی ہے کہ باقاعدگی سے آنے والے سیاحوں کے لیے جنگل کے تحفظ کا "
                "سالانہ سبسکرپشن کارڈ جاری کیا جائے۔"
            ),
            para(
                "سوشل میڈیا پر محکمے کو فالو کرنے والے شہریوں سے کہا گیا ہے کہ جنگل کی معلومات "
                "شیئر کرتے وقت درست مقام ضرور بتائیں۔"
            ),
            para("منصوبے پر کام اگلے ماہ شروع ہوگا۔"),
        ],
        place="زیارت",
        lang="ur",
        en_title="New plan to protect Ziarat's juniper forests",
    ),
    Story(
        "panjgur-schools-reopen",
        "پنجگور میں بند اسکول دوبارہ کھولنے کا فیصلہ",
        "ایم پی ایس",
        "2026-03-12T15:00:00+05:00",
        [
            para(
                "پنجگور (ایم پی ایس) ضلعی انتظامیہ نے اساتذہ کی کمی کے باعث بند ہونے والے 46 "
                "سرکاری "
                "اسکول آئندہ ماہ سے دوبارہ کھولنے کا فیصلہ کیا ہے۔"
            ),
            para(
                "ڈپٹی کمشنر کی زیر صدارت اجلاس میں بتایا گیا کہ ان اسکولوں کے لیے مقامی سطح پر "
                "عارضی اساتذہ بھرتی کیے جائیں گے۔"
            ),
            sub("بھرتی کا طریقہ کار"),
            numbered(
                "امیدوار کا اسی یونین کونسل کا رہائشی ہونا ضروری ہوگا۔",
                "کم از کم تعلیمی قابلیت انٹرمیڈیٹ رکھی گئی ہے۔",
                "لڑکیوں کے اسکولوں میں خواتین امیدواروں کو ترجیح دی جائے گی۔",
                "تحریری ٹیسٹ اور انٹرویو ضلعی سطح پر ہوں گے۔",
            ),
            table(
                ("تحصیل", "بند اسکول", "مطلوبہ اساتذہ"),
                ("پنجگور", "18", "36"),
                ("گچک", "15", "30"),
                ("پروم", "13", "26"),
            ),
            quote(
                "ایک والد نے کہا: \u201dمیری بیٹی دو سال سے گھر بیٹھی ہے، اسکول کھل گیا تو وہ پھر "
                "سے پڑھ سکے گی۔\u201c"
            ),
            para(
                "بھرتی کے اشتہارات مقامی اخبارات اور انتظامیہ کے فیس بک پیج پر شائع کیے جائیں گے، "
                "اور درخواستیں ایک App کے ذریعے بھی جمع کرائی جا سکیں گی۔"
            ),
            para(
                "والدین اور اسکول کمیٹیوں کے اراکین سے کہا گیا ہے کہ وہ اپنے تبصرے اور شکایات "
                "براہ راست ضلعی تعلیمی دفتر کو بھیجیں۔"
            ),
            para("ایک غیر سرکاری تنظیم نے کتابوں اور فرنیچر کو اسپانسر کرنے کی پیشکش کی ہے۔"),
            para(
                "انتظامیہ ہر ہفتے اسکولوں کی تصاویر اور حاضری کی رپورٹ شیئر کرے گی تاکہ شہری پیش "
                "رفت کو فالو کر سکیں۔"
            ),
            para(
                "اسکولوں کی لائبریریوں کے لیے بچوں کے رسالوں کی سالانہ سبسکرپشن خریدی جائے گی اور "
                "اساتذہ کے لیے ایک ماہانہ نیوز لیٹر شروع کیا جائے گا۔"
            ),
            para("اسکول یکم اپریل سے کھلیں گے۔"),
        ],
        tail="(ایم پی ایس)",
        agency="MPS",
        place="پنجگور",
        lang="ur",
        en_title="Closed schools in Panjgur to reopen",
    ),
    Story(
        "quetta-gas-helpline",
        "کوئٹہ میں گیس پریشر کی شکایات، کمپنی کا نیا ہیلپ لائن نظام",
        "اسٹاف رپورٹر",
        "2026-12-08T22:00:00+05:00",
        [
            para(
                "کوئٹہ: شہر میں سردی بڑھنے کے ساتھ ہی گیس کے کم پریشر کی شکایات میں اضافہ ہو گیا "
                "ہے "
                "اور کئی علاقوں میں شہری رات کے وقت ہیٹر جلانے سے قاصر ہیں۔"
            ),
            para(
                "گیس کمپنی نے شکایات کے اندراج کے لیے ایک نیا Helpline نظام اور WhatsApp نمبر "
                "متعارف کرایا ہے۔"
            ),
            sub("سب سے زیادہ متاثرہ علاقے"),
            bullets(
                "سریاب روڈ اور اس سے ملحقہ آبادیاں",
                "کچلاک اور نواں کلی",
                "ہزارہ ٹاؤن کے بالائی حصے",
                "ایئرپورٹ روڈ کی نئی ہاؤسنگ اسکیمیں",
            ),
            quote(
                "سریاب روڈ کی ایک رہائشی نے کہا: \u201dبچے رات بھر کمبل اوڑھ کر بیٹھے رہتے ہیں، "
                "صبح ناشتہ بنانے کے لیے بھی گیس نہیں ہوتی۔\u201c"
            ),
            para(
                "کمپنی کے ترجمان کے مطابق شہری اب Mobile App پر شکایت درج کر کے اس کی پیش رفت "
                "فالو کر سکیں گے۔"
            ),
            sub("کمپنی کا مؤقف"),
            para(
                "ترجمان نے کہا کہ غیر قانونی Compressor کا استعمال پریشر کم ہونے کی بڑی وجہ ہے اور "
                "ایسے صارفین کے خلاف کارروائی ہوگی۔"
            ),
            para(
                "انہوں نے شہریوں سے کہا کہ Compressor استعمال کرنے والوں کی تصاویر یا ویڈیو کمپنی "
                "کے ساتھ شیئر کریں، لیکن کسی کا نام سوشل میڈیا پر شائع نہ کریں۔"
            ),
            para(
                "کمپنی ہر ہفتے ایک مختصر نیوز لیٹر جاری کرے گی اور اخبارات میں آگاہی کے اشتہارات "
                "بھی دیے جائیں گے۔"
            ),
            para(
                "صوبائی اسمبلی کے بعض اراکین نے کہا کہ عوام کے تبصرے پڑھ کر لگتا ہے کہ مسئلہ ہر "
                "سال ایک جیسا رہتا ہے۔"
            ),
            para(
                "تاجروں کی ایک تنظیم نے متاثرہ علاقوں میں LPG کے سستے اسٹال اسپانسر کرنے کی پیشکش "
                "کی ہے، جبکہ کمپنی ماہانہ Subscription پر سلنڈر دینے کی تجویز پر غور کر رہی ہے۔"
            ),
            para("شکایات کا نیا نظام پیر سے کام شروع کرے گا۔"),
        ],
        place="کوئٹہ",
        lang="ur",
        en_title="Gas pressure complaints in Quetta; company opens new helpline",
    ),
    Story(
        "skardu-cherry-coldchain",
        "اسکردو کے چیری کاشتکاروں کے لیے کولڈ چین کی سہولت",
        "بلتستان بیورو",
        "2026-05-04T13:35:00+05:00",
        [
            para(
                "اسکردو: بلتستان کے چیری کاشتکاروں کے لیے پہلی بار ریفریجریٹڈ ٹرکوں اور کولڈ "
                "اسٹوریج کی سہولت فراہم کی جا رہی ہے جس سے پھل خراب ہوئے بغیر بڑے شہروں تک پہنچ "
                "سکے گا۔"
            ),
            para(
                "محکمہ زراعت کے مطابق گزشتہ سیزن میں سڑکیں بند ہونے اور گرمی کے باعث تقریباً ایک "
                "تہائی چیری منڈی پہنچنے سے پہلے ہی خراب ہو گئی تھی۔"
            ),
            sub("منصوبے میں کیا شامل ہے"),
            bullets(
                "اسکردو اور شگر میں دو چھوٹے کولڈ اسٹور",
                "اسلام آباد تک چھ ریفریجریٹڈ ٹرک",
                "پیکنگ کے لیے ہلکے اور ہوادار ڈبے",
                "کاشتکاروں کے لیے چنائی اور درجہ بندی کی تربیت",
            ),
            table(
                ("ضلع", "رجسٹرڈ کاشتکار", "متوقع پیداوار (ٹن)"),
                ("اسکردو", "1,240", "860"),
                ("شگر", "780", "540"),
                ("کھرمنگ", "410", "260"),
            ),
            quote(
                "شگر کے ایک کاشتکار نے کہا: \u201dچیری ایک دن بھی دیر سے پہنچے تو خریدار آدھی قیمت "
                "لگاتا ہے۔\u201c"
            ),
            sub("آن لائن فروخت"),
            para(
                "نوجوان کاشتکاروں کا ایک گروپ Facebook اور Instagram پر اپنے باغات کی تصاویر شیئر "
                "کر کے شہروں کے گاہکوں کو براہ راست پھل فروخت کر رہا ہے۔"
            ),
            para(
                "گروپ کے اراکین کا کہنا ہے کہ ان کے صفحے کو ہزاروں لوگ فالو کرتے ہیں اور تبصروں "
                "میں زیادہ تر سوال ترسیل کے وقت کے بارے میں ہوتے ہیں۔"
            ),
            para(
                "انہوں نے ایک App بھی بنائی ہے جس پر گاہک سیزن بھر کے لیے ہفتہ وار Subscription لے "
                "سکتے ہیں، جبکہ ایک نیوز لیٹر فصل کی تازہ صورتحال بتاتا ہے۔"
            ),
            para(
                "ایک کورئیر کمپنی نے منصوبے کو اسپانسر کیا ہے اور کاشتکار ڈبوں پر اس کے اشتہارات "
                "چھاپنے کے لیے تیار ہیں۔"
            ),
            para("محکمے نے کاشتکاروں سے کہا ہے کہ وہ تربیتی کتابچہ غور سے پڑھیں۔"),
            para("چیری کا سیزن جون کے دوسرے ہفتے میں شروع ہوگا۔"),
        ],
        place="اسکردو",
        lang="ur",
        en_title="Cold chain help arrives for Skardu cherry growers",
    ),
    Story(
        "hub-wage-inspections",
        "حب کے صنعتی علاقے میں کم از کم اجرت پر عملدرآمد کا جائزہ",
        "یونس لاسی",
        "2026-02-27T18:50:00+05:00",
        [
            para(
                "حب: محکمہ محنت نے حب کے صنعتی علاقے کی فیکٹریوں میں کم از کم اجرت پر عملدرآمد "
                "کا جائزہ لینے کے لیے خصوصی ٹیمیں تشکیل دے دی ہیں۔"
            ),
            para(
                "حکام کے مطابق ٹیمیں ایک ماہ کے دوران 120 فیکٹریوں کا دورہ کریں گی اور مزدوروں سے "
                "براہ راست بات کریں گی۔"
            ),
            sub("جائزے میں کیا دیکھا جائے گا"),
            numbered(
                "تنخواہ Bank Account کے ذریعے دی جا رہی ہے یا نہیں",
                "اوور ٹائم کا معاوضہ قانون کے مطابق ادا ہو رہا ہے یا نہیں",
                "فیکٹری میں Safety Equipment اور ابتدائی طبی امداد کا انتظام",
                "مزدوروں کی Social Security میں رجسٹریشن",
            ),
            quote(
                "ایک مزدور رہنما نے کہا: \u201dکاغذ پر اجرت پوری لکھی جاتی ہے لیکن ہاتھ میں آدھی "
                "آتی ہے۔\u201c"
            ),
            para(
                "محکمے نے ایک Helpline اور App متعارف کرائی ہے جس پر مزدور اپنا نام ظاہر کیے بغیر "
                "شکایت درج کرا سکیں گے۔"
            ),
            sub("مزدور تنظیموں کا ردعمل"),
            para(
                "یونین کے اراکین نے اقدام کا خیرمقدم کیا لیکن کہا کہ ماضی میں ایسی رپورٹس کبھی "
                "پڑھنے کے لیے عام نہیں کی گئیں۔"
            ),
            para(
                "یونین نے اپنے فیس بک صفحے پر مزدوروں سے کہا ہے کہ وہ تنخواہ کی پرچیوں کی تصاویر "
                "شیئر کریں اور تبصروں میں اپنے تجربات لکھیں۔"
            ),
            para(
                "یونین اپنے اراکین سے کوئی ماہانہ Subscription نہیں لیتی اور اس کے اخراجات چند "
                "ہمدرد وکلا اسپانسر کرتے ہیں۔"
            ),
            para(
                "محکمہ ہر ماہ ایک نیوز لیٹر جاری کرے گا اور فیکٹریوں کے باہر آگاہی کے اشتہارات "
                "لگائے جائیں گے تاکہ مزدور محکمے کی کارروائیوں کو فالو کر سکیں۔"
            ),
            para("جائزہ رپورٹ مارچ کے آخر تک مکمل ہوگی۔"),
        ],
        place="حب",
        lang="ur",
        en_title="Minimum wage checks begin in Hub's industrial area",
    ),
    Story(
        "gilgit-students-internet",
        "آن لائن امتحانات سے قبل انٹرنیٹ کی سست رفتاری پر گلگت کے طلبہ کا احتجاج",
        "نامہ نگار",
        "2026-06-04T16:40:00+05:00",
        [
            para(
                "گلگت: آن لائن امتحانات سے چند روز قبل انٹرنیٹ کی سست رفتاری کے خلاف درجنوں طلبہ "
                "نے جمعرات کو پریس کلب کے سامنے احتجاج کیا۔"
            ),
            para(
                "طلبہ کا کہنا تھا کہ کئی دیہات میں موبائل ڈیٹا اتنا سست ہے کہ وہ امتحانی Portal پر "
                "Login بھی نہیں کر پاتے۔"
            ),
            sub("طلبہ کے مطالبات"),
            bullets(
                "دیہی علاقوں میں خصوصی امتحانی مراکز قائم کیے جائیں",
                "جن طلبہ کا رابطہ منقطع ہو انہیں دوبارہ موقع دیا جائے",
                "یونیورسٹی کی لائبریری رات دس بجے تک کھلی رکھی جائے",
            ),
            quote(
                "ایک طالبہ نے کہا: \u201dمیں نے پوری رات پڑھائی کی لیکن صبح امتحان کا صفحہ ہی نہیں "
                "کھلا۔\u201c"
            ),
            para(
                "طلبہ نے فون پر رفتار کے ٹیسٹ کی تصاویر دکھائیں اور کہا کہ یہ تصاویر سوشل میڈیا پر "
                "بھی شیئر کی گئی ہیں۔"
            ),
            sub("حکام کا جواب"),
            para(
                "یونیورسٹی انتظامیہ نے کہا کہ وہ طلبہ کے تبصرے اور شکایات پڑھ رہی ہے اور امتحانی "
                "کمیٹی کے اراکین جمعہ کو فیصلہ کریں گے۔"
            ),
            para(
                "ایک موبائل کمپنی امتحانات کے دوران طلبہ کو رعایتی ڈیٹا Package دینے پر غور کر رہی "
                "ہے، تاہم اس کے لیے کسی اسپانسر کی ضرورت ہوگی۔"
            ),
            para(
                "طلبہ تنظیم اپنے صفحے کو فالو کرنے والوں کو ہر پیش رفت سے آگاہ کرے گی اور ایک App "
                "کے ذریعے متاثرہ طلبہ کا ڈیٹا جمع کرے گی۔"
            ),
            para(
                "یونیورسٹی نے کہا کہ ای میل نیوز لیٹر کی سبسکرپشن رکھنے والے طلبہ کو فیصلے سے "
                "فوراً "
                "آگاہ کیا جائے گا اور اس کے لیے کوئی اشتہار جاری نہیں ہوگا۔"
            ),
            para("احتجاج پرامن طور پر ختم ہو گیا۔"),
        ],
        place="گلگت",
        lang="ur",
        en_title="Gilgit students protest slow internet before online exams",
    ),
]


# --- noise ------------------------------------------------------------------------------


@dataclass
class Ctx:
    """What a noise maker may look at: the story, the outlet and the random source."""

    story: Story
    site: str
    rng: random.Random


EN_HEADLINES = [
    "Snowfall cuts off Kalam for a second day",
    "Ferry service resumes at Keti Bandar",
    "Wheat release price fixed for flour mills in Quetta",
    "Sukkur barrage gates repaired ahead of schedule",
    "Chitral gets its first blood bank",
    "Mirpur bridge opens to light traffic",
    "Customs seize smuggled tyres near Nokkundi",
    "Bahawalpur cotton growers await seed subsidy",
    "Thatta coastline survey finds faster erosion",
    "Kohat tunnel closed at night for repairs",
    "Loralai college gets new science block",
    "Badin farmers report late canal water",
]
UR_HEADLINES = [
    "لورالائی میں بجلی کی طویل بندش کے خلاف ریلی",
    "مکران کوسٹل ہائی وے پر مسافر کوچ الٹ گئی، متعدد زخمی",
    "ہنزہ میں برفانی چیتا کیمرے کی آنکھ میں محفوظ",
    "نصیرآباد میں گندم کی کٹائی شروع",
    "چترال میں برفباری، کئی راستے بند",
    "حیدرآباد میں پانی کی قلت پر شہریوں کا احتجاج",
    "استور میں نئی ڈسپنسری کا افتتاح",
    "خضدار میں میٹرک کے پرچے ملتوی",
    "سبی میلے کی تیاریاں آخری مراحل میں",
    "مظفرآباد میں سیاحوں کے لیے نئی پارکنگ",
]
EN_VIDEOS = [
    "Night patrol with the coast guards off Jiwani",
    "Inside a Chaman dry-fruit godown",
    "How a Hunza village runs its own power plant",
    "Kabaddi finals in Sibi: the best raids",
    "Walking the old caravan route to Khunjerab",
]
UR_VIDEOS = [
    "کوئٹہ کی سرد راتوں میں چائے خانوں کی رونق",
    "گوادر کے ماہی گیروں کا ایک دن",
    "دیوسائی میں بھورے ریچھ کی جھلک",
    "سبی میلے میں اونٹوں کی دوڑ",
]
EN_CITIES = {"Quetta", "Gilgit", "Karachi", "Skardu", "Gwadar", "Turbat", "Hub"}


def _links(items: list[str], wrap: str = "li") -> str:
    return "".join(
        f'<{wrap}><a href="/news/{80410 + i}">{esc(h)}</a></{wrap}>' for i, h in enumerate(items)
    )


def _city(ctx: Ctx) -> str:
    place = EN_OF.get(ctx.story.place or "", ctx.story.place)
    return place if place in EN_CITIES else "Quetta"


def en_also_read(ctx: Ctx) -> Noise:
    h = ctx.rng.choice(EN_HEADLINES)
    return Noise(
        f'<div><h4>Also Read</h4><p><a href="/news/80123">{esc(h)}</a></p></div>', ["Also Read", h]
    )


def en_also_read_inline(ctx: Ctx) -> Noise:
    h = ctx.rng.choice(EN_HEADLINES)
    return Noise(f'<p><strong>Also Read:</strong> <a href="/news/80177">{esc(h)}</a></p>', [h])


def en_follow_channels(ctx: Ctx) -> Noise:
    text = (
        "For more news from Balochistan and the north, follow us on WhatsApp and add us to "
        "your Google News feed."
    )
    return Noise(f"<p><em>{text}</em></p>", ["add us to your Google News feed"])


def en_download_app(ctx: Ctx) -> Noise:
    return Noise(
        "<div><p>Download our app for faster reading and breaking alerts.</p>"
        '<p><a href="/app/android">Google Play</a> | <a href="/app/ios">App Store</a></p></div>',
        ["Download our app for faster reading"],
    )


def en_trending(ctx: Ctx) -> Noise:
    return Noise(
        '<div><span>Trending:</span> <a href="/t/1">#QuettaSnow</a> <a href="/t/2">#GwadarPort</a>'
        ' <a href="/t/3">#PetrolPrices</a> <a href="/t/4">#ShandurPolo</a></div>',
        ["#QuettaSnow", "#PetrolPrices"],
    )


def en_breaking(ctx: Ctx) -> Noise:
    h = ctx.rng.choice(EN_HEADLINES)
    return Noise(f"<div><b>BREAKING</b> <span>{esc(h)}</span></div>", [h])


def en_youtube(ctx: Ctx) -> Noise:
    text = (
        "Catch every bulletin first \u2014 subscribe to our channel on YouTube and switch on "
        "notifications."
    )
    return Noise(f"<p>{esc(text)}</p>", ["subscribe to our channel on YouTube"])


def en_related_videos(ctx: Ctx) -> Noise:
    vids = ctx.rng.sample(EN_VIDEOS, 3)
    items = "".join(
        f'<li><a href="/videos/{i}">{esc(v)}</a> <span>0{i + 2}:1{i}</span></li>'
        for i, v in enumerate(vids)
    )
    return Noise(f"<div><h3>More Videos</h3><ul>{items}</ul></div>", ["More Videos", *vids])


def en_fb_comments(ctx: Ctx) -> Noise:
    return Noise(
        "<div><h3>What readers say</h3><p>2 comments</p>"
        "<div><span>Sort by</span> "
        "<select><option>Top</option><option>Newest</option></select></div>"
        '<div><textarea placeholder="Add a comment"></textarea></div>'
        "<div><b>Gul Khan Marri</b><p>Finally some good news for our area.</p>"
        "<span>Like \u00b7 Reply \u00b7 2h</span></div>"
        "<div><b>Sadia Rind</b><p>Let us see if it actually happens this time.</p>"
        "<span>Like \u00b7 Reply \u00b7 5h</span></div>"
        "<p>Facebook Comments Plugin</p></div>",
        [
            "What readers say",
            "Finally some good news for our area",
            "Let us see if it actually happens this time",
            "Facebook Comments Plugin",
        ],
    )


def en_comment_rules(ctx: Ctx) -> Noise:
    text = (
        "Comments are checked before they appear. What readers write below is their own view, "
        "not this newspaper's."
    )
    return Noise(
        f"<p><small>{esc(text)}</small></p>", ["What readers write below is their own view"]
    )


PRAYER = [
    ("Fajr", "05:21"),
    ("Dhuhr", "12:28"),
    ("Asr", "15:49"),
    ("Maghrib", "18:06"),
    ("Isha", "19:30"),
]


def en_prayer(ctx: Ctx) -> Noise:
    city = _city(ctx)
    rows = "".join(f"<tr><td>{n}</td><td>{t}</td></tr>" for n, t in PRAYER)
    return Noise(
        f"<div><h4>Prayer Times \u2014 {city}</h4><table>{rows}</table></div>",
        [f"Prayer Times \u2014 {city}", "Maghrib 18:06"],
    )


def en_rates(ctx: Ctx) -> Noise:
    return Noise(
        "<div><h4>Today's Rates</h4><ul><li>USD (open market) 281.40</li><li>UAE Dirham 76.60</li>"
        "<li>Gold 24K per tola Rs 271,800</li></ul><p>Rates are indicative only.</p></div>",
        ["USD (open market)", "Gold 24K per tola"],
    )


WEATHER_EN = [
    ("Clear skies, bitter cold after dark", 2),
    ("Light snow likely after midnight", -1),
    ("Dusty winds through the afternoon", 27),
    ("Warm, with a breeze in the evening", 31),
]


def en_weather(ctx: Ctx) -> Noise:
    cond, temp = ctx.rng.choice(WEATHER_EN)
    return Noise(
        f"<div><span>{_city(ctx)}</span> <span>{temp}\u00b0C</span> <span>{cond}</span></div>",
        [cond],
    )


def en_ad_label(ctx: Ctx) -> Noise:
    return Noise(
        "<div><p>Advertisement \u00b7 Story continues</p><div "
        'style="min-height:250px"></div></div>',
        ["Advertisement \u00b7 Story continues"],
    )


PHOTOGRAPHERS = ["Naveed Tareen", "Asma Gichki", "Sher Jan Nasar"]


def en_photo_credit(ctx: Ctx) -> Noise:
    name = ctx.rng.choice(PHOTOGRAPHERS)
    return Noise(f"<p><em>Photo: {name}</em></p>", [name])


def en_photo_figure(ctx: Ctx) -> Noise:
    name = ctx.rng.choice(PHOTOGRAPHERS)
    caption = "A file image used for illustration"
    return Noise(
        f'<figure><img src="/media/{ctx.story.slug}.jpg" alt="">'
        f"<figcaption>{caption}. \u2014 Photo by {name}</figcaption></figure>",
        [caption, name],
    )


def en_share(ctx: Ctx) -> Noise:
    return Noise(
        '<div><span>Pass it on:</span> <a href="#">Facebook</a> <a href="#">X</a> '
        '<a href="#">WhatsApp</a> <a href="#">Copy link</a></div>',
        ["Pass it on:"],
    )


def en_tags(ctx: Ctx) -> Noise:
    return Noise(
        '<div><span>Filed under</span> <a href="/tag/balochistan">Balochistan</a> '
        '<a href="/tag/gb">Gilgit-Baltistan</a> <a href="/tag/provinces">Provinces</a></div>',
        ["Filed under"],
    )


def en_print_email(ctx: Ctx) -> Noise:
    return Noise(
        '<div><a href="#print">Print this story</a> | <a href="#mail">Email to a friend</a></div>',
        ["Print this story", "Email to a friend"],
    )


def en_print_credit(ctx: Ctx) -> Noise:
    day = datetime.fromisoformat(ctx.story.date)
    text = f"Published in {ctx.site}, {EN_MONTHS[day.month - 1]} {ordinal(day.day + 1)}, {day.year}"
    return Noise(f"<p>{esc(text)}</p>", [f"Published in {ctx.site}"])


def en_copyright(ctx: Ctx) -> Noise:
    text = f"\u00a9 2026 {ctx.site}. This story may not be republished without written permission."
    return Noise(
        f"<p><small>{esc(text)}</small></p>", ["may not be republished without written permission"]
    )


def en_newsletter(ctx: Ctx) -> Noise:
    return Noise(
        "<div><p><b>Morning Brief</b> \u2014 five stories from across Pakistan before "
        "breakfast.</p>"
        '<p><input type="email" placeholder="Your email"> <button>Count me in</button></p></div>',
        ["five stories from across Pakistan before breakfast", "Count me in"],
    )


def en_live_tv(ctx: Ctx) -> Noise:
    return Noise('<p><a href="/live">\u25b6 Watch Live TV</a></p>', ["Watch Live TV"])


def en_most_read(ctx: Ctx) -> Noise:
    items = ctx.rng.sample(EN_HEADLINES, 4)
    return Noise(f"<div><h3>Most Read</h3><ol>{_links(items)}</ol></div>", ["Most Read", *items])


def en_author_bio(ctx: Ctx) -> Noise:
    return Noise(
        '<div><img src="/authors/desk.jpg" alt=""><p>Our correspondents cover the provinces '
        "from Quetta, Gilgit and Gwadar. Write to the reporter at desk@example.com.</p></div>",
        ["Write to the reporter at"],
    )


# Urdu noise


def ur_teaser(ctx: Ctx) -> Noise:
    label = ctx.rng.choice(["یہ خبر بھی دیکھیے:", "اسی موضوع پر:", "ضرور پڑھیے:", "اس سے جڑی خبر:"])
    h = ctx.rng.choice(UR_HEADLINES)
    return Noise(f'<p><b>{label}</b> <a href="/ur/51230">{esc(h)}</a></p>', [label, h])


def ur_related(ctx: Ctx) -> Noise:
    items = ctx.rng.sample(UR_HEADLINES, 3)
    return Noise(
        f"<div><h3>اسی طرح کی مزید خبریں</h3><ul>{_links(items)}</ul></div>",
        ["اسی طرح کی مزید خبریں", *items],
    )


def ur_whatsapp(ctx: Ctx) -> Noise:
    text = (
        "تازہ ترین اپڈیٹس کے لیے ہمارا واٹس ایپ چینل جوائن کریں اور گوگل نیوز پر بھی ہمیں "
        "فالو کریں۔"
    )
    return Noise(f"<p>{text}</p>", ["ہمارا واٹس ایپ چینل جوائن کریں"])


def ur_app(ctx: Ctx) -> Noise:
    text = "خبریں سب سے پہلے پڑھنے کے لیے ہماری موبائل ایپ ڈاؤن لوڈ کریں۔"
    return Noise(f'<p><a href="/app">{text}</a></p>', ["ہماری موبائل ایپ ڈاؤن لوڈ کریں"])


def ur_youtube(ctx: Ctx) -> Noise:
    text = "ہماری ویڈیو رپورٹس کے لیے یوٹیوب چینل سبسکرائب کیجیے اور گھنٹی کا نشان دبائیے۔"
    return Noise(f"<p>{text}</p>", ["یوٹیوب چینل سبسکرائب کیجیے"])


def ur_disclaimer(ctx: Ctx) -> Noise:
    text = "قارئین کے تبصرے ان کی ذاتی رائے ہیں، ادارہ ان کی ذمہ داری قبول نہیں کرتا۔"
    return Noise(f"<p><small>{text}</small></p>", ["ادارہ ان کی ذمہ داری قبول نہیں کرتا"])


def ur_comments(ctx: Ctx) -> Noise:
    return Noise(
        "<div><h3>آپ کی رائے</h3><p>2 تبصرے</p>"
        "<div><b>شاہد بزنجو</b><p>اچھا فیصلہ ہے، بس اس پر عمل بھی ہونا چاہیے۔</p></div>"
        "<div><b>فرزانہ مری</b><p>ہمارے علاقے کی بات کب ہوگی؟</p></div>"
        "<p>Facebook Comments Plugin</p></div>",
        [
            "آپ کی رائے",
            "بس اس پر عمل بھی ہونا چاہیے",
            "ہمارے علاقے کی بات کب ہوگی",
            "Facebook Comments Plugin",
        ],
    )


PRAYER_UR = [
    ("فجر", "05:24"),
    ("ظہر", "12:31"),
    ("عصر", "03:49"),
    ("مغرب", "06:05"),
    ("عشاء", "07:28"),
]
UR_CITY = {"زیارت": "زیارت", "پنجگور": "پنجگور", "کوئٹہ": "کوئٹہ", "اسکردو": "اسکردو", "حب": "حب"}


def ur_prayer(ctx: Ctx) -> Noise:
    city = UR_CITY.get(ctx.story.place or "", "کوئٹہ")
    rows = "".join(f"<tr><td>{n}</td><td>{t}</td></tr>" for n, t in PRAYER_UR)
    return Noise(
        f"<div><h4>اوقاتِ نماز ({city})</h4><table>{rows}</table></div>",
        [f"اوقاتِ نماز ({city})", "مغرب 06:05"],
    )


def ur_rates(ctx: Ctx) -> Noise:
    return Noise(
        "<div><h4>آج کے نرخ</h4><ul><li>سونا 24 قیراط (فی تولہ): 2,71,800 روپے</li>"
        "<li>ڈالر (اوپن مارکیٹ): 281.60 روپے</li><li>سعودی ریال: 74.95 روپے</li></ul></div>",
        ["سونا 24 قیراط (فی تولہ)", "ڈالر (اوپن مارکیٹ)"],
    )


WEATHER_UR = ["آسمان صاف، رات کو کڑاکے کی سردی", "ہلکی برفباری کا امکان", "دن بھر گرد آلود ہوائیں"]


def ur_weather(ctx: Ctx) -> Noise:
    cond = ctx.rng.choice(WEATHER_UR)
    city = UR_CITY.get(ctx.story.place or "", "کوئٹہ")
    return Noise(
        f"<div><span>{city}</span> <span>{ctx.rng.randint(-4, 20)}\u00b0</span> "
        f"<span>{cond}</span></div>",
        [cond],
    )


def ur_ad(ctx: Ctx) -> Noise:
    return Noise(
        '<div><span>\u2014 اشتہار \u2014</span><div style="min-height:250px"></div></div>',
        ["\u2014 اشتہار \u2014"],
    )


def ur_photo(ctx: Ctx) -> Noise:
    name = ctx.rng.choice(["عمران شاہوانی", "زاہدہ رند", "قاسم نوری"])
    return Noise(f"<p>تصویر: {name}</p>", [name])


def ur_share(ctx: Ctx) -> Noise:
    return Noise(
        '<div><span>اس خبر کو آگے بڑھائیں:</span> <a href="#">فیس بک</a> <a href="#">ایکس</a> '
        '<a href="#">واٹس ایپ</a></div>',
        ["اس خبر کو آگے بڑھائیں"],
    )


def ur_tags(ctx: Ctx) -> Noise:
    return Noise(
        '<div><span>موضوعات:</span> <a href="/tag/1">بلوچستان</a> <a href="/tag/2">گلگت '
        "بلتستان</a></div>",
        ["موضوعات:"],
    )


def ur_breaking(ctx: Ctx) -> Noise:
    h = ctx.rng.choice(UR_HEADLINES)
    return Noise(f"<div><b>بریکنگ نیوز:</b> <span>{esc(h)}</span></div>", ["بریکنگ نیوز:", h])


def ur_trending(ctx: Ctx) -> Noise:
    return Noise(
        '<div><span>ٹرینڈنگ:</span> <a href="/t/1">#کوئٹہ_سردی</a> <a '
        'href="/t/2">#گوادر_بندرگاہ</a></div>',
        ["#کوئٹہ_سردی", "#گوادر_بندرگاہ"],
    )


def ur_google_news(ctx: Ctx) -> Noise:
    return Noise(
        "<p>ہمیں گوگل نیوز پر فالو کریں اور کوئی خبر مس نہ کریں۔</p>", ["کوئی خبر مس نہ کریں"]
    )


def ur_newsletter(ctx: Ctx) -> Noise:
    return Noise(
        '<div><p>ہفتہ وار خبرنامہ اپنے ای میل پر حاصل کریں</p><input type="email"> <button>سائن '
        "اپ</button></div>",
        ["ہفتہ وار خبرنامہ اپنے ای میل پر حاصل کریں"],
    )


def ur_copyright(ctx: Ctx) -> Noise:
    return Noise(
        "<p>\u00a9 2026 جملہ حقوق بحق ادارہ محفوظ ہیں۔ تحریری اجازت کے بغیر مواد کی اشاعت ممنوع "
        "ہے۔</p>",
        ["تحریری اجازت کے بغیر مواد کی اشاعت ممنوع ہے"],
    )


def ur_author_box(ctx: Ctx) -> Noise:
    return Noise(
        '<div><img src="/authors/ur.jpg" alt=""><p>رپورٹر سے رابطے کے لیے: '
        "newsdesk@example.com</p></div>",
        ["رپورٹر سے رابطے کے لیے"],
    )


def ur_videos(ctx: Ctx) -> Noise:
    vids = ctx.rng.sample(UR_VIDEOS, 3)
    items = "".join(
        f'<li><a href="/v/{i}">{v}</a> <span>0{i + 1}:4{i}</span></li>' for i, v in enumerate(vids)
    )
    return Noise(f"<div><h3>تازہ ویڈیوز</h3><ul>{items}</ul></div>", ["تازہ ویڈیوز", *vids])


# Site-typical noise


def tv_video_embed(ctx: Ctx) -> Noise:
    v = ctx.rng.choice(EN_VIDEOS)
    return Noise(
        '<div><iframe width="640" height="360" src="https://www.youtube.com/embed/zq81Lk2PqA0" '
        f'frameborder="0" allowfullscreen></iframe><p>WATCH: {esc(v)}</p></div>',
        [f"WATCH: {v}"],
    )


def wire_meta(ctx: Ctx) -> Noise:
    return Noise(
        "<div>Priority: Routine | Desk: Provinces | Words: 412</div>", ["Priority: Routine"]
    )


def wire_photo_note(ctx: Ctx) -> Noise:
    return Noise(
        "<p>[Pictures with this story are on the MPS photo service, ref. MPS-0912-GWD]</p>",
        ["MPS photo service"],
    )


def wire_slug(ctx: Ctx) -> Noise:
    return Noise("<p>MPS/QB/HK 1415</p>", ["MPS/QB/HK"])


def wire_notice(ctx: Ctx) -> Noise:
    return Noise(
        "<p>This copy is licensed to subscribing clients only; onward sale is not permitted.</p>",
        ["licensed to subscribing clients only"],
    )


def wire_related(ctx: Ctx) -> Noise:
    items = ctx.rng.sample(EN_HEADLINES, 4)
    return Noise(
        f"<div><h4>Other stories on the wire</h4><ul>{_links(items)}</ul></div>",
        ["Other stories on the wire", *items],
    )


def pid_notice(ctx: Ctx) -> Noise:
    return Noise(
        "<div><b>Announcement:</b> Office hours during winter are 9 am to 4 pm.</div>",
        ["Office hours during winter are 9 am to 4 pm"],
    )


def pid_photo(ctx: Ctx) -> Noise:
    return Noise(
        '<div><img src="/pr/photo33.jpg" alt=""><br>PIW photo No. 33</div>', ["PIW photo No. 33"]
    )


def pid_gallery(ctx: Ctx) -> Noise:
    return Noise(
        "<p>Event pictures are available in the photo gallery of this website.</p>",
        ["Event pictures are available in the photo gallery"],
    )


def pid_print_back(ctx: Ctx) -> Noise:
    return Noise(
        '<div><a href="javascript:window.print()">Print</a> | <a href="/releases">Back to '
        "Releases</a></div>",
        ["Back to Releases"],
    )


def pid_side(ctx: Ctx) -> Noise:
    return Noise(
        "<div><b>Releases Archive</b><br><a href='/a/2026'>2026</a> <a href='/a/2025'>2025</a> "
        "<a href='/a/2024'>2024</a><br><a href='/sp'>Speeches and Statements</a><br>"
        "<a href='/nt'>Notifications and Tenders</a></div>",
        ["Releases Archive", "Speeches and Statements", "Notifications and Tenders"],
    )


def pid_visitors(ctx: Ctx) -> Noise:
    return Noise(
        "<div>Visitors: 2,418,337 | Best viewed at 1366 x 768 | Last updated: 12 Jan 2026</div>",
        ["Visitors: 2,418,337", "Best viewed at 1366 x 768"],
    )


def asm_breadcrumb(ctx: Ctx) -> Noise:
    return Noise(
        '<div><a href="/">Home</a> / <a href="/media">Media Centre</a> / <span>Assembly '
        "News</span></div>",
        ["Media Centre / Assembly News"],
    )


def asm_schedule(ctx: Ctx) -> Noise:
    return Noise(
        "<div><h4>Session Calendar</h4><table><tr><th>Sitting</th><th>Date</th><th>Time</th></tr>"
        "<tr><td>14th</td><td>9 March</td><td>3:00 PM</td></tr>"
        "<tr><td>15th</td><td>11 March</td><td>11:00 AM</td></tr></table></div>",
        ["Session Calendar", "14th 9 March 3:00 PM", "15th 11 March 11:00 AM"],
    )


def asm_members(ctx: Ctx) -> Noise:
    return Noise(
        "<div><h4>Find Your Member</h4><select><option>By constituency</option></select>"
        '<p><a href="/members">Members directory</a> | <a href="/committees">Standing '
        "committees</a></p></div>",
        ["Find Your Member", "Members directory", "Standing committees"],
    )


def asm_orders(ctx: Ctx) -> Noise:
    return Noise(
        '<p><a href="/orders/14.pdf">Orders of the Day (PDF, 210 KB)</a></p>',
        ["Orders of the Day (PDF"],
    )


def asm_back(ctx: Ctx) -> Noise:
    return Noise('<p><a href="/news">\u2190 All news and events</a></p>', ["All news and events"])


def uni_breadcrumb(ctx: Ctx) -> Noise:
    return Noise(
        '<div><a href="/">Home</a> \u203a <a href="/news">News &amp; Events</a> \u203a Campus '
        "News</div>",
        ["News & Events \u203a Campus News"],
    )


def uni_apply(ctx: Ctx) -> Noise:
    return Noise(
        "<div><p><b>Admissions Fall 2026</b></p><p>Apply online before 30 June.</p><a "
        'href="/apply">Apply Now</a></div>',
        ["Admissions Fall 2026", "Apply online before 30 June"],
    )


def uni_events(ctx: Ctx) -> Noise:
    return Noise(
        "<div><h4>Upcoming Events</h4><ul><li>Convocation rehearsal \u2014 14 Sept</li>"
        "<li>Seminar on rock mechanics \u2014 21 Sept</li><li>Inter-department debates \u2014 2 "
        "Oct</li></ul></div>",
        ["Upcoming Events", "Convocation rehearsal", "Seminar on rock mechanics"],
    )


def uni_share(ctx: Ctx) -> Noise:
    return Noise(
        '<div><span>Share this news</span> <a href="#">f</a> <a href="#">in</a> <a '
        'href="#">x</a></div>',
        ["Share this news"],
    )


def uni_quick_links(ctx: Ctx) -> Noise:
    return Noise(
        "<div><h4>Quick Links</h4><p><a href='/cal'>Academic Calendar</a> \u00b7 "
        "<a href='/fee'>Fee Structure</a> \u00b7 <a href='/sch'>Scholarships</a> \u00b7 "
        "<a href='/jobs'>Careers at the University</a></p></div>",
        ["Quick Links", "Careers at the University"],
    )


def uni_contact(ctx: Ctx) -> Noise:
    return Noise(
        "<p>Media queries: Office of Public Affairs, Block C, ext. 2291</p>",
        ["Media queries: Office of Public Affairs"],
    )


def biz_ticker(ctx: Ctx) -> Noise:
    return Noise(
        "<div><ul><li>BLCM 142.30 \u25b21.2%</li><li>KRKT 88.10 \u25bc0.4%</li>"
        "<li>GWDP 310.75 \u25b22.9%</li><li>All-Share 118,420 \u25b20.6%</li></ul></div>",
        ["BLCM 142.30", "All-Share 118,420"],
    )


def biz_market(ctx: Ctx) -> Noise:
    return Noise(
        "<div><h4>Market Watch</h4><table><tr><th>Top "
        "gainers</th><th>Close</th><th>Change</th></tr>"
        "<tr><td>Sonmiani Cement</td><td>61.20</td><td>+4.10</td></tr>"
        "<tr><td>Hingol Textiles</td><td>19.85</td><td>+1.35</td></tr></table></div>",
        ["Market Watch", "Sonmiani Cement 61.20 +4.10", "Hingol Textiles 19.85 +1.35"],
    )


def biz_paywall(ctx: Ctx) -> Noise:
    return Noise(
        "<p>Get the full market pages in our e-paper \u2014 subscribe from Rs 300 a month.</p>",
        ["subscribe from Rs 300 a month"],
    )


def sp_live(ctx: Ctx) -> Noise:
    return Noise(
        "<div><span>LIVE</span> Bolan Blazers 164/7 (20) \u00b7 Karakoram Kites 98/3 (11.2 ov) "
        "\u2014 Kites need 67 off 52</div>",
        ["Kites need 67 off 52"],
    )


def sp_points(ctx: Ctx) -> Noise:
    return Noise(
        "<div><h4>Points Table</h4><table><tr><th>Team</th><th>P</th><th>W</th><th>Pts</th></tr>"
        "<tr><td>Bolan Blazers</td><td>6</td><td>5</td><td>10</td></tr>"
        "<tr><td>Karakoram Kites</td><td>6</td><td>4</td><td>8</td></tr>"
        "<tr><td>Mehran Mariners</td><td>6</td><td>2</td><td>4</td></tr></table></div>",
        ["Points Table", "Bolan Blazers 6 5 10", "Mehran Mariners 6 2 4"],
    )


def sp_more(ctx: Ctx) -> Noise:
    items = [
        "Hockey trials open in Sibi",
        "Squash: Peshawar juniors sweep finals",
        "Quetta hosts mountain bike race",
    ]
    return Noise(
        f"<div><p><b>More from Sport</b></p><ul>{_links(items)}</ul></div>",
        ["More from Sport", *items],
    )


def sp_column_tag(ctx: Ctx) -> Noise:
    return Noise("<p><b>COLUMN</b> | Off the Boundary</p>", ["Off the Boundary"])


def op_bio(ctx: Ctx) -> Noise:
    return Noise(
        f'<div><img src="/columnists/{ctx.story.slug}.jpg" alt=""><p>{esc(ctx.story.author)} '
        "teaches urban "
        "planning in Quetta and has written for the paper since 2019. X: @urbanquetta</p></div>",
        ["teaches urban planning in Quetta", "@urbanquetta"],
    )


def op_views(ctx: Ctx) -> Noise:
    text = "Columns carry the thinking of their writers; the paper runs them to widen the debate."
    return Noise(f"<p><i>{text}</i></p>", ["the paper runs them to widen the debate"])


def op_more_by(ctx: Ctx) -> Noise:
    items = [
        "Our parks are shrinking and nobody is counting",
        "The long walk to a girls' college",
        "Why Quetta's karezes went dry",
    ]
    return Noise(
        f"<div><h4>More by {esc(ctx.story.author)}</h4><ul>{_links(items)}</ul></div>",
        [f"More by {ctx.story.author}", *items],
    )


def bl_share(ctx: Ctx) -> Noise:
    return Noise(
        '<div><a href="#">Email it</a> <a href="#">Post to X</a> <a href="#">Share on Facebook</a> '
        '<a href="#">Pin it</a></div>',
        ["Email it", "Post to X"],
    )


def bl_labels(ctx: Ctx) -> Noise:
    return Noise(
        '<div>Labels: <a href="/search/label/Kech">Kech</a>, <a '
        'href="/search/label/Trade">Trade</a></div>',
        ["Labels:"],
    )


def bl_nav(ctx: Ctx) -> Noise:
    return Noise(
        '<div><a href="/p/n">Newer post</a> <a href="/">Home</a> <a href="/p/o">Older '
        "post</a></div>",
        ["Newer post", "Older post"],
    )


def bl_followers(ctx: Ctx) -> Noise:
    return Noise(
        "<div><h2>Followers</h2><p>Followers (318)</p><p><a href='#'>Follow this "
        "blog</a></p></div>",
        ["Followers (318)", "Follow this blog"],
    )


def bl_popular(ctx: Ctx) -> Noise:
    items = [
        "Power cuts hit Panjgur again",
        "Kech students top board exams",
        "Mand border market: a photo essay",
    ]
    return Noise(
        f"<div><h2>Popular Posts</h2><ul>{_links(items)}</ul></div>", ["Popular Posts", *items]
    )


def bl_archive(ctx: Ctx) -> Noise:
    return Noise(
        "<div><h2>Blog Archive</h2><ul><li>\u25ba 2026 (41)</li><li>\u25ba 2025 "
        "(188)</li></ul></div>",
        ["Blog Archive", "2025 (188)"],
    )


def fb_see_translation(ctx: Ctx) -> Noise:
    return Noise('<div><a href="#">See translation</a></div>', ["See translation"])


def fb_reactions(ctx: Ctx) -> Noise:
    return Noise(
        "<div><span>\U0001f44d\u2764\ufe0f\U0001f622 1.4K</span> <span>212 comments</span> "
        "<span>96 shares</span></div>",
        ["212 comments", "96 shares"],
    )


def fb_actions(ctx: Ctx) -> Noise:
    return Noise(
        "<div><span>Like</span> <span>Comment</span> <span>Share</span></div>",
        ["Like Comment Share"],
    )


def fb_comments_list(ctx: Ctx) -> Noise:
    return Noise(
        "<div><div><b>Sajjad Hunzai</b><p>ہمارے گاؤں میں بھی یہی حال ہے</p><span>Like \u00b7 Reply "
        "\u00b7 3h</span></div>"
        "<div><b>Mehnaz Baig</b><p>Exams should be postponed.</p><span>Like \u00b7 Reply \u00b7 "
        "1h</span></div>"
        "<p><a href='#'>View more comments</a></p></div>",
        [
            "Sajjad Hunzai",
            "ہمارے گاؤں میں بھی یہی حال ہے",
            "Exams should be postponed",
            "View more comments",
        ],
    )


def fb_follow_page(ctx: Ctx) -> Noise:
    return Noise(
        "<div><p>Karakoram Pulse \u00b7 News &amp; media website</p><p>86K people follow this</p>"
        "<a href='#'>Follow Page</a></div>",
        ["86K people follow this", "Follow Page"],
    )


def ep_toolbar(ctx: Ctx) -> Noise:
    return Noise(
        "<div><select><option>کوئٹہ ایڈیشن</option><option>کراچی ایڈیشن</option></select> "
        '<a href="#">زوم ان</a> <a href="#">زوم آؤٹ</a> <a href="#">پی ڈی ایف ڈاؤن لوڈ</a> '
        '<a href="#">پچھلا صفحہ</a> <a href="#">اگلا صفحہ</a></div>',
        ["پی ڈی ایف ڈاؤن لوڈ", "اگلا صفحہ"],
    )


def ep_ocr_note(ctx: Ctx) -> Noise:
    text = "یہ متن خودکار نظام نے تصویر سے پڑھ کر لکھا ہے، اس میں غلطیاں ممکن ہیں۔"
    return Noise(f"<p>{text}</p>", ["یہ متن خودکار نظام نے تصویر سے پڑھ کر لکھا ہے"])


def ep_continued(ctx: Ctx) -> Noise:
    return Noise("<p>(بقیہ صفحہ 7 کالم 4 پر)</p>", ["بقیہ صفحہ 7 کالم 4"])


def ep_clip_share(ctx: Ctx) -> Noise:
    return Noise(
        '<div><a href="#">تراشہ محفوظ کریں</a> <a href="#">تراشہ شیئر کریں</a> <a '
        'href="#">پرنٹ</a></div>',
        ["تراشہ محفوظ کریں", "تراشہ شیئر کریں"],
    )


def ep_source(ctx: Ctx) -> Noise:
    return Noise(f"<p>بشکریہ {ctx.site}، صفحہ 3</p>", [f"بشکریہ {ctx.site}"])


def ep_pages(ctx: Ctx) -> Noise:
    pages = "".join(f'<li><a href="?page={i}">صفحہ {i}</a></li>' for i in range(1, 9))
    return Noise(
        f"<div><h4>صفحات کی فہرست</h4><ul>{pages}</ul></div>", ["صفحات کی فہرست", "صفحہ 8"]
    )


def ua_full_site(ctx: Ctx) -> Noise:
    return Noise(
        '<p><a href="/?noamp">یہ خبر مکمل ویب سائٹ پر کھولیں</a></p>',
        ["یہ خبر مکمل ویب سائٹ پر کھولیں"],
    )


def ua_ad(ctx: Ctx) -> Noise:
    return Noise(
        '<div><span>\u2014 اشتہار \u2014</span><amp-ad width="300" height="250" type="doubleclick" '
        'data-slot="/4419/ur_amp_inarticle"></amp-ad></div>',
        ["\u2014 اشتہار \u2014"],
    )


def ua_share(ctx: Ctx) -> Noise:
    return Noise(
        "<div><span>اس خبر کو آگے بڑھائیں:</span> <amp-social-share "
        'type="facebook"></amp-social-share>'
        '<amp-social-share type="whatsapp"></amp-social-share><amp-social-share '
        'type="twitter"></amp-social-share></div>',
        ["اس خبر کو آگے بڑھائیں"],
    )


def bi_lang_switch(ctx: Ctx) -> Noise:
    return Noise(
        '<div><a href="?lang=en">Read this story in English</a> | <a '
        'href="?lang=ur">اردو</a></div>',
        ["Read this story in English"],
    )


def as_swipe(ctx: Ctx) -> Noise:
    return Noise("<div><p>Swipe up for the full report</p></div>", ["Swipe up for the full report"])


def as_follow(ctx: Ctx) -> Noise:
    return Noise(
        "<div><p>Tap follow to get a new visual story from the mountains every week.</p></div>",
        ["Tap follow to get a new visual story"],
    )


def as_ad(ctx: Ctx) -> Noise:
    return Noise(
        "<div><span>Ad</span><p>Braldu Springs mineral water \u2014 bottled at 3,000 "
        "metres</p></div>",
        ["Braldu Springs mineral water"],
    )


def as_credit(ctx: Ctx) -> Noise:
    return Noise("<div><p>Image: visual stories desk</p></div>", ["Image: visual stories desk"])


def as_more(ctx: Ctx) -> Noise:
    items = [
        "Ten hours on the Karakoram Highway",
        "The last boatmakers of Gwadar",
        "A winter wedding in Chitral",
    ]
    return Noise(
        f"<div><h3>More visual stories</h3><ul>{_links(items)}</ul></div>",
        ["More visual stories", *items],
    )


def ag_open_app(ctx: Ctx) -> Noise:
    return Noise(
        "<div><p>Open this story in the Headline Bazaar app for a better experience.</p><a "
        "href='#'>Open app</a></div>",
        ["Open this story in the Headline Bazaar app"],
    )


def ag_hide(ctx: Ctx) -> Noise:
    return Noise(
        "<div><a href='#'>Hide stories from this source</a> \u00b7 <a href='#'>Report a "
        "problem</a></div>",
        ["Hide stories from this source", "Report a problem"],
    )


def ag_original(ctx: Ctx) -> Noise:
    return Noise(
        "<p><a href='#'>Read the original article at the source \u2192</a></p>",
        ["Read the original article at the source"],
    )


def ag_more_source(ctx: Ctx) -> Noise:
    items = ctx.rng.sample(EN_HEADLINES, 3)
    return Noise(
        f"<div><h4>More from this publisher</h4><ul>{_links(items)}</ul></div>",
        ["More from this publisher", *items],
    )


def ag_trending(ctx: Ctx) -> Noise:
    items = ctx.rng.sample(EN_HEADLINES, 3)
    return Noise(
        f"<div><h4>Trending on Headline Bazaar</h4><ol>{_links(items)}</ol></div>",
        ["Trending on Headline Bazaar", *items],
    )


def fb_hashtags(ctx: Ctx) -> Noise:
    return Noise(
        '<div dir="auto"><a href="/h/1">#گلگت</a> <a href="/h/2">#آن_لائن_امتحانات</a> '
        '<a href="/h/3">#انٹرنیٹ_دو</a></div>',
        ["#آن_لائن_امتحانات", "#انٹرنیٹ_دو"],
    )


# --- dates, chrome and body rendering ---------------------------------------------------

EN_MONTHS = [
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
UR_MONTHS = [
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
EN_OF = {"اسکردو": "Skardu", "گلگت": "Gilgit", "کوئٹہ": "Quetta", "حب": "Hub"}


SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{SUFFIX.get(n % 10, 'th')}"


def show_date(iso: str, lang: str) -> str:
    d = datetime.fromisoformat(iso)
    if lang == "ur":
        return f"{d.day} {UR_MONTHS[d.month - 1]} {d.year}"
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {d:%I:%M %p}"


EN_SECTIONS = [
    "Home",
    "Pakistan",
    "Balochistan",
    "Gilgit-Baltistan",
    "Sindh",
    "Business",
    "Sport",
    "Opinion",
]
UR_SECTIONS = ["صفحۂ اول", "پاکستان", "بلوچستان", "گلگت بلتستان", "سندھ", "کاروبار", "کھیل", "کالم"]


def nav(lang: str, cls: str = "main-menu") -> str:
    names = UR_SECTIONS if lang == "ur" else EN_SECTIONS
    items = "".join(f'<li><a href="/section/{i}">{esc(n)}</a></li>' for i, n in enumerate(names))
    return f'<nav class="{cls}"><ul>{items}</ul></nav>'


def footer(site: str, lang: str) -> str:
    if lang == "ur":
        return (
            f"<footer><p>\u00a9 2026 {esc(site)}۔ جملہ حقوق محفوظ ہیں۔</p><p><a "
            "href='/about'>ہمارے بارے میں</a> "
            "<a href='/contact'>رابطہ</a> <a href='/privacy'>رازداری کی پالیسی</a></p></footer>"
        )
    return (
        f"<footer><p>\u00a9 2026 {esc(site)}. All rights reserved.</p><p><a href='/about'>About "
        "us</a> "
        "<a href='/contact'>Contact</a> <a href='/privacy'>Privacy policy</a></p></footer>"
    )


def head(
    s: Story, url: str, site: str, *, title: str | None = None, ld: bool = False, extra: str = ""
) -> str:
    title = title or s.title
    data = ""
    if ld:
        blob = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": s.date,
            "author": {"@type": "Person", "name": s.author},
            "publisher": {"@type": "Organization", "name": site},
        }
        data = f'<script type="application/ld+json">{json.dumps(blob, ensure_ascii=False)}</script>'
    return (
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
        'initial-scale=1">'
        f'<title>{esc(title)} | {esc(site)}</title><link rel="canonical" href="{url}">'
        '<meta property="og:type" content="article"><meta property="og:title" '
        f'content="{esc(title)}">'
        f'<meta property="og:site_name" content="{esc(site)}"><meta property="og:url" '
        f'content="{url}">'
        f'<meta property="article:published_time" content="{s.date}">'
        f'<meta name="author" content="{esc(s.author)}">{data}{extra}'
        "<script>window.dataLayer=window.dataLayer||[];"
        "dataLayer.push({'pageType':'story'});</script>"
        "<style>body{margin:0}.hide{display:none}</style></head>"
    )


def _fragment(text: str, latin_spans: bool) -> str:
    if not latin_spans:
        return esc(text)
    parts = []
    pos = 0
    for m in LATIN.finditer(text):
        parts.append(esc(text[pos : m.start()]))
        parts.append(f'<span lang="en" dir="ltr">{esc(m.group(0))}</span>')
        pos = m.end()
    parts.append(esc(text[pos:]))
    return "".join(parts)


def inline_html(text: str, latin_spans: bool = False) -> str:
    out = []
    pos = 0
    for i, m in enumerate(LINK.finditer(text)):
        out.append(_fragment(text[pos : m.start()], latin_spans))
        out.append(f'<a href="/topic/{i + 1}">{_fragment(m.group(1), latin_spans)}</a>')
        pos = m.end()
    out.append(_fragment(text[pos:], latin_spans))
    return "".join(out)


BASE = {
    "p": "<p>{}</p>",
    "h": "<h2>{}</h2>",
    "q": "<blockquote><p>{}</p></blockquote>",
    "ul": ("<ul>", "<li>{}</li>", "</ul>"),
    "ol": ("<ol>", "<li>{}</li>", "</ol>"),
    "table": ("<table>", "</table>"),
    "tail": "<p>{}</p>",
}


def style(**over: object) -> dict:
    return {**BASE, **over}


def render_block(block: Block, sty: dict, latin_spans: bool = False) -> str:
    if block.kind in ("p", "h", "q"):
        return sty[block.kind].replace("{}", inline_html(block.items[0], latin_spans))
    if block.kind in ("ul", "ol"):
        first, item, last = sty[block.kind]
        lis = "".join(item.replace("{}", inline_html(t, latin_spans)) for t in block.items)
        return f"{first}{lis}{last}"
    first, last = sty["table"]
    header, *rows = block.items
    ths = "".join(f"<th>{esc(c)}</th>" for c in header)
    trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"{first}<thead><tr>{ths}</tr></thead><tbody>{trs}</tbody>{last}"


def body_html(
    s: Story, inside: dict[int, list[Noise]], sty: dict, latin_spans: bool = False
) -> str:
    """Blocks with noise inserted after block i (-1: before the first; len: after the tail)."""
    out = [n.html for n in inside.get(-1, [])]
    for i, block in enumerate(s.blocks):
        out.append(render_block(block, sty, latin_spans))
        out.extend(n.html for n in inside.get(i, []))
    if s.tail:
        out.append(sty["tail"].replace("{}", esc(s.tail)))
    out.extend(n.html for n in inside.get(len(s.blocks), []))
    return "\n".join(out)


def join(noise: list[Noise]) -> str:
    return "".join(n.html for n in noise)


def rtl(s: Story) -> str:
    return "rtl" if s.lang == "ur" else "ltr"


# --- the eighteen layouts ---------------------------------------------------------------


def national_daily(s, url, site, inside, outer):
    body = body_html(s, inside, style(h="<h3>{}</h3>"))
    return (
        f'<!DOCTYPE html><html lang="en">{head(s, url, site, ld=True)}<body class="story-page">'
        '<header class="header"><div class="logo"><a '
        f'href="/">{esc(site)}</a></div>{nav("en")}</header>'
        f'{join(outer["top"])}<main class="container"><div class="flex"><div class="w-full '
        'sm:w-8/12">'
        '<article class="story" data-id="1712345">'
        '<h2 class="story__title text-6 font-bold"><a class="story__link" '
        f'href="{url}">{esc(s.title)}</a></h2>'
        f'<div class="story__byline"><span class="story__byline__link">{esc(s.author)}</span> '
        '<span class="story__time"><span '
        f'class="timestamp--date">{show_date(s.date, "en")}</span></span></div>'
        f'<div class="story__cover"><figure class="media"><img src="/thumbs/{s.slug}.jpg" '
        'alt=""></figure></div>'
        f'<div class="story__content overflow-hidden text-4 font-georgia">{body}</div>'
        f'</article>{join(outer["foot"])}</div><aside class="w-full '
        f'sm:w-4/12">{join(outer["side"])}</aside>'
        f"</div></main>{footer(site, 'en')}</body></html>"
    )


def urdu_wp(s, url, site, inside, outer):
    body = body_html(
        s,
        inside,
        style(h="<h3>{}</h3>", q='<blockquote class="wp-block-quote"><p>{}</p></blockquote>'),
    )
    return (
        f'<!DOCTYPE html><html dir="rtl" lang="ur">{head(s, url, site, ld=True)}'
        '<body class="rtl post-template-default single single-post td-standard-pack '
        'global-block-template-1">'
        '<div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-template-wrap">'
        '<div class="td-header-menu-wrap"><a class="td-logo" '
        f'href="/">{esc(site)}</a>{nav("ur", "td-header-menu")}</div></div>'
        f'{join(outer["top"])}<div class="td-main-content-wrap td-container-wrap">'
        '<div class="td-container td-post-template-default"><div class="td-pb-row">'
        '<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
        '<article id="post-48213" class="post-48213 post type-post status-publish format-standard '
        'category-balochistan">'
        '<div class="td-post-header"><header class="td-post-title"><h1 '
        f'class="entry-title">{esc(s.title)}</h1>'
        '<div class="td-module-meta-info"><div class="td-post-author-name"><div '
        'class="td-author-by">از</div> '
        f'<a href="/author/desk">{esc(s.author)}</a></div><span class="td-post-date">'
        '<time class="entry-date updated td-module-date" '
        f'datetime="{s.date}">{show_date(s.date, "ur")}</time>'
        "</span></div></header></div>"
        f'<div class="td-post-featured-image"><img src="/wp-content/uploads/2026/{s.slug}.jpg" '
        'alt=""></div>'
        '<div class="td-post-content '
        f'tagdiv-type">{body}</div><footer>{join(outer["foot"])}</footer></article>'
        '</div></div><div class="td-pb-span4 td-main-sidebar" role="complementary">'
        f'<div class="td-ss-main-sidebar">{join(outer["side"])}</div></div></div></div></div>'
        f"{footer(site, 'ur')}</div></body></html>"
    )


def tv_channel(s, url, site, inside, outer):
    body = body_html(s, inside, style(h="<h2><strong>{}</strong></h2>"))
    return (
        f'<!DOCTYPE html><html lang="en">{head(s, url, site, ld=True)}<body '
        'class="news-detail-page">'
        '<header class="site-header"><a class="brand" '
        f'href="/">{esc(site)}</a>{nav("en", "navbar-nav")}</header>'
        f'{join(outer["top"])}<div class="container"><div class="row"><div class="col-lg-8"><div '
        'class="story-detail">'
        f'<div class="story-header"><h1 class="story-title">{esc(s.title)}</h1><div '
        'class="story-meta">'
        f'<span class="author-name">By {esc(s.author)}</span> <span '
        f'class="story-date">{show_date(s.date, "en")}</span>'
        f'</div></div><div class="story-text">{body}</div></div>{join(outer["foot"])}</div>'
        f'<div class="col-lg-4"><div class="sidebar">{join(outer["side"])}</div></div></div></div>'
        f"{footer(site, 'en')}</body></html>"
    )


BLOGGER_STYLE = style(
    p=(
        '<div style="text-align: justify;"><span style="font-family: verdana; font-size: medium;">'
        "{}</span></div><div><br /></div>"
    ),
    h='<div><b><span style="font-size: large;">{}</span></b></div>',
    q='<blockquote class="tr_bq">{}</blockquote>',
    ul=('<ul style="text-align: left;">', "<li>{}</li>", "</ul>"),
    ol=('<ol style="text-align: left;">', "<li>{}</li>", "</ol>"),
    table=('<table border="1" cellpadding="4" style="border-collapse: collapse;">', "</table>"),
    tail="<div>{}</div>",
)


def blogger(s, url, site, inside, outer):
    body = body_html(s, inside, BLOGGER_STYLE)
    return (
        f'<!DOCTYPE html><html dir="ltr" lang="en">{head(s, url, site, ld=True)}<body '
        'class="variant-indie">'
        '<div class="page"><header class="centered-top-container"><div class="blog-name"><h1><a '
        f'href="/">{esc(site)}</a></h1>'
        f'</div>{nav("en", "tabs")}</header>{join(outer["top"])}<div class="page_body"><div '
        'class="centered">'
        '<main id="main" class="centered-bottom"><div class="main section" id="page_body"><div '
        'class="widget Blog" id="Blog1">'
        '<div class="blog-posts hfeed container"><article class="post-outer-container"><div '
        'class="post-outer">'
        '<div class="post"><a name="7731904451"></a>'
        f'<h3 class="post-title entry-title">{esc(s.title)}</h3><div class="post-header"><div '
        'class="post-header-line-1">'
        '<span class="byline post-timestamp"><time class="published" '
        f'datetime="{s.date}">{show_date(s.date, "en")}</time>'
        "</span></div></div>"
        '<div class="post-body entry-content float-container" '
        f'id="post-body-7731904451">{body}</div>'
        '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span '
        'class="byline post-author vcard">'
        "Posted by <span "
        f'class="fn">{esc(s.author)}</span></span></div></div></div>{join(outer["foot"])}</div>'
        '</article></div></div></div></main><aside class="sidebar-container"><div class="sidebar '
        'section">'
        f"{join(outer['side'])}</div></aside></div></div>{footer(site, 'en')}</div></body></html>"
    )


FB_STYLE = style(
    p='<div dir="auto" style="text-align: start;">{}</div>',
    h='<div dir="auto"><span style="font-weight: 600;">{}</span></div>',
    q='<div dir="auto"><blockquote>{}</blockquote></div>',
    tail='<div dir="auto">{}</div>',
)


def fb_mirror(s, url, site, inside, outer):
    body = body_html(s, inside, FB_STYLE)
    return (
        f'<!DOCTYPE html><html lang="{s.lang}" dir="{rtl(s)}">{head(s, url, site)}<body '
        'class="mirror">'
        '<header class="site-head"><a '
        f'href="/">{esc(site)}</a>{nav(s.lang)}</header>{join(outer["top"])}'
        '<div class="feed-wrap"><div role="article" class="post-card" data-post-id="1029384756">'
        '<div class="post-head"><img class="avatar" src="/logo.png" alt=""><div '
        'class="post-head-meta">'
        f'<h2 class="page-name"><a href="/">{esc(site)}</a></h2><div class="post-when"><a '
        f'href="{url}">'
        f'<abbr title="{s.date}">{show_date(s.date, s.lang)}</abbr></a> \u00b7 <span '
        'aria-label="Public">\U0001f310</span>'
        '</div></div></div><div class="post-message" data-ad-preview="message">'
        f'<div dir="auto"><strong>{esc(s.title)}</strong></div><div dir="auto">\u270d\ufe0f '
        f"{esc(s.author)}</div>{body}</div>"
        f'<div class="post-footer">{join(outer["foot"])}</div></div><aside>{join(outer["side"])}'
        "</aside></div>"
        f"{footer(site, s.lang)}</body></html>"
    )


def epaper(s, url, site, inside, outer):
    body = body_html(
        s,
        inside,
        style(
            p='<p class="ocr">{}</p>', h='<p class="ocr"><b>{}</b></p>', q='<p class="ocr">{}</p>'
        ),
    )
    areas = "".join(
        f'<area shape="rect" coords="{40 + 300 * i},120,{320 + 300 * i},880" href="?clip={17 + i}" '
        f'alt="{esc(h)}">'
        for i, h in enumerate([s.title, *UR_HEADLINES[:3]])
    )
    return (
        f'<!DOCTYPE html><html lang="ur" dir="rtl">{head(s, url, site)}<body class="epaper">'
        f'<div class="ep-header"><a href="/">{esc(site)}</a> <span>ای '
        f"پیپر</span></div>{join(outer['top'])}"
        '<div class="ep-wrap"><div class="ep-page"><img src="/epaper/2026/p3.jpg" usemap="#pg3" '
        'width="1200" '
        f'height="1900" alt=""><map name="pg3">{areas}</map></div>'
        f'<div class="ep-clip" id="clipPanel"><h2 class="clip-title">{esc(s.title)}</h2>'
        f'<div class="clip-meta">{esc(s.author)} \u00b7 {show_date(s.date, "ur")}</div>'
        f'<img class="clip-img" src="/clips/{s.slug}.jpg" alt=""><div '
        f'class="clip-text">{body}</div></div></div>'
        f'<aside class="ep-side">{join(outer["side"])}'
        f"</aside>{join(outer['foot'])}{footer(site, 'ur')}</body></html>"
    )


def amp_head(s: Story, url: str, site: str, extra: str = "") -> str:
    return (
        '<head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>'
        f'{extra}<title>{esc(s.title)} | {esc(site)}</title><link rel="canonical" '
        f'href="{url.replace("/amp/", "/")}">'
        '<meta name="viewport" content="width=device-width">'
        f'<meta property="article:published_time" content="{s.date}">'
        "<style amp-boilerplate>body{-webkit-animation:none;animation:none}</style>"
        "<style amp-custom>.amp-wp-article{max-width:840px}</style></head>"
    )


def urdu_amp(s, url, site, inside, outer):
    body = body_html(s, inside, BASE)
    ad_script = (
        '<script async custom-element="amp-ad" '
        'src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>'
    )
    return (
        f'<!doctype html><html \u26a1 lang="ur" dir="rtl">{amp_head(s, url, site, ad_script)}<body '
        'class="amp-wp">'
        '<header id="top" class="amp-wp-header"><div><a '
        f'href="/">{esc(site)}</a></div></header>{join(outer["top"])}'
        '<article class="amp-wp-article"><header class="amp-wp-article-header">'
        f'<h1 class="amp-wp-title">{esc(s.title)}</h1><div class="amp-wp-meta amp-wp-byline">'
        f'<span class="amp-wp-author author vcard">{esc(s.author)}</span></div><div '
        'class="amp-wp-meta amp-wp-posted-on">'
        f'<time datetime="{s.date}">{show_date(s.date, "ur")}</time></div></header>'
        '<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1200" '
        'height="675" '
        f'src="/wp-content/uploads/{s.slug}.jpg" layout="responsive" alt=""></amp-img></figure>'
        f'<div class="amp-wp-article-content">{body}</div><footer '
        'class="amp-wp-article-footer"></footer></article>'
        f"{join(outer['side'])}{join(outer['foot'])}<footer "
        f'class="amp-wp-footer"><div><h2>{esc(site)}</h2>'
        '<a href="#top" class="back-to-top">اوپر جائیں</a></div></footer></body></html>'
    )


WIRE_STYLE = style(
    p="{}<br /><br />",
    h="<b>{}</b><br /><br />",
    q="{}<br /><br />",
    tail="{}<br />",
)


def wire(s, url, site, inside, outer):
    body = body_html(s, inside, WIRE_STYLE)
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html '
        'xmlns="http://www.w3.org/1999/xhtml">'
        f'{head(s, url, site)}<body><form method="post" action="./NewsDetail.aspx" id="form1">'
        '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" '
        'value="/wEPDwUKMTY1NDU2MTA1Mg9kFgICAw9kFgQCAQ8PFgIeBFRleHQFBk5ld3Nm"></div>'
        '<div id="header"><a '
        f'href="/">{esc(site)}</a>{nav("en", "topnav")}</div>{join(outer["top"])}'
        '<div id="main"><div id="left"><div class="newsdetail">'
        f'<h1 id="ContentPlaceHolder1_lblTitle" class="ntitle">{esc(s.title)}</h1>'
        f'<span id="ContentPlaceHolder1_lblDate" class="ndate">{show_date(s.date, "en")}</span>'
        '<div id="ContentPlaceHolder1_lblNews" '
        f'class="ntext">{body}</div></div>{join(outer["foot"])}</div>'
        f'<div id="right">{join(outer["side"])}</div></div>{footer(site, "en")}</form></body>'
        "</html>"
    )


def pid_release(s, url, site, inside, outer):
    sty = style(
        p='<p align="justify">{}</p>',
        h="<p><u><b>{}</b></u></p>",
        q='<p align="justify"><i>{}</i></p>',
    )
    body = body_html(s, inside, sty)
    top = "".join(f"<tr><td>{n.html}</td></tr>" for n in outer["top"])
    return (
        f'<html>{head(s, url, site)}<body leftmargin="0" topmargin="0"><form name="aspnetForm" '
        'method="post" id="aspnetForm">'
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" id="tblMain"><tr><td '
        'class="banner">'
        f'<img src="/images/banner.jpg" alt=""><b>{esc(site)}</b></td></tr><tr><td '
        f'class="menu">{nav("en", "menu")}</td></tr>'
        f'{top}<tr><td><table width="100%" border="0" cellspacing="4"><tr>'
        f'<td valign="top" width="22%" class="leftcol">{join(outer["side"])}</td><td valign="top" '
        'class="content">'
        '<div class="pr-detail"><span id="ctl00_ContentPlaceHolder1_lblPRNo" class="prno">Handout '
        "No. 118</span>"
        f'<h3 id="ctl00_ContentPlaceHolder1_lblTitle">{esc(s.title)}</h3>'
        f'<span id="ctl00_ContentPlaceHolder1_lblDate">{show_date(s.date, "en")}</span>'
        '<div id="ctl00_ContentPlaceHolder1_lblDetail" '
        f'class="prtext">{body}</div></div></td></tr></table></td></tr>'
        f'<tr><td class="footer">{join(outer["foot"])}{footer(site, "en")}</td></tr></table>'
        "</form></body></html>"
    )


def assembly(s, url, site, inside, outer):
    body = body_html(s, inside, style(h="<h4>{}</h4>"))
    return (
        f'<!DOCTYPE html><html lang="en">{head(s, url, site)}<body><div class="top-header">'
        f'<a class="logo" href="/">{esc(site)}</a>{nav("en", "navbar")}</div>'
        '<div class="page-title-area"><div class="container"><h2>Assembly News</h2></div></div>'
        f'{join(outer["top"])}<section class="news-details-area ptb-100"><div '
        'class="container"><div class="row">'
        '<div class="col-lg-8 col-md-12"><div class="news-details">'
        f'<div class="article-image"><img src="/uploads/news/{s.slug}.jpg" alt=""></div><div '
        'class="article-content">'
        f'<div class="entry-meta"><ul><li><span>Posted On:</span> {show_date(s.date, "en")}</li>'
        "<li><span>Posted By:</span> "
        f"{esc(s.author)}</li></ul></div><h3>{esc(s.title)}</h3>{body}</div></div>"
        f'{join(outer["foot"])}</div><div class="col-lg-4 col-md-12"><aside class="widget-area" '
        'id="secondary">'
        f"{join(outer['side'])}</aside></div></div></div></section>{footer(site, 'en')}</body>"
        "</html>"
    )


def university(s, url, site, inside, outer):
    body = body_html(s, inside, style(h="<h3>{}</h3>"))
    return (
        f'<!DOCTYPE html><html lang="en" dir="ltr">{head(s, url, site)}<body class="path-node '
        'page-node-type-news">'
        '<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main '
        "content</a>"
        '<div class="dialog-off-canvas-main-canvas"><div class="layout-container"><header '
        'role="banner">'
        '<div class="region region-header"><a href="/" '
        f'class="site-logo">{esc(site)}</a></div>{nav("en", "menu--main")}'
        f'</header>{join(outer["top"])}<main role="main"><a id="main-content" tabindex="-1"></a>'
        '<div class="layout-content"><div class="region region-content">'
        '<article role="article" class="node node--type-news node--promoted node--view-mode-full">'
        '<h1 class="page-title"><span class="field field--name-title '
        f'field--type-string">{esc(s.title)}</span></h1>'
        f'<div class="node__meta"><span class="field field--name-uid">{esc(s.author)}</span> '
        f'<span class="field field--name-created">{show_date(s.date, "en")}</span></div><div '
        'class="node__content">'
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary '
        "field--label-hidden "
        f'field__item">{body}</div></div></article>{join(outer["foot"])}</div></div>'
        '<aside class="layout-sidebar-second" role="complementary"><div class="region '
        'region-sidebar-second">'
        f"{join(outer['side'])}</div></aside></main>{footer(site, 'en')}</div></div></body></html>"
    )


def business(s, url, site, inside, outer):
    sty = style(
        table=(
            '<div class="table-responsive"><table class="table table-striped">',
            "</table></div>",
        )
    )
    body = body_html(s, inside, sty)
    return (
        f'<!DOCTYPE html><html lang="en">{head(s, url, site, ld=True)}<body><div class="header">'
        f'<a class="logo" href="/">{esc(site)}</a>{nav("en", "menu")}</div>{join(outer["top"])}'
        '<div class="main-wrap container"><div class="row"><div class="col-md-8"><div '
        'class="detail-page">'
        f'<h1 class="detail-title">{esc(s.title)}</h1><div class="detail-meta"><span '
        f'class="by">{esc(s.author)}</span> | '
        f'<span class="dt">{show_date(s.date, "en")}</span></div>'
        '<div class="detail-desc" '
        f'itemprop="articleBody">{body}</div></div>{join(outer["foot"])}</div>'
        '<div class="col-md-4 '
        f'right-col">{join(outer["side"])}</div></div></div>{footer(site, "en")}</body></html>'
    )


def sports(s, url, site, inside, outer):
    sty = style(
        p='<p class="ArticleBody_p__1xQ">{}</p>',
        h='<h2 class="ArticleBody_h2__9Tt">{}</h2>',
        q='<blockquote class="ArticleBody_quote__Vb3"><p>{}</p></blockquote>',
        ul=('<ul class="ArticleBody_list__k2P">', "<li>{}</li>", "</ul>"),
        table=('<div class="ArticleBody_tableWrap__0Oq"><table>', "</table></div>"),
        tail='<p class="ArticleBody_p__1xQ">{}</p>',
    )
    body = body_html(s, inside, sty)
    data = json.dumps({"props": {"pageProps": {"slug": s.slug, "section": "sport"}}})
    return (
        f'<!DOCTYPE html><html lang="en">{head(s, url, site)}<body><div id="__next"><div '
        'class="Layout_wrap__3k1Xz">'
        '<header class="Header_bar__Lm2a"><a '
        f'href="/">{esc(site)}</a>{nav("en", "Header_nav__x8")}</header>'
        f'{join(outer["top"])}<main class="ArticlePage_main__Q2r7p"><article '
        'class="ArticlePage_article__d8Kk">'
        f'<h1 class="ArticleHeader_title__aZ1">{esc(s.title)}</h1><div '
        'class="ArticleHeader_meta__p0s">'
        f"<span>{esc(s.author)}</span> <time "
        f'datetime="{s.date}">{show_date(s.date, "en")}</time></div>'
        f'<div class="ArticleBody_body__Zx81">{body}</div></article>{join(outer["foot"])}'
        f'<aside class="Sidebar_side__Jd9">{join(outer["side"])}</aside>'
        f"</main>{footer(site, 'en')}</div></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>'
    )


def opinion(s, url, site, inside, outer):
    body = body_html(
        s, inside, style(h="<h3>{}</h3>", q='<blockquote class="pullquote">{}</blockquote>')
    )
    return (
        f'<!DOCTYPE html><html lang="en">{head(s, url, site, ld=True)}<body class="opinion">'
        f'<header><a class="logo" href="/">{esc(site)}</a>{nav("en")}</header>{join(outer["top"])}'
        '<div class="container"><div class="row"><div class="col-8"><article class="column">'
        f'<div class="columnist"><img class="columnist__photo" src="/columnists/{s.slug}.jpg" '
        f'alt="{esc(s.author)}">'
        f'<span class="columnist__name">{esc(s.author)}</span></div><h1 '
        f'class="column__title">{esc(s.title)}</h1>'
        f'<div class="column__date">{show_date(s.date, "en")}</div><div '
        f'class="column__body">{body}</div></article>'
        f'{join(outer["foot"])}</div><div class="col-4">{join(outer["side"])}</div></div></div>'
        f"{footer(site, 'en')}</body></html>"
    )


def bilingual(s, url, site, inside, outer):
    body = body_html(s, inside, BASE)
    title = s.en_title or s.title
    return (
        f'<!DOCTYPE html><html lang="en">{head(s, url, site, title=title)}<body>'
        f'<header><a class="logo" href="/">{esc(site)}</a>{nav("en")}</header>{join(outer["top"])}'
        f'<div class="wrap"><article class="post"><h1 class="post-title">{esc(title)}</h1>'
        f'<div class="post-meta"><span class="author">{esc(s.author)}</span> | <time '
        f'datetime="{s.date}">'
        f'{show_date(s.date, "en")}</time></div><div class="post-body" lang="ur" '
        f'dir="rtl">{body}</div></article>'
        f"{join(outer['foot'])}<aside>{join(outer['side'])}</aside></div>{footer(site, 'en')}"
        "</body></html>"
    )


def urdu_inline(s, url, site, inside, outer):
    body = body_html(s, inside, BASE, latin_spans=True)
    return (
        f'<!DOCTYPE html><html lang="ur" dir="rtl">{head(s, url, site, ld=True)}'
        '<body class="rtl post-template-default single single-post jnews jsc_normal"><div '
        'class="jeg_viewport">'
        '<div class="jeg_header_wrapper"><div class="jeg_header normal"><div class="jeg_midbar '
        'jeg_container">'
        '<div class="jeg_nav_row"><div class="jeg_logo"><a '
        f'href="/">{esc(site)}</a></div>{nav("ur", "jeg_menu")}'
        f'</div></div></div></div>{join(outer["top"])}<div class="jeg_main"><div '
        'class="jeg_container">'
        '<div class="jeg_content jeg_singlepage"><div class="container"><div class="row">'
        '<div class="jeg_main_content col-md-8"><div class="jeg_inner_content"><div '
        'class="entry-header">'
        f'<h1 class="jeg_post_title">{esc(s.title)}</h1><div class="jeg_meta_container"><div '
        'class="jeg_post_meta">'
        '<div class="jeg_meta_author"><span class="meta_text">تحریر:</span> <a '
        f'href="/author/x">{esc(s.author)}</a></div>'
        '<div class="jeg_meta_date"><a '
        f'href="{url}">{show_date(s.date, "ur")}</a></div></div></div></div>'
        f'<div class="jeg_featured featured_image"><img src="/wp-content/uploads/{s.slug}.jpg" '
        'alt=""></div>'
        '<div class="entry-content no-share"><div class="jeg_share_button share-float '
        'jeg_sticky_share clearfix"></div>'
        f'<div class="content-inner ">{body}</div></div>{join(outer["foot"])}</div></div>'
        '<div class="jeg_sidebar jeg_sticky_sidebar '
        f'col-md-4">{join(outer["side"])}</div></div></div></div></div></div>'
        f"{footer(site, 'ur')}</div></body></html>"
    )


def _story_page(slug: str, pid: str, inner: str) -> str:
    return (
        f'<amp-story-page id="{pid}"><amp-story-grid-layer template="fill"><amp-img '
        f'src="/ws/{slug}/{pid}.jpg" '
        'width="720" height="1280" layout="responsive" alt=""></amp-img></amp-story-grid-layer>'
        f'<amp-story-grid-layer template="vertical">{inner}</amp-story-grid-layer></amp-story-page>'
    )


def amp_story(s, url, site, inside, outer):
    pages = [_story_page(s.slug, f"top-{i}", n.html) for i, n in enumerate(outer["top"])]
    pages.append(
        _story_page(
            s.slug,
            "cover",
            f'<h1>{esc(s.title)}</h1><p class="byline">{esc(s.author)} \u00b7 '
            f"{show_date(s.date, 'en')}</p>",
        )
    )
    pages.extend(_story_page(s.slug, f"pre-{i}", n.html) for i, n in enumerate(inside.get(-1, [])))
    for i, block in enumerate(s.blocks):
        pages.append(_story_page(s.slug, f"page-{i + 1}", render_block(block, BASE)))
        pages.extend(
            _story_page(s.slug, f"x-{i}-{j}", n.html) for j, n in enumerate(inside.get(i, []))
        )
    if s.tail:
        pages.append(_story_page(s.slug, "credit", f"<p>{esc(s.tail)}</p>"))
    pages.extend(
        _story_page(s.slug, f"end-{i}", n.html) for i, n in enumerate(inside.get(len(s.blocks), []))
    )
    pages.extend(_story_page(s.slug, f"more-{i}", n.html) for i, n in enumerate(outer["side"]))
    scripts = (
        '<script async custom-element="amp-story" '
        'src="https://cdn.ampproject.org/v0/amp-story-1.0.js"></script>'
    )
    return (
        f'<!doctype html><html \u26a1 lang="en">{amp_head(s, url, site, scripts)}<body>'
        f'<amp-story standalone title="{esc(s.title)}" publisher="{esc(site)}" '
        'publisher-logo-src="/logo.png" '
        f'poster-portrait-src="/ws/{s.slug}/cover.jpg">{"".join(pages)}</amp-story>'
        f"{join(outer['foot'])}</body></html>"
    )


AGG_SOURCE = {
    "thar-solar-schools": "The Morning Ledger",
    "hub-wage-inspections": "روزنامہ پہاڑی آواز",
}


def aggregator(s, url, site, inside, outer):
    body = body_html(s, inside, style(h="<h3>{}</h3>"))
    source = AGG_SOURCE.get(s.slug, "Partner outlet")
    return (
        f'<!DOCTYPE html><html lang="en">{head(s, url, site)}<body class="reader">'
        '<header class="ag-head"><a '
        f'href="/">{esc(site)}</a>{nav("en", "ag-nav")}</header>{join(outer["top"])}'
        f'<main class="ag-main"><div class="reader-view" lang="{s.lang}" dir="{rtl(s)}"><div '
        'class="reader-source">'
        '<img class="src-logo" src="/logos/src.png" alt=""><span '
        f'class="src-name">{esc(source)}</span></div>'
        f'<h1 class="reader-title">{esc(s.title)}</h1><div class="reader-meta">{esc(s.author)} '
        "\u00b7 "
        f"{show_date(s.date, s.lang)}</div><div "
        f'class="reader-content">{body}</div></div>{join(outer["foot"])}'
        f'<aside class="ag-side">{join(outer["side"])}</aside></main>{footer(site, "en")}</body>'
        "</html>"
    )


LAYOUTS = {
    f.__name__: f
    for f in (
        national_daily,
        urdu_wp,
        tv_channel,
        blogger,
        fb_mirror,
        epaper,
        urdu_amp,
        wire,
        pid_release,
        assembly,
        university,
        business,
        sports,
        opinion,
        bilingual,
        urdu_inline,
        amp_story,
        aggregator,
    )
}

SITES = {
    "national_daily": [
        ("The Daily Meridian", "dailymeridian.example"),
        ("The Morning Ledger", "morningledger.example"),
    ],
    "urdu_wp": [
        ("روزنامہ نوائے کاریز", "nawaekarez.example"),
        ("روزنامہ صبحِ مکران", "subhemakran.example"),
    ],
    "tv_channel": [("Rawal 24 News", "rawal24.example"), ("Daman TV News", "damantv.example")],
    "blogger": [
        ("Dasht Dispatch", "dashtdispatch.blogspot.example"),
        ("Sulaiman Range Notes", "sulaimannotes.blogspot.example"),
    ],
    "fb_mirror": [
        ("Karakoram Pulse", "karakorampulse.example"),
        ("Ghizer Today", "ghizertoday.example"),
    ],
    "epaper": [("روزنامہ چراغِ کوہسار", "chiraghekohsar.example")] * 2,
    "urdu_amp": [
        ("روزنامہ آبشار", "abshar.example"),
        ("روزنامہ گلستانِ شمال", "gulistaneshimal.example"),
    ],
    "wire": [("Margalla Press Service", "mps-wire.example")] * 2,
    "pid_release": [("Public Information Wing", "piw.example")] * 2,
    "assembly": [
        ("Assembly Newsroom Quetta", "asmnews-quetta.example"),
        ("Assembly Newsroom Gilgit", "asmnews-gilgit.example"),
    ],
    "university": [
        ("Chiltan University of Engineering and Earth Sciences", "cuees.example"),
        ("Baltistan Highlands University", "bhu.example"),
    ],
    "business": [("Markaz Business Daily", "markazbusiness.example")] * 2,
    "sports": [("Maidan Sports", "maidansports.example")] * 2,
    "opinion": [("The Plateau Review", "plateaureview.example")] * 2,
    "bilingual": [("Karez Post", "karezpost.example")] * 2,
    "urdu_inline": [("روزنامہ پہاڑی آواز", "paharaawaz.example")] * 2,
    "amp_story": [("North Stories", "northstories.example")] * 2,
    "aggregator": [("Headline Bazaar", "headlinebazaar.example")] * 2,
}

URLS = {
    "national_daily": "https://{domain}/news/{id}/{slug}",
    "urdu_wp": "https://{domain}/{slug}/",
    "tv_channel": "https://{domain}/latest/{id}-{slug}",
    "blogger": "https://{domain}/{ym}/{slug}.html",
    "fb_mirror": "https://{domain}/posts/{id}",
    "epaper": "https://{domain}/epaper/{ym}/page-3?clip={id}",
    "urdu_amp": "https://{domain}/{slug}/amp/",
    "wire": "https://{domain}/NewsDetail.aspx?id={id}",
    "pid_release": "https://{domain}/PRDetails.aspx?prID={id}",
    "assembly": "https://{domain}/news/{slug}",
    "university": "https://{domain}/news/{slug}",
    "business": "https://{domain}/markets/{id}/{slug}",
    "sports": "https://{domain}/article/{slug}-{id}",
    "opinion": "https://{domain}/opinion/{id}/{slug}",
    "bilingual": "https://{domain}/ur/{slug}",
    "urdu_inline": "https://{domain}/{id}/",
    "amp_story": "https://{domain}/web-stories/{slug}/",
    "aggregator": "https://{domain}/full-story/{id}-{slug}",
}

# Site-typical noise for each layout's noisy page, by slot: top / side / foot are outside the
# article container; before / mid / last / after are inside it (before the first block,
# between blocks, right after the last block, after the wire credit).
PLANS = {
    "national_daily": {
        "top": (en_trending,),
        "before": (en_photo_figure,),
        "mid": (en_ad_label, en_also_read_inline),
        "last": (en_print_credit,),
        "after": (en_share,),
        "side": (en_most_read, en_prayer),
        "foot": (en_comment_rules, en_fb_comments),
    },
    "urdu_wp": {
        "top": (ur_breaking,),
        "before": (ur_photo,),
        "mid": (ur_teaser, ur_ad),
        "last": (ur_share,),
        "after": (ur_tags,),
        "side": (ur_related, ur_rates),
        "foot": (ur_disclaimer, ur_comments),
    },
    "tv_channel": {
        "top": (en_breaking, en_live_tv),
        "before": (tv_video_embed,),
        "mid": (en_also_read, en_also_read_inline),
        "last": (en_youtube,),
        "after": (en_tags,),
        "side": (en_related_videos,),
        "foot": (en_fb_comments,),
    },
    "blogger": {
        "top": (en_weather,),
        "before": (en_photo_credit,),
        "mid": (en_follow_channels,),
        "last": (bl_share,),
        "after": (bl_labels,),
        "side": (bl_followers, bl_popular, bl_archive),
        "foot": (bl_nav, en_comment_rules),
    },
    "fb_mirror": {
        "before": (fb_see_translation,),
        "mid": (ur_teaser,),
        "last": (ur_whatsapp,),
        "after": (fb_hashtags,),
        "side": (fb_follow_page,),
        "foot": (fb_reactions, fb_actions, fb_comments_list),
    },
    "epaper": {
        "top": (ep_toolbar,),
        "before": (ep_ocr_note,),
        "mid": (ep_continued,),
        "last": (ep_clip_share,),
        "after": (ep_source,),
        "side": (ep_pages, ur_prayer),
        "foot": (ur_copyright,),
    },
    "urdu_amp": {
        "top": (ua_full_site,),
        "before": (ur_photo,),
        "mid": (ua_ad, ur_teaser),
        "last": (ua_share,),
        "after": (ur_google_news,),
        "foot": (ur_related, ur_weather),
    },
    "wire": {
        "before": (wire_meta,),
        "mid": (wire_photo_note,),
        "after": (wire_slug, wire_notice),
        "side": (wire_related,),
        "foot": (en_copyright,),
    },
    "pid_release": {
        "top": (pid_notice,),
        "mid": (pid_photo,),
        "last": (pid_gallery,),
        "after": (pid_print_back,),
        "side": (pid_side,),
        "foot": (pid_visitors,),
    },
    "assembly": {
        "top": (asm_breadcrumb,),
        "before": (en_photo_figure,),
        "mid": (en_also_read_inline,),
        "last": (asm_orders,),
        "after": (asm_back,),
        "side": (asm_schedule, asm_members),
        "foot": (en_share,),
    },
    "university": {
        "top": (uni_breadcrumb,),
        "mid": (en_photo_credit,),
        "last": (uni_share,),
        "after": (uni_contact,),
        "side": (uni_apply, uni_events),
        "foot": (uni_quick_links,),
    },
    "business": {
        "top": (biz_ticker,),
        "before": (en_ad_label,),
        "mid": (en_also_read_inline, en_newsletter),
        "last": (biz_paywall,),
        "after": (en_print_email,),
        "side": (biz_market, en_rates),
        "foot": (en_most_read,),
    },
    "sports": {
        "top": (sp_live,),
        "before": (sp_column_tag,),
        "mid": (en_ad_label, en_download_app),
        "last": (en_share,),
        "after": (en_comment_rules,),
        "side": (sp_points, sp_more),
        "foot": (en_fb_comments,),
    },
    "opinion": {
        "mid": (en_newsletter,),
        "last": (op_bio,),
        "after": (en_print_credit, op_views),
        "side": (op_more_by, en_most_read),
        "foot": (en_comment_rules,),
    },
    "bilingual": {
        "top": (bi_lang_switch,),
        "before": (ur_photo,),
        "mid": (ur_teaser, en_ad_label),
        "last": (en_share,),
        "after": (en_follow_channels,),
        "side": (en_weather, ur_rates),
        "foot": (en_tags,),
    },
    "urdu_inline": {
        "top": (ur_breaking,),
        "before": (ur_trending,),
        "mid": (ur_teaser, ur_youtube),
        "last": (ur_share,),
        "after": (ur_author_box, ur_tags),
        "side": (ur_prayer, ur_weather),
        "foot": (ur_copyright, ur_disclaimer),
    },
    "amp_story": {
        "before": (as_credit,),
        "mid": (as_ad,),
        "last": (as_swipe,),
        "after": (as_follow,),
        "foot": (as_more,),
    },
    "aggregator": {
        "top": (ag_open_app,),
        "mid": (en_ad_label,),
        "last": (ag_hide,),
        "after": (ag_original,),
        "side": (ag_more_source, ag_trending),
        "foot": (en_newsletter,),
    },
}

EN_MID = [
    en_follow_channels,
    en_download_app,
    en_youtube,
    en_newsletter,
    en_photo_credit,
    en_also_read_inline,
    en_ad_label,
]
EN_SIDE = [en_prayer, en_rates, en_weather, en_most_read, en_trending]
UR_MID = [
    ur_teaser,
    ur_whatsapp,
    ur_app,
    ur_youtube,
    ur_google_news,
    ur_ad,
    ur_photo,
    ur_newsletter,
]
UR_SIDE = [ur_prayer, ur_rates, ur_weather, ur_related, ur_trending, ur_videos]

# (story, layout of its noisy page, layout of its clean page): every layout once each way.
ASSIGN = [
    ("quetta-tubewell-bill", "assembly", "national_daily"),
    ("gb-forest-guards", "national_daily", "assembly"),
    ("gwadar-outboard-engines", "wire", "tv_channel"),
    ("gb-measles-campaign", "pid_release", "wire"),
    ("thar-solar-schools", "aggregator", "pid_release"),
    ("quetta-mining-women", "university", "amp_story"),
    ("skardu-glacier-lab", "amp_story", "university"),
    ("hunza-apricot-exports", "business", "fb_mirror"),
    ("turbat-dates-prices", "blogger", "business"),
    ("shandur-polo-column", "sports", "opinion"),
    ("quetta-boxers-golds", "tv_channel", "sports"),
    ("quetta-buses-column", "opinion", "blogger"),
    ("ziarat-juniper-plan", "urdu_wp", "urdu_amp"),
    ("panjgur-schools-reopen", "epaper", "urdu_wp"),
    ("quetta-gas-helpline", "urdu_amp", "urdu_inline"),
    ("skardu-cherry-coldchain", "bilingual", "epaper"),
    ("hub-wage-inspections", "urdu_inline", "aggregator"),
    ("gilgit-students-internet", "fb_mirror", "bilingual"),
]


class Rotation:
    """Hands out noise makers from a pool in a shuffled, repeating order, skipping used ones."""

    def __init__(self, makers: list, rng: random.Random) -> None:
        self.order = list(makers)
        rng.shuffle(self.order)
        self.turn = 0

    def take(self, used: set) -> object:
        for _ in range(len(self.order)):
            maker = self.order[self.turn % len(self.order)]
            self.turn += 1
            if maker not in used:
                return maker
        raise ValueError("pool exhausted")


def build_slots(
    layout: str, ctx: Ctx, pools: dict[str, Rotation]
) -> tuple[dict[int, list[Noise]], dict[str, list[Noise]]]:
    """The noisy page's noise: the layout's own kinds, one pool pick inside, one outside."""
    plan = PLANS[layout]
    n_blocks = len(ctx.story.blocks)
    urdu = ctx.story.lang == "ur"
    used = {f for makers in plan.values() for f in makers}
    mids = [*plan.get("mid", ()), pools["ur_mid" if urdu else "en_mid"].take(used)]
    side_maker = pools["ur_side" if urdu and layout != "bilingual" else "en_side"].take(used)
    spots = sorted(ctx.rng.sample(range(1, n_blocks - 1), len(mids)))
    inside: dict[int, list[Noise]] = {}
    for maker in plan.get("before", ()):
        inside.setdefault(-1, []).append(maker(ctx))
    for spot, maker in zip(spots, mids, strict=True):
        inside.setdefault(spot, []).append(maker(ctx))
    for maker in plan.get("last", ()):
        inside.setdefault(n_blocks - 1, []).append(maker(ctx))
    for maker in plan.get("after", ()):
        inside.setdefault(n_blocks, []).append(maker(ctx))
    outer = {slot: [maker(ctx) for maker in plan.get(slot, ())] for slot in ("top", "side", "foot")}
    outer["side" if layout != "amp_story" else "foot"].append(side_maker(ctx))
    return inside, outer


# --- self-check -------------------------------------------------------------------------

INLINE_TAGS = {
    "a",
    "abbr",
    "b",
    "bdi",
    "bdo",
    "cite",
    "code",
    "em",
    "font",
    "i",
    "label",
    "mark",
    "q",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "time",
    "u",
}
HIDDEN_TAGS = {"script", "style", "head", "template", "noscript", "title", "textarea"}


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        if tag not in INLINE_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS and self.hidden:
            self.hidden -= 1
        if tag not in INLINE_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible_text(page: str) -> str:
    parser = _Visible()
    parser.feed(page)
    parser.close()
    return " ".join("".join(parser.parts).split())


def norm(text: str) -> str:
    return " ".join(text.split())


def check(name: str, page: str, story: Story, noise: list[Noise]) -> None:
    text = visible_text(page)
    low = text.lower()
    lines = story.lines()
    body = "\n".join(lines).lower()
    assert len(set(lines)) == len(lines), f"{name}: duplicate body line"
    for line in lines:
        assert line and "\n" not in line, f"{name}: bad line {line!r}"
        assert norm(line) in text, f"{name}: body line not visible: {line!r}"
    for n in noise:
        assert n.strings, f"{name}: noise without strings: {n.html[:60]}"
        for s in n.strings:
            key = norm(s).lower()
            assert key in low, f"{name}: noise not visible: {s!r}"
            assert key not in body, f"{name}: noise inside body: {s!r}"
            assert key not in story.title.lower(), f"{name}: noise inside title: {s!r}"
    if story.tail:
        assert story.tail not in lines, f"{name}: tail inside body"


def make_url(layout: str, domain: str, story: Story, n: int, clean: bool) -> str:
    d = datetime.fromisoformat(story.date)
    ident = 40117 + 31 * n + (7 if clean else 0)
    return URLS[layout].format(
        domain=domain, slug=story.slug, id=ident, ym=f"{d.year}/{d.month:02d}"
    )


def main() -> None:
    folder = PAGES / SPLIT
    if folder.exists():
        for old in sorted(folder.iterdir()):
            if old.suffix in {".html", ".json"}:
                old.unlink()
    rng = random.Random(1717)
    pools = {
        "en_mid": Rotation(EN_MID, rng),
        "en_side": Rotation(EN_SIDE, rng),
        "ur_mid": Rotation(UR_MID, rng),
        "ur_side": Rotation(UR_SIDE, rng),
    }
    by_slug = {s.slug: s for s in STORIES}
    assert sorted(by_slug) == sorted(slug for slug, _, _ in ASSIGN)
    assert sorted(x for _, x, _ in ASSIGN) == sorted(LAYOUTS) == sorted(x for _, _, x in ASSIGN)
    count = 0
    for n, (slug, noisy_layout, clean_layout) in enumerate(ASSIGN):
        story = by_slug[slug]
        assert noisy_layout != clean_layout
        for clean, layout in ((False, noisy_layout), (True, clean_layout)):
            site, domain = SITES[layout][int(clean)]
            url = make_url(layout, domain, story, n, clean)
            if clean:
                inside: dict[int, list[Noise]] = {}
                outer: dict[str, list[Noise]] = {"top": [], "side": [], "foot": []}
            else:
                inside, outer = build_slots(layout, Ctx(story, site, rng), pools)
            page = LAYOUTS[layout](story, url, site, inside, outer)
            noise = [x for xs in inside.values() for x in xs] + [
                x for xs in outer.values() for x in xs
            ]
            name = f"{'clean' if clean else 'noisy'}-{n:02d}-{layout}"
            check(name, page, story, noise)
            write_page(SPLIT, name, url, page, story.article(), noise)
            count += 1
    print(f"wrote {count} pages to {folder}")


if __name__ == "__main__":
    main()
