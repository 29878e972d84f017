"""Write the eighteenth held-out set to pages/heldout18/: modern site builds, written BLIND.

The writer read exactly three repository files -- fixturekit.py, make_heldout.py and
make_heldout2.py -- for the page, truth and noise conventions, and nothing else: no
extractor code, rules, config, tests, results or earlier pages. No extractor was run on
these pages.

New in this set: eighteen layouts built the way modern news sites are built -- a Next.js
site (hashed class names, a __NEXT_DATA__ script, the body in nested divs without <p>),
a Nuxt site with data-v- attributes, an Arc XP-style article-body with default__StyledText
paragraphs, a Ghost blog with kg-cards, a Substack-style newsletter post with a footnote,
a Medium-style post, a WordPress Gutenberg page, an Indian wire-syndication portal, a
Gulf newspaper, a BBC-Urdu-like page with "مزید پڑھیے" boxes, a Drupal Urdu page, a
state-media English page with editor lines, a Google AMP page, a liveblog, an interview
Q&A, a photo gallery whose captions are the body, an <article> split by ad iframes, and
a print view. Eighteen stories (five in Urdu) each appear once noisy and once clean, in
two different layouts, so each layout carries one noisy and one clean page. Bodies have
sub-headings, block quotes, lists, tables and one-line paragraphs, and talk about apps,
newsletters, comments, photos and members. Noise is worded afresh in English and Urdu and
sits inside the article container as well as around it, including modern kinds: listen
players, AI "key points" summaries, gift links, consent dialogs and copy-link toasts.
Every page is checked against its truth before anything is written.

Every outlet, person, company and sentence is invented; only place names are real, and
the IANS and PTI wire credits were asked for by the brief.

Run: python benchmarks/extraction/make_heldout18.py  (deterministic).
"""

from __future__ import annotations

import json
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser

from fixturekit import PAGES, Article, Noise, esc, write_page

SPLIT = "heldout18"

# --- stories ----------------------------------------------------------------------------

Block = tuple


def para(text: str) -> Block:
    return ("p", text)


def sub(text: str) -> Block:
    return ("h", text)


def quote(text: str) -> Block:
    return ("q", text)


def bullets(*items: str) -> Block:
    return ("ul", list(items))


def numbered(*items: str) -> Block:
    return ("ol", list(items))


def grid(*rows: list[str]) -> Block:
    return ("table", [list(r) for r in rows])


def entry(time: str, *paras: str) -> Block:
    return ("entry", time, list(paras))


def caption(text: str) -> Block:
    return ("cap", text)


def footnote(text: str) -> Block:
    return ("note", text)


def block_lines(block: Block) -> list[str]:
    kind = block[0]
    if kind in ("ul", "ol"):
        return list(block[1])
    if kind == "table":
        return [" ".join(row) for row in block[1]]
    if kind == "entry":
        return [f"{block[1]} {block[2][0]}", *block[2][1:]]
    return [block[1]]


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
    points: list[str] = field(default_factory=list)  # for AI "key points" noise boxes

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
        "Desalinated water reaches Gwadar's old town",
        "Shabana Dashti",
        "2026-03-17T09:40:00+05:00",
        [
            para(
                "GWADAR: A seawater desalination plant on the edge of Gwadar began supplying "
                "the old town on Monday, the first time in three summers that many households "
                "have received piped water more than once a week."
            ),
            para(
                "The plant, built by the provincial public health engineering department, can "
                "treat up to two million gallons a day when all four of its units are running. "
                "Only two units are working for now, officials said, while engineers wait for "
                "spare membranes."
            ),
            sub("Who gets water first"),
            para(
                "The wards around the fish harbour and the old bazaar will be supplied first, "
                "followed by the newer housing schemes along the coastal road."
            ),
            para(
                "The department has put a supply timetable on its notice boards and said it "
                "would send the same schedule by text message to residents who register their "
                "phone numbers."
            ),
            grid(
                ["Zone", "Supply days", "Hours"],
                ["Old town", "Mon, Wed, Fri", "6am to 10am"],
                ["Fish harbour", "Tue, Thu, Sat", "6am to 9am"],
                ["New schemes", "Sun", "7am to 11am"],
            ),
            sub("Tankers still needed"),
            para(
                "Water tanker operators, who have supplied much of the town for years, said "
                "they expected business to fall but not to disappear, since the pipes do not "
                "yet reach the outer settlements."
            ),
            quote(
                "We have waited a long time for this. If it runs every week as they promise, "
                "my children will not have to skip school to fetch water."
            ),
            para(
                "That was how Bibi Hani, a schoolteacher in the old town, put it as she filled "
                "two plastic drums from the first supply on Monday morning."
            ),
            para("The department also issued three instructions to residents:"),
            bullets(
                "Leaks can be reported on the department's helpline at any hour.",
                "Illegal connections will be cut without notice.",
                "The monthly water fee can be paid at two bank branches in the town.",
            ),
            para("Officials said the two idle units would be repaired before the monsoon."),
        ],
        place="Gwadar",
        points=[
            "Piped water returns to Gwadar's old town after three dry summers",
            "Half of the plant's four units stand idle until spare parts arrive",
            "Tanker owners expect less trade, but not an end to it",
        ],
    ),
    Story(
        "hunza-sirens",
        "Sirens installed below glacial lakes in upper Hunza",
        "Karim Baig",
        "2026-05-06T11:20:00+05:00",
        [
            para(
                "GILGIT: Sirens and rain gauges have been installed in four villages of upper "
                "Hunza that sit below glacial lakes, giving residents more time to leave their "
                "homes if a lake bursts, the regional disaster management authority said on "
                "Wednesday."
            ),
            para(
                "The equipment sends readings every fifteen minutes to a control room in "
                "Aliabad, where staff watch water levels and temperatures through the melting "
                "season from May to September."
            ),
            para(
                "Villagers in Passu and Hussaini have been trained to sound the alarm by hand "
                "if the power fails, and each village has marked a route to high ground with "
                "painted stones."
            ),
            sub("Lessons from past floods"),
            para(
                "Residents still remember the summer when a sudden flood washed away part of "
                "the highway and a row of shops in less than an hour, with almost no warning."
            ),
            quote(
                "The water came down the valley like a wall of mud. Now we have a siren and a "
                "plan, and the young people know what to do."
            ),
            para(
                "Those were the words of Gul Bano, who runs a guest house near the bridge and "
                "took part in the first evacuation drill last month."
            ),
            para(
                "The authority said it would share the readings on a public website and "
                "through a mobile app, but some residents said they would rather rely on the "
                "sirens because the phone signal in the valley is weak."
            ),
            para("More drills are planned before the peak of summer."),
        ],
        place="Gilgit",
    ),
    Story(
        "gb-trekkers",
        "Gilgit-Baltistan sees surge in foreign trekkers",
        "IANS",
        "2026-09-22T14:05:00+05:30",
        [
            para(
                "Islamabad, Sep 22 (IANS) Pakistan's northern Gilgit-Baltistan region recorded "
                "its highest number of foreign trekkers in a decade this summer, with permits "
                "for routes to the Baltoro glacier and the Nanga Parbat base camp rising "
                "sharply, officials said on Monday."
            ),
            para(
                "According to the regional tourism department, more than eleven thousand "
                "foreign visitors registered at checkposts between June and August, compared "
                "with about seven thousand in the same months last year."
            ),
            para(
                "Tour operators in Skardu said most of the visitors came from Europe and East "
                "Asia, and that many had booked their trips through social media pages and "
                "mobile apps run by local guides."
            ),
            para(
                "The department said it had opened two new rescue posts on the Baltoro route "
                "and would require trekking groups to carry satellite phones from next season."
            ),
            para(
                "Local residents have welcomed the income but raised concerns over rubbish "
                "left along the trails, the officials added."
            ),
            para(
                "A clean-up drive by porters and volunteers collected nearly four tonnes of "
                "waste from base camps in July, according to a department statement."
            ),
        ],
        tail="--IANS\nsk/rd",
        agency="IANS",
        place="Islamabad",
    ),
    Story(
        "punjab-heat-alerts",
        "Pakistan's Punjab launches heatwave alert service as temperatures soar",
        "PTI",
        "2026-05-27T17:30:00+05:30",
        [
            para(
                "Lahore, May 27 (PTI) Pakistan's Punjab province on Tuesday launched a heatwave "
                "alert service that will send warnings by text message and through a "
                "smartphone app, as temperatures in several districts crossed 47 degrees "
                "Celsius."
            ),
            para(
                "The service will send messages in Urdu and Punjabi a day before temperatures "
                "are expected to rise above dangerous levels, officials said."
            ),
            para(
                "Hospitals in Lahore, Multan and Bahawalpur have been asked to set up separate "
                "wards for heatstroke patients, and schools have been told to end classes by "
                "noon."
            ),
            para(
                "Officials said more than two million people had signed up for the alerts in "
                "the first week of the trial, most of them in urban areas."
            ),
            para(
                "The provincial health department advised people to stay indoors in the "
                "afternoon, drink plenty of water and check on elderly neighbours."
            ),
            para(
                "The weather office has forecast that the hot spell will continue for at least "
                "another week."
            ),
        ],
        tail="PTI MZ NSA",
        agency="PTI",
        place="Lahore",
        points=[
            "Punjab begins sending heat warnings by SMS and app a day in advance",
            "Three big hospitals told to open heatstroke wards",
            "Two million sign-ups in the first week, mostly in cities",
        ],
    ),
    Story(
        "kkh-landslides-live",
        "Live updates: Karakoram Highway blocked by landslides in Kohistan",
        "Asma Qureshi",
        "2026-07-19T08:05:00+05:00",
        [
            para(
                "The Karakoram Highway, the only road link between Gilgit-Baltistan and the "
                "rest of the country, has been blocked at several points in Upper Kohistan "
                "after overnight rain set off landslides. Our updates are below, newest first."
            ),
            entry(
                "16:40",
                "Traffic is moving again in one lane at Shatial. Police say heavy vehicles will "
                "be let through after dark, once the lighter traffic has cleared.",
            ),
            entry(
                "14:15",
                "The highway authority says two excavators have reached the largest slide near "
                "Harban, where about eighty metres of road is buried.",
                "Officials expect the work to take at least six hours.",
            ),
            entry(
                "12:30",
                "Stranded travellers near Dasu have been given food and water by people from "
                "nearby villages. One passenger told our reporter by phone that a local mosque "
                "had opened its doors to families.",
            ),
            entry(
                "11:05",
                "A reader sent us photos of a line of trucks stretching for several kilometres "
                "near Komila. Please keep sending photos and updates through the comments form, "
                "but do not put yourself at risk to take them.",
            ),
            entry(
                "09:20",
                "The district administration has asked tourists heading north to stop in "
                "Besham or Chilas until the road is cleared.",
            ),
            entry(
                "08:05",
                "Good morning. We are following reports of landslides on the Karakoram Highway "
                "after a night of heavy rain in Kohistan.",
            ),
        ],
    ),
    Story(
        "skardu-hydrologist-qa",
        "'The glacier is our bank account': a Skardu hydrologist on a warming Karakoram",
        "Farah Naz Rizvi",
        "2026-06-12T10:00:00+05:00",
        [
            para(
                "Dr Nargis Abbas has spent fifteen years measuring snow and ice in the "
                "mountains around Skardu. Her team runs a network of weather stations on three "
                "glaciers, and its data is used by farmers and power planners downstream. We "
                "asked her what the numbers show."
            ),
            para("Q: What has changed since you started?"),
            para(
                "A: The snowline has moved up. In my first years we could reach snow on the "
                "Deosai road in late May; now it is often gone by early May. The glaciers are "
                "still there, but many are thinner, and the small ones are breaking into pieces."
            ),
            para("Q: People often say the Karakoram glaciers are stable. Is that still true?"),
            para(
                "A: It was true for a while, and it is still partly true at high altitude. But "
                "averages hide a lot. Below about four thousand metres we see clear losses, and "
                "that is where most of the meltwater that villages use comes from."
            ),
            para("Q: What does that mean for farmers?"),
            para(
                "A: More meltwater in some summers and sudden shortages in others. The bigger "
                "worry is timing. If water arrives early, before the crops need it, it simply "
                "flows away."
            ),
            para("Q: What should people downstream do?"),
            para(
                "A: Store water, share data, and stop treating the mountains as a place that "
                "only matters during floods. Our stations publish their readings openly, and "
                "anyone can subscribe to the daily bulletin."
            ),
        ],
    ),
    Story(
        "deosai-pictures",
        "In pictures: the Deosai plains come alive as the road reopens",
        "Amjad Raza",
        "2026-06-28T07:00:00+05:00",
        [
            para(
                "The road across the Deosai plains, one of the highest plateaus in the world, "
                "reopened this week after seven months under snow. Herders, anglers and the "
                "first tourists of the season have followed."
            ),
            caption(
                "Shepherds from the Astore valley drive their flocks up to the summer pastures "
                "at dawn, a journey that takes them three days on foot."
            ),
            caption(
                "Snow still lines the banks of Sheosar lake, where the ice broke up only last week."
            ),
            caption(
                "A wildlife ranger scans the slopes for brown bears. Rangers counted more cubs "
                "last year than at any time in the past decade."
            ),
            caption("Road workers clear the last drifts near the Bara Pani bridge."),
            caption(
                "The first tourist jeeps of the season wait at the Chillam checkpost, where "
                "visitors must register and pay an entry fee."
            ),
            caption(
                "Wildflowers cover the plateau by early July. The park is closed to vehicles at "
                "night to protect the animals."
            ),
        ],
    ),
    Story(
        "uae-remittances-eid",
        "Pakistani workers in UAE send more money home ahead of Eid",
        "Rizwan Siddiqui",
        "2026-05-24T21:10:00+04:00",
        [
            para(
                "DUBAI: Pakistani workers in the UAE have stepped up transfers to their "
                "families ahead of Eid, with exchange houses in Dubai and Sharjah reporting "
                "queues late into the night and record use of their apps."
            ),
            para(
                "Managers at three exchange houses in Al Karama and Rolla said transfers to "
                "Pakistan rose by about a fifth in the last ten days compared with the same "
                "period last year."
            ),
            sub("Where the money goes"),
            para(
                "Workers said most of the money would pay for sacrificial animals, school fees "
                "and repairs to family homes, especially in districts of Khyber Pakhtunkhwa and "
                "Punjab that were hit by floods."
            ),
            grid(
                ["Emirate", "Share of transfers", "Change on last year"],
                ["Dubai", "48%", "+17%"],
                ["Sharjah", "27%", "+22%"],
                ["Abu Dhabi", "19%", "+14%"],
                ["Other emirates", "6%", "+9%"],
            ),
            para(
                "The figures were supplied by a group of exchange houses and do not include "
                "transfers made through banks."
            ),
            para(
                "Jamshed Khattak, a driver from Swabi who has worked in Dubai for eleven years, "
                "said he now sends money through an app on his phone instead of queueing after "
                "his shift."
            ),
            quote(
                "The rate is better at the end of the month, so everybody waits. This year I "
                "sent early because the goat prices at home are already high."
            ),
            para(
                "Exchange houses said they would stay open until midnight for the rest of the week."
            ),
        ],
        place="Dubai",
    ),
    Story(
        "khunjerab-trade-qa",
        "Interview: Khunjerab traders expect their busiest season, says border trade official",
        "Zhou Lan",
        "2026-04-02T16:48:00+08:00",
        [
            para(
                "GILGIT, April 2 -- As the Khunjerab Pass prepares to reopen for the trading "
                "season, traders and officials at the border expect their busiest year since "
                "the road was upgraded. Asghar Karim, a director of the Gilgit-Baltistan trade "
                "directorate, spoke about the outlook."
            ),
            para("Q: When will the pass open this year?"),
            para(
                "A: It is scheduled to open on the first of April, weather permitting. Snow "
                "clearing on the last forty kilometres began in early March, and the customs "
                "station at Sost is ready."
            ),
            para("Q: Which goods are moving across the border?"),
            para(
                "A: Mostly fruit, gemstones and handicrafts going north, and electronics, "
                "textiles and farm machinery coming south. Cherries from Hunza and Nagar are the "
                "big hope for this summer."
            ),
            para("Q: What are the main problems for traders?"),
            para(
                "A: The season is short and the road is long. A truck can lose two days to a "
                "single landslide. We have asked for a cold store at Sost so that fruit does not "
                "spoil while papers are processed."
            ),
            para("Q: How is the directorate helping small traders?"),
            para(
                "A: We have opened a help desk for first-time exporters and published a simple "
                "guide to customs forms in Urdu and English."
            ),
        ],
        place="Gilgit",
    ),
    Story(
        "turbat-cold-store",
        "Turbat date growers get a solar-powered cold store",
        "Naseer Ahmed Gichki",
        "2026-08-15T12:30:00+05:00",
        [
            para(
                "TURBAT: Date growers in Kech district will be able to keep their fruit fresh "
                "for months after a solar-powered cold store opened on the outskirts of Turbat "
                "on Saturday, the first of its kind in the Makran region."
            ),
            para(
                "The store can hold about three hundred tonnes of fresh dates and runs almost "
                "entirely on panels over its car park, with a small diesel generator kept for "
                "cloudy days."
            ),
            para(
                "Growers have long been forced to sell most of their harvest within weeks, when "
                "prices are lowest, or to dry the fruit in the sun, which halves its value."
            ),
            sub("How growers will pay"),
            para(
                "A cooperative of about four hundred growers will run the store. Members pay a "
                "fixed fee for each crate, and non-members can rent space when it is free."
            ),
            numbered(
                "Growers book space at the cooperative's office or through a text message line.",
                "Fruit is graded and weighed at the gate.",
                "Each crate is tagged so that its owner can track it until it is sold.",
            ),
            para(
                "The cooperative's chairman, Wali Muhammad Baloch, said buyers from Karachi and "
                "the Gulf had already asked for samples."
            ),
            para("A second store is planned in Panjgur next year."),
        ],
        place="Turbat",
    ),
    Story(
        "panjgur-whatsapp-dates",
        "In Panjgur, date auctions move from the bazaar to WhatsApp",
        "Saba Rind",
        "2026-09-03T19:00:00+05:00",
        [
            para(
                "Every August the main bazaar in Panjgur used to fill with buyers from Karachi, "
                "Quetta and beyond, bidding for the first baskets of the season. This year much "
                "of that trade happened on phones."
            ),
            para(
                "Growers now post photos and short videos of their dates in WhatsApp groups, "
                "some with more than a thousand members, and buyers place bids in the comments. "
                "A sale can be agreed in minutes."
            ),
            sub("Why growers switched"),
            para(
                "The growers I spoke to gave three reasons: lower costs, more buyers and less "
                "time spent waiting in the heat."
            ),
            bullets(
                "Transport to the bazaar costs money, and unsold fruit often had to be carried "
                "home again.",
                "Buyers who never travelled to Panjgur can now take part.",
                "Growers can compare offers from several traders before they decide.",
            ),
            para(
                "Not everyone is happy. Commission agents, who used to take a share of every "
                "sale in the bazaar, say the groups are full of fake bids and that some growers "
                "are never paid."
            ),
            quote(
                "A phone cannot taste the fruit. People still want to see the dates before they "
                "pay a good price."
            ),
            para(
                "That is the view of one agent who has worked in the bazaar for thirty years "
                "and asked not to be named."
            ),
            para(
                "Some group administrators now charge a small monthly subscription and remove "
                "members who fail to pay on time. One group publishes a weekly price list that "
                "is shared far beyond Panjgur, and local radio advertisers have started to buy "
                "space in it."
            ),
            para("The trade is changing faster than anyone expected."),
        ],
    ),
    Story(
        "gilgit-community-library",
        "What two years of running a community library in Gilgit taught me",
        "Zainab Hunzai",
        "2026-02-21T20:15:00+05:00",
        [
            para(
                "Two years ago a few friends and I borrowed a spare room above a pharmacy in "
                "Gilgit, filled it with donated books and put up a sign saying the library was "
                "open to everyone. I did not expect many people to come."
            ),
            para(
                "I was wrong. On our busiest days there are more children than chairs, and the "
                "waiting list for some novels is longer than the list of books we own."
            ),
            sub("Reading is social"),
            para(
                "The biggest surprise was how much people wanted to read together. Our Saturday "
                "reading circle started with four teenagers and now fills the room. They argue "
                "about endings, swap recommendations and share their own stories."
            ),
            para(
                "We tried a members' card with a small yearly fee to pay the rent. It worked "
                "better than we hoped: most families paid, and nobody who could not pay was "
                "turned away. Two bookshops in the bazaar became sponsors and pay for new titles "
                "each month."
            ),
            sub("What we got wrong"),
            para(
                "We spent too long building a website and an app that almost nobody used. A "
                "printed newsletter pinned to the pharmacy door did more for us than either."
            ),
            para(
                "We also underestimated winter. When the power goes off at five o'clock, a "
                "library without lights is just a cold room. A solar lamp donated by a reader's "
                "family saved our evening sessions."
            ),
            para("The best advice I have had came from one of our volunteers, a retired teacher:"),
            quote(
                "Start small, keep a notebook of every book you lend, and ask the children what "
                "they want to read."
            ),
            para(
                "We are now looking for a second room in Danyore. If it works, the first shelf "
                "will be chosen by the children."
            ),
        ],
    ),
    Story(
        "lahore-smog-schools",
        "Smog season is back. Here is what the new school rules mean",
        "Hamza Saleem",
        "2026-11-05T06:30:00+05:00",
        [
            para(
                "Smog returned to Lahore this week, and with it the yearly argument over school "
                "hours, brick kilns and crop burning. Several readers of this newsletter asked "
                "what the new provincial rules actually say, so this issue is a plain guide."
            ),
            sub("What changes for schools"),
            para(
                "From the first of November, schools in Lahore, Gujranwala and Faisalabad must "
                "hold morning assembly indoors and stop outdoor sports whenever the city's air "
                "quality index rises above three hundred."
            ),
            numbered(
                "Schools must keep a daily log of the air quality reading at 8am.",
                "Children with asthma may attend classes online on high-smog days.",
                "Private schools that ignore the rules can be fined or lose their registration.",
            ),
            sub("What does not change"),
            para(
                "Kilns that have not switched to the cleaner zigzag technology are supposed to "
                "close for the season, but inspectors admit they cannot visit every site."
            ),
            para(
                "Traffic police will again stop smoky vehicles on the main roads, a campaign "
                "announced each year in newspaper adverts that usually fades within a month."
            ),
            para(
                "My own view is that the school rules are sensible but small. The main sources "
                "of smoke lie outside the city and outside any school's control."
            ),
            para(
                "If you have seen how these rules work at your child's school, reply to this "
                "email or leave a note in the comments. I will share the best replies in next "
                "week's issue."
            ),
            para("Stay safe, and keep the windows shut."),
            footnote(
                "The three-hundred threshold is measured on the provincial environment "
                "department's own scale, which differs slightly from the one used by most phone "
                "apps."
            ),
        ],
    ),
    Story(
        "quetta-pink-bus",
        "کوئٹہ میں خواتین کے لیے پہلی بس سروس کا آغاز",
        "شازیہ کاکڑ",
        "2026-02-09T13:00:00+05:00",
        [
            para(
                "کوئٹہ: صوبائی دارالحکومت میں خواتین کے لیے مخصوص پہلی بس سروس کا آغاز پیر سے ہو "
                "گیا ہے، جس کے تحت ابتدائی طور پر چھ بسیں شہر کے دو مصروف ترین راستوں پر چلائی "
                "جائیں گی۔"
            ),
            para(
                "محکمہ ٹرانسپورٹ کے حکام کے مطابق یہ بسیں صبح سات بجے سے شام سات بجے تک چلیں گی "
                "اور ان پر خواتین کنڈکٹرز تعینات کی گئی ہیں۔"
            ),
            sub("کرایہ اور راستے"),
            para(
                "پہلا راستہ سریاب روڈ سے جناح روڈ تک اور دوسرا ایئرپورٹ روڈ سے یونیورسٹی تک ہوگا۔ "
                "طالبات کے لیے کرایہ نصف رکھا گیا ہے۔"
            ),
            bullets(
                "بسوں میں کیمرے اور ہنگامی بٹن نصب کیے گئے ہیں۔",
                "مسافر موبائل ایپ کے ذریعے بس کا مقام دیکھ سکیں گی۔",
                "شکایات کے لیے ہیلپ لائن چوبیس گھنٹے کھلی رہے گی۔",
            ),
            para(
                "ایک نجی کالج کی طالبہ مہ جبین نے بتایا کہ اب انہیں رکشے کا مہنگا کرایہ نہیں دینا "
                "پڑے گا اور وقت پر کالج پہنچنا آسان ہو جائے گا۔"
            ),
            quote("یہ صرف سفر کی سہولت نہیں بلکہ خواتین کے لیے گھر سے باہر نکلنے کا اعتماد ہے۔"),
            para(
                "یہ الفاظ محکمہ ٹرانسپورٹ کی افسر نسرین مینگل کے تھے جو افتتاحی تقریب میں شریک "
                "تھیں۔"
            ),
            para("حکام کا کہنا ہے کہ منصوبہ کامیاب رہا تو اگلے سال بسوں کی تعداد بڑھا دی جائے گی۔"),
        ],
        place="کوئٹہ",
        lang="ur",
    ),
    Story(
        "gb-cherry-airfreight",
        "گلگت بلتستان کی چیری پہلی بار فضائی راستے سے بیرون ملک روانہ",
        "اکبر حسین",
        "2026-06-18T18:20:00+05:00",
        [
            para(
                "گلگت: گلگت بلتستان میں پیدا ہونے والی چیری کی پہلی کھیپ براہ راست فضائی راستے سے "
                "خلیجی ممالک بھیج دی گئی ہے، جس سے مقامی باغبانوں کو بہتر قیمت ملنے کی امید ہے۔"
            ),
            para(
                "محکمہ زراعت کے مطابق ہنزہ، نگر اور غذر سے جمع کی گئی تقریباً بارہ ٹن چیری کو "
                "اسلام آباد کے راستے دبئی اور دوحہ روانہ کیا گیا۔"
            ),
            sub("باغبانوں کو کیا ملے گا"),
            para(
                "ماضی میں زیادہ تر پھل سڑک کے راستے لاہور اور کراچی کی منڈیوں میں جاتا تھا اور "
                "طویل سفر کے باعث بڑی مقدار راستے میں خراب ہو جاتی تھی۔"
            ),
            grid(
                ["ضلع", "کھیپ (ٹن)", "فی کلو قیمت (روپے)"],
                ["ہنزہ", "5", "650"],
                ["نگر", "4", "600"],
                ["غذر", "3", "580"],
            ),
            para(
                "نگر کے ایک باغبان غلام عباس نے کہا کہ پہلی بار ان کا پھل پیکنگ کے بعد سیدھا جہاز "
                "تک پہنچا ہے اور انہیں امید ہے کہ اگلے سال زیادہ کسان اس منصوبے میں شامل ہوں گے۔"
            ),
            para(
                "حکام نے بتایا کہ پیکنگ کے لیے گلگت میں ایک عارضی مرکز قائم کیا گیا ہے جہاں خواتین "
                "کو بھی روزگار ملا ہے۔"
            ),
            para("اگلی کھیپ آئندہ ہفتے روانہ کی جائے گی۔"),
        ],
        place="گلگت",
        lang="ur",
    ),
    Story(
        "ziarat-juniper-volunteers",
        "زیارت کے صنوبر کے جنگل کو بچانے کے لیے مقامی نوجوان میدان میں",
        "فرید اچکزئی",
        "2026-10-11T09:30:00+05:00",
        [
            para(
                "زیارت: دنیا کے قدیم ترین صنوبر کے جنگلات میں شمار ہونے والے زیارت کے جنگل کو "
                "کٹائی اور بیماری سے بچانے کے لیے مقامی نوجوانوں نے ایک رضاکار گروپ قائم کیا ہے۔"
            ),
            para(
                "گروپ کے ارکان ہفتے میں دو دن جنگل کا گشت کرتے ہیں، غیر قانونی کٹائی کی اطلاع "
                "محکمہ جنگلات کو دیتے ہیں اور سیاحوں کو کوڑا نہ پھینکنے کی ترغیب دیتے ہیں۔"
            ),
            sub("ایندھن کا مسئلہ"),
            para(
                "مقامی لوگوں کا کہنا ہے کہ سردیوں میں گیس نہ ہونے کی وجہ سے بہت سے خاندان لکڑی "
                "جلانے پر مجبور ہیں، جو جنگل کے لیے سب سے بڑا خطرہ ہے۔"
            ),
            quote(
                "ہمارے دادا کہتے تھے کہ یہ درخت ہم سے پہلے بھی یہاں تھے اور ہمارے بعد بھی رہیں "
                "گے، بشرطیکہ ہم انہیں رہنے دیں۔"
            ),
            para(
                "گروپ کے بانی، بائیس سالہ طالب علم حیات اللہ ترین نے بتایا کہ انہوں نے سوشل میڈیا "
                "پر جنگل کی تصاویر شیئر کر کے نوجوانوں کو اکٹھا کیا۔"
            ),
            para(
                "محکمہ جنگلات نے رضاکاروں کو تربیت دینے اور بیمار درختوں کی نشاندہی کے لیے سروے "
                "شروع کرنے کا اعلان کیا ہے۔"
            ),
            para("حکام کے مطابق اس سال دو ہزار نئے پودے بھی لگائے جائیں گے۔"),
        ],
        place="زیارت",
        lang="ur",
        points=[
            "زیارت کے نوجوانوں نے جنگل کی نگرانی کے لیے رضاکار ٹیم بنا لی",
            "سردیوں میں لکڑی جلانا جنگل کے لیے بڑا خطرہ قرار",
            "محکمہ جنگلات کا بیمار درختوں کے سروے کا اعلان",
        ],
    ),
    Story(
        "balochistan-rain-live",
        "بلوچستان میں طوفانی بارشیں: لمحہ بہ لمحہ صورتحال",
        "ثنا بلوچ",
        "2026-08-04T09:00:00+05:00",
        [
            para(
                "بلوچستان کے کئی اضلاع میں گذشتہ رات سے جاری موسلادھار بارش کے بعد ندی نالوں میں "
                "طغیانی آ گئی ہے اور متعدد رابطہ سڑکیں بند ہو گئی ہیں۔ اس صفحے پر ہم آپ کو تازہ "
                "ترین صورتحال سے آگاہ رکھیں گے۔"
            ),
            entry(
                "18:10",
                "صوبائی ڈیزاسٹر مینجمنٹ اتھارٹی کے مطابق لسبیلہ اور خضدار میں امدادی ٹیمیں پہنچ "
                "گئی ہیں اور متاثرہ خاندانوں میں خیمے تقسیم کیے جا رہے ہیں۔",
            ),
            entry(
                "16:45",
                "کوئٹہ کراچی شاہراہ پر بیلہ کے قریب ایک پل کو جزوی نقصان پہنچا ہے جس کے بعد "
                "بھاری گاڑیوں کی آمدورفت روک دی گئی ہے۔",
                "ٹریفک پولیس نے مسافروں کو متبادل راستہ اختیار کرنے کا مشورہ دیا ہے۔",
            ),
            entry(
                "14:20",
                "ہمارے نامہ نگار کے مطابق حب کے نشیبی علاقوں میں پانی گھروں میں داخل ہو گیا ہے "
                "اور لوگ اپنی مدد آپ کے تحت سامان محفوظ مقامات پر منتقل کر رہے ہیں۔",
            ),
            entry("11:30", "محکمہ موسمیات نے آئندہ چوبیس گھنٹوں میں مزید بارش کی پیشگوئی کی ہے۔"),
            entry(
                "09:00", "صبح بخیر۔ بلوچستان میں بارشوں سے متعلق ہماری لائیو کوریج میں خوش آمدید۔"
            ),
        ],
        lang="ur",
    ),
    Story(
        "gwadar-fishing-pictures",
        "تصاویر: گوادر کے ساحل پر ماہی گیری کا نیا سیزن",
        "عارف بلوچ",
        "2026-09-09T08:00:00+05:00",
        [
            para(
                "مون سون کے بعد سمندر پرسکون ہوتے ہی گوادر اور پسنی کے ماہی گیر ایک بار پھر گہرے "
                "پانیوں کا رخ کر رہے ہیں۔ ہمارے فوٹوگرافر نے سیزن کے پہلے ہفتے کی جھلکیاں محفوظ "
                "کیں۔"
            ),
            caption("پسنی کی جیٹی پر صبح سویرے کشتیوں پر برف اور جال لادے جا رہے ہیں۔"),
            caption(
                "ماہی گیر خواتین ساحل پر جال کی مرمت کر رہی ہیں، یہ کام عموماً پورا خاندان مل کر "
                "کرتا ہے۔"
            ),
            caption(
                "گوادر کی مچھلی منڈی میں پہلی بولی لگنے سے پہلے خریدار جھینگوں کا "
                "معائنہ کر رہے ہیں۔"
            ),
            caption(
                "ایک بزرگ ناخدا اپنی کشتی کے انجن کی جانچ کر رہے ہیں، ان کے مطابق اس سال ایندھن کی "
                "قیمت سب سے بڑا مسئلہ ہے۔"
            ),
            caption("شام کو واپس آنے والی کشتیوں کا انتظار کرتے بچے۔"),
        ],
        lang="ur",
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}

# --- headline pools for noise -------------------------------------------------------------

EN_HEADLINES = [
    "Ferry service to Astola island planned for winter",
    "Quetta traders call off strike after power talks",
    "Chitral hospital gets its first MRI machine",
    "Skardu women's volleyball team wins national title",
    "Saffron trial shows promise in Pishin",
    "Mobile courts fine hoarders in Khuzdar",
    "Feasibility study approved for Gilgit cable car",
    "Desert locust alert issued for Kharan",
    "Bolan pass road to get two new tunnels",
    "Hingol park records rise in ibex numbers",
    "Flights to Gwadar resume after runway repairs",
    "Apricot drying units handed out in Nagar",
    "Schools in Zhob switch to solar power",
    "Hockey academy opens in Mastung",
]

UR_HEADLINES = [
    "خضدار میں نئے کالج کی عمارت کا افتتاح",
    "اسکردو ایئرپورٹ پر رات کی پروازوں کا آغاز",
    "پنجگور میں کھجور کی قیمتوں میں اضافہ",
    "چترال میں برفباری سے کئی راستے بند",
    "کوئٹہ کے لیے پانی کے نئے منصوبے کی منظوری",
    "لسبیلہ کے ساحل پر سبز کچھووں کی واپسی",
    "ہنزہ میں خواتین کا فٹبال ٹورنامنٹ شروع",
    "تربت یونیورسٹی میں داخلوں کی تاریخ میں توسیع",
    "نوشکی میں شمسی ٹیوب ویلوں کی تنصیب مکمل",
    "استور میں سیاحوں کے لیے نیا ریسٹ ہاؤس",
    "سبی میں گرمی کا پچاس سالہ ریکارڈ ٹوٹ گیا",
    "ژوب میں زیتون کی کاشت کا تجربہ کامیاب",
]

INDIA_HEADLINES = [
    "Metro extends late-night services for festival week in Delhi",
    "Kochi start-up wins award for low-cost water sensors",
    "Assam tea exports rise on strong overseas demand",
    "Pune university opens centre for Urdu studies",
    "Monsoon rains lift reservoir levels in Maharashtra",
]

GULF_HEADLINES = [
    "Dubai schools announce dates for winter break",
    "New bus route links Sharjah and Ajman industrial areas",
    "Fog alert issued for morning commuters across the UAE",
    "Abu Dhabi starts free first-aid courses for parents",
    "Ras Al Khaimah beach clean-up draws hundreds of volunteers",
]

BLOG_TITLES = [
    "How Kech's weavers found buyers without leaving home",
    "A week with the date packers of Tump",
    "The last bus drivers of the coastal highway",
    "Why Panjgur's schools close in August",
]

GALLERY_TITLES = [
    "In pictures: spring ploughing in the Skardu valley",
    "In pictures: Gwadar's boat builders at work",
    "In pictures: the apricot blossom of Hunza",
    "In pictures: winter market day in Chitral",
]

MAG_TITLES = [
    "The woman who maps Gilgit's forgotten springs",
    "A conversation with the last salt miner of Kalabagh",
    "Why a Quetta surgeon went back to school at sixty",
    "Talking rivers with a boatman on the Indus",
]

MEDIUM_OWN = [
    "Ten books that never stay on our shelves",
    "How we run a reading circle for thirty teenagers",
    "Winter evenings in a library without electricity",
]

MEDIUM_RECOMMENDED = [
    "I taught my village to code with one laptop",
    "The quiet economics of a roadside tea stall",
    "Letters from a hill station that nobody visits",
]

# --- small helpers --------------------------------------------------------------------------

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

SECTIONS = {
    "en": ["Home", "Pakistan", "Balochistan", "Gilgit-Baltistan", "World", "Business", "Sport"],
    "ur": ["صفحہ اول", "پاکستان", "بلوچستان", "گلگت بلتستان", "دنیا", "کاروبار", "کھیل"],
}
FOOTER = {
    "en": ["About us", "Contact", "Privacy policy", "Terms of use", "Careers"],
    "ur": ["ہمارے بارے میں", "رابطہ", "پرائیویسی پالیسی", "شرائط و ضوابط", "ملازمتیں"],
}


def crc(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def ident(s: Story) -> int:
    return crc(s.slug) % 900000 + 100000


def href(text: str, base: str = "/story") -> str:
    return f"{base}/{crc(text) % 900000 + 100000}"


def links(items: list[str], wrap: str = "li", base: str = "/story", attr: str = "") -> str:
    return "".join(
        f'<{wrap}{attr}><a{attr} href="{href(h, base)}">{esc(h)}</a></{wrap}>' for h in items
    )


def img(key: str, attr: str = "") -> str:
    return f'<img{attr} src="/media/{crc(key) % 10**8}.jpg" alt="" loading="lazy">'


def when(s: Story) -> str:
    d = datetime.fromisoformat(s.date)
    months = UR_MONTHS if s.lang == "ur" else EN_MONTHS
    return f"{d.day} {months[d.month - 1]} {d.year}"


def script_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def html_open(s: Story, extra: str = "") -> str:
    rtl = ' dir="rtl"' if s.lang == "ur" else ""
    return f'<!DOCTYPE html><html lang="{s.lang}"{rtl}{extra}>'


def head(s: Story, url: str, site: str, extra: str = "") -> str:
    return (
        '<head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(s.title)} | {esc(site)}</title>"
        f'<link rel="canonical" href="{url}">'
        f'<meta property="og:title" content="{esc(s.title)}">'
        f'<meta property="og:site_name" content="{esc(site)}">'
        '<meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{s.date}">'
        f'<meta name="author" content="{esc(s.author)}">'
        f"{extra}</head>"
    )


def ld_json(s: Story, site: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": s.date,
        "inLanguage": s.lang,
        "author": {"@type": "Person", "name": s.author},
        "publisher": {"@type": "Organization", "name": site},
    }
    return f'<script type="application/ld+json">{script_json(data)}</script>'


def nav(lang: str, wrap: str = "li", attr: str = "") -> str:
    return "".join(
        f'<{wrap}{attr}><a{attr} href="/{i}">{esc(x)}</a></{wrap}>'
        for i, x in enumerate(SECTIONS[lang])
    )


def foot_links(lang: str, attr: str = "") -> str:
    return " ".join(f'<a{attr} href="/page/{i}">{esc(x)}</a>' for i, x in enumerate(FOOTER[lang]))


class Bag:
    """Collects the noise a layout puts on a noisy page; hands back nothing on a clean one."""

    def __init__(self, on: bool) -> None:
        self.on = on
        self.items: list[Noise] = []

    def __call__(self, *noise: Noise) -> str:
        if not self.on:
            return ""
        self.items.extend(noise)
        return "".join(n.html for n in noise)

    def inside(self, spec: dict[int | str, list[Noise]]) -> dict[int | str, list[Noise]]:
        if not self.on:
            return {}
        for ns in spec.values():
            self.items.extend(ns)
        return spec


# --- body rendering --------------------------------------------------------------------------

LEADS = ("Q:", "A:", "سوال:", "جواب:")


def rich(text: str) -> str:
    for lead in LEADS:
        if text.startswith(lead + " "):
            return f"<strong>{esc(lead)}</strong> {esc(text[len(lead) + 1 :])}"
    return esc(text)


def table_html(rows: list[list[str]], attr: str = "") -> str:
    first, *rest = rows
    ths = "".join(f"<th{attr}>{esc(c)}</th>" for c in first)
    trs = "".join(
        f"<tr{attr}>" + "".join(f"<td{attr}>{esc(c)}</td>" for c in r) + "</tr>" for r in rest
    )
    return (
        f"<table{attr}><thead{attr}><tr{attr}>{ths}</tr></thead><tbody{attr}>{trs}</tbody></table>"
    )


def items_html(tag: str, items: list[str], attr: str = "") -> str:
    return f"<{tag}{attr}>" + "".join(f"<li{attr}>{esc(i)}</li>" for i in items) + f"</{tag}>"


def entry_html(time: str, paras: list[str], attr: str = "") -> str:
    rest = "".join(f"<p{attr}>{esc(x)}</p>" for x in paras[1:])
    return f"<p{attr}><strong{attr}>{time}</strong> {esc(paras[0])}</p>{rest}"


def tail_html(tail: str, attr: str = "") -> str:
    return f"<p{attr}>" + "<br>".join(esc(x) for x in tail.split("\n")) + "</p>"


def renderers(attr: str = "") -> dict[str, Callable[..., str]]:
    """Plain renderers; ``attr`` is put on every element (e.g. a Vue data-v- attribute)."""
    return {
        "p": lambda t: f"<p{attr}>{rich(t)}</p>",
        "h": lambda t: f"<h2{attr}>{esc(t)}</h2>",
        "q": lambda t: f"<blockquote{attr}><p{attr}>{esc(t)}</p></blockquote>",
        "ul": lambda items: items_html("ul", items, attr),
        "ol": lambda items: items_html("ol", items, attr),
        "table": lambda rows: table_html(rows, attr),
        "entry": lambda time, paras: entry_html(time, paras, attr),
        "cap": lambda t: (
            f"<figure{attr}>{img(t, attr)}<figcaption{attr}>{esc(t)}</figcaption></figure>"
        ),
        "note": lambda t: f"<p{attr}><small{attr}>{esc(t)}</small></p>",
        "tail": lambda t: tail_html(t, attr),
    }


def render(
    s: Story, over: dict[str, Callable[..., str]], inside: dict[int | str, list[Noise]]
) -> str:
    """Story blocks with noise after block i (-1: before the first; "tail": after the credit)."""
    r = {**renderers(), **over}
    out = [n.html for n in inside.get(-1, [])]
    for i, b in enumerate(s.blocks):
        out.append(r[b[0]](*b[1:]))
        out.extend(n.html for n in inside.get(i, []))
    if s.tail:
        out.append(r["tail"](s.tail))
    out.extend(n.html for n in inside.get("tail", []))
    return "\n".join(out)


def last(s: Story) -> int:
    return len(s.blocks) - 1


# --- noise shared by several layouts -----------------------------------------------------------


def listing(
    rng: random.Random,
    pool: list[str],
    heading: str,
    k: int = 4,
    htag: str = "h3",
    lt: str = "ul",
    wrapper: str = "div",
    attr: str = "",
) -> Noise:
    items = rng.sample(pool, k)
    return Noise(
        f"<{wrapper}{attr}><{htag}{attr}>{esc(heading)}</{htag}{attr}>"
        f"<{lt}{attr}>{links(items, attr=attr)}</{lt}></{wrapper}>",
        [heading, *items],
    )


def teaser(rng: random.Random, pool: list[str], label: str, markup: str) -> Noise:
    """A one-headline teaser; markup has {label}, {href} and {h} slots."""
    h = rng.choice(pool)
    return Noise(markup.format(label=esc(label), href=href(h), h=esc(h)), [label, h])


def key_points(s: Story, heading: str, note: str, attr: str = "") -> Noise:
    lis = "".join(f"<li{attr}>{esc(x)}</li>" for x in s.points)
    return Noise(
        f"<div{attr}><div{attr}><b{attr}>{esc(heading)}</b></div><ul{attr}>{lis}</ul>"
        f"<p{attr}>{esc(note)}</p></div>",
        [heading, *s.points, note],
    )


# --- layouts: each returns (url, page html, noise) ---------------------------------------------


def nextjs(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    ur = s.lang == "ur"
    site = "ڈے بریک اردو" if ur else "Daybreak Digital"
    url = f"https://daybreakdigital.example/{'urdu/' if ur else ''}news/{s.slug}-{ident(s)}"
    bag = Bag(noisy)
    blk = '<div class="ArticleBody_block__Xr3q1">{}</div>'
    over = {
        "p": lambda t: blk.format(f'<div class="css-1m8h2kd">{rich(t)}</div>'),
        "h": lambda t: blk.format(f'<h2 class="css-zl0v1q">{esc(t)}</h2>'),
        "q": lambda t: blk.format(
            f'<blockquote class="css-7b2rqp"><div class="css-0">{esc(t)}</div></blockquote>'
        ),
        "ul": lambda items: blk.format(items_html("ul", items, ' class="css-u81jd0"')),
        "tail": lambda t: f'<div class="ArticleBody_credit__b7Ys0">{esc(t)}</div>',
    }
    inside = bag.inside(
        {
            0: [
                teaser(
                    rng,
                    EN_HEADLINES,
                    "Read more:",
                    '<div class="css-4mdk1u"><span class="css-ct2s1x">{label}</span> '
                    '<a class="css-1t2k9x" href="{href}">{h}</a></div>',
                )
            ],
            2: [
                Noise(
                    '<div class="AdSlot_slot__Qw7uT"><div class="css-kx1z0l">Advertisement</div>'
                    '<div id="div-gpt-ad-1718-2" class="css-0"></div></div>',
                    ["Advertisement"],
                )
            ],
            "tail": [
                Noise(
                    '<div class="css-1dq2s8u"><button class="css-9x1">Gift this article</button>'
                    '<button class="css-9x1">Share</button><button class="css-9x1">Copy link'
                    '</button><div role="status" class="css-t0a5t">Link copied</div></div>',
                    ["Gift this article", "Link copied"],
                ),
                Noise(
                    '<div class="css-0"><a href="https://wa.example/daybreak">Follow Daybreak '
                    "Digital on WhatsApp for breaking news alerts</a></div>",
                    ["Follow Daybreak Digital on WhatsApp"],
                ),
            ],
        }
    )
    consent = bag(
        Noise(
            '<div class="sc-fzXfMv hYtTqs" role="dialog" aria-modal="true"><div class="sc-fzX">'
            "<h2>We value your privacy</h2><div>Daybreak Digital and our 212 partners store and "
            "access cookies on your device to personalise content and ads and to measure "
            "audiences.</div><div><button>Accept all</button><button>Reject all</button>"
            "<button>Show purposes</button></div></div></div>",
            ["We value your privacy", "our 212 partners store and access cookies"],
        )
    )
    player = bag(
        Noise(
            '<div class="AudioPlayer_root__k1Lm2"><button class="css-1ta9b7o" aria-label="Play">'
            '</button><div class="css-0"><span>Listen to this article</span> '
            '<span class="css-q1y8qt">04:51</span></div></div>',
            ["Listen to this article", "04:51"],
        )
    )
    summary = ""
    if noisy:
        summary = bag(
            key_points(
                s,
                "Key points",
                "These points were drafted by an AI tool and checked by an editor.",
                ' class="css-1rk6f2p"',
            )
        )
    trending = bag(
        listing(rng, EN_HEADLINES, "Trending now", 5, "h2", "ol", "section", ' class="css-9r1t"')
    )
    letter = bag(
        Noise(
            '<div class="css-1b3k5m"><p class="css-0">The Daybreak Brief</p><p>Five stories worth '
            'your time, every weekday at 7am.</p><form><input type="email" '
            'placeholder="you@example.com"><button>Sign me up</button></form>'
            "<p>By signing up you agree to our privacy notice.</p></div>",
            ["Five stories worth your time, every weekday at 7am", "Sign me up"],
        )
    )
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": ident(s),
                    "headline": s.title,
                    "byline": s.author,
                    "published": s.date,
                    "body": [
                        {"type": b[0], "text": line} for b in s.blocks for line in block_lines(b)
                    ],
                },
                "__N_SSG": True,
            }
        },
        "page": "/[section]/[slug]",
        "query": {"section": "pakistan", "slug": s.slug},
        "buildId": "Xq81bT0vPz9LmA2c",
        "isFallback": False,
        "gsp": True,
        "scriptLoader": [],
    }
    by = esc(s.author) if ur else f"By {esc(s.author)}"
    page = (
        f"{html_open(s)}"
        + head(s, url, site, '<link rel="preload" as="script" href="/_next/static/chunks/main.js">')
        + '<body><div id="__next">'
        f'<header class="Header_root__cU7f2"><a class="Header_logo__9Kd1s" href="/">{esc(site)}'
        f'</a><nav class="Header_nav__e2Lq8"><ul class="css-0">{nav(s.lang)}</ul></nav></header>'
        f"{consent}"
        '<main class="Layout_main__9Hc1x"><div class="ArticlePage_wrap__QmT3e">'
        '<div class="ArticleHeader_head__7vWbn">'
        f'<h1 class="ArticleHeader_title__Lq2sP">{esc(s.title)}</h1>'
        f'<div class="Byline_row__1eR0c"><span class="css-0">{by}</span> '
        f'<time datetime="{s.date}">{when(s)}</time></div></div>'
        f"{player}{summary}"
        f'<div class="ArticleBody_body__3kP0d">{render(s, over, inside)}</div>'
        f"{trending}{letter}</div></main>"
        f'<footer class="Footer_root__r8Hx1"><div class="Footer_links__0pTq3">'
        f"{foot_links(s.lang)}</div><p>© 2026 {esc(site)}</p></footer></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{script_json(data)}</script>'
        '<script src="/_next/static/chunks/main.js" defer></script></body></html>'
    )
    return url, page, bag.items


def nuxt(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    site = "Karakoram Today"
    url = f"https://karakoramtoday.example/story/{ident(s)}/{s.slug}"
    bag = Bag(noisy)
    a, hd, ft, rl = (" data-v-7a9f3c21", " data-v-4d2e0a11", " data-v-1c6b5e90", " data-v-33e8d7a2")
    over = {
        "p": lambda t: f'<p{a} class="story__p">{rich(t)}</p>',
        "h": lambda t: f'<h2{a} class="story__h">{esc(t)}</h2>',
        "q": lambda t: f'<blockquote{a} class="story__quote"><p{a}>{esc(t)}</p></blockquote>',
        "table": lambda rows: f'<div{a} class="story__table">{table_html(rows, a)}</div>',
    }
    inside = bag.inside(
        {
            -1: [
                Noise(
                    f"<figure{a}>{img(s.slug + 'lead', a)}<figcaption{a}><span{a}>Photo: Ghulam "
                    "Rasool Shakir / Karakoram Today</span></figcaption></figure>",
                    ["Ghulam Rasool Shakir / Karakoram Today"],
                )
            ],
            1: [
                teaser(
                    rng,
                    EN_HEADLINES,
                    "Also read:",
                    f'<p{a}><strong{a}>{{label}}</strong> <a{a} href="{{href}}">{{h}}</a></p>',
                )
            ],
            6: [listing(rng, EN_HEADLINES, "Hot this week", 4, "b", "ol", "div", a)],
            last(s): [
                Noise(
                    f"<div{a}><p{a}>Comments are reviewed before they appear. Posts that attack "
                    f"other readers or reveal personal details will be deleted.</p>"
                    f"<div{a}>Loading comments…</div></div>",
                    ["Comments are reviewed before they appear", "Loading comments…"],
                )
            ],
        }
    )
    mins = bag(Noise(f"<span{a}> · 4 min read</span>", ["4 min read"]))
    cards = ""
    rec: list[str] = []
    if noisy:
        rec = rng.sample(EN_HEADLINES, 3)
        cards = "".join(
            f'<a{rl} class="card" href="{href(h)}"><div{rl}>{esc(h)}</div>'
            f"<small{rl}>{i + 2} hours ago</small></a>"
            for i, h in enumerate(rec)
        )
    aside = bag(
        Noise(
            f'<aside{rl} class="rail"><h3{rl}>Recommended Stories</h3>{cards}</aside>',
            ["Recommended Stories", *rec],
        )
    )
    cookie = bag(
        Noise(
            f'<div{ft} class="bar"><p{ft}>This site uses cookies so that we can remember your '
            f"settings and count visits.</p><button{ft}>Got it</button></div>",
            ["This site uses cookies so that we can remember your settings"],
        ),
        Noise(
            f"<div{ft}><p{ft}>Karakoram Today on your phone: get alerts for road closures and "
            f'weather in our new app.</p><a{ft} href="/app">Download the app</a></div>',
            ["get alerts for road closures and weather in our new app", "Download the app"],
        ),
    )
    nuxt_state = script_json({"layout": "default", "data": [{"id": ident(s), "title": s.title}]})
    page = (
        f"{html_open(s)}{head(s, url, site)}<body>"
        f'<div id="__nuxt"><div id="__layout"><div data-v-2b1c8e44 class="page">'
        f'<header{hd} class="site-header"><a{hd} href="/" class="logo">{esc(site)}</a>'
        f"<nav{hd}><ul{hd}>{nav('en', attr=hd)}</ul></nav></header>"
        f'<main data-v-2b1c8e44><article{a} class="story">'
        f'<h1{a} class="story__title">{esc(s.title)}</h1>'
        f'<div{a} class="story__meta"><span{a}>By {esc(s.author)}</span> '
        f'<time{a} datetime="{s.date}">{when(s)}</time>{mins}</div>'
        f'<div{a} class="story__content">{render(s, over, inside)}</div></article>'
        f"{aside}</main>"
        f'<footer{ft} class="site-footer"><p{ft}>{foot_links("en", ft)}</p>'
        f"<p{ft}>© 2026 {esc(site)}</p></footer>{cookie}</div></div></div>"
        f"<script>window.__NUXT__={nuxt_state};</script>"
        '<script src="/_nuxt/app.4f1c2b.js" defer></script></body></html>'
    )
    return url, page, bag.items


def arc(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    site = "The Makran Post"
    d = datetime.fromisoformat(s.date)
    url = f"https://makranpost.example/pakistan/{d:%Y/%m/%d}/{s.slug}/"
    bag = Bag(noisy)
    st = "default__StyledText-sc-10mj2vp-0"
    pcls = f"c-paragraph {st} fSNMdQ body-paragraph"
    over = {
        "p": lambda t: f'<p class="{pcls}">{rich(t)}</p>',
        "h": lambda t: f'<h2 class="c-heading {st} gkBqXH body-h2">{esc(t)}</h2>',
        "q": lambda t: (
            f'<blockquote class="{st} kLqPmZ body-blockquote"><p>{esc(t)}</p></blockquote>'
        ),
        "ul": lambda items: items_html("ul", items, f' class="{st} qTrEw body-list"'),
        "table": lambda rows: f'<div class="body-table">{table_html(rows)}</div>',
    }
    spec: dict[int | str, list[Noise]] = {
        1: [
            Noise(
                '<div class="arcad_feature"><div class="arcad_container"><div>ADVERTISEMENT</div>'
                '<div id="arcad-feature-f0fY2TK8"></div></div></div>',
                ["ADVERTISEMENT"],
            )
        ],
        4: [
            teaser(
                rng,
                EN_HEADLINES,
                "Read more:",
                f'<p class="{pcls}"><i>{{label}} <a href="{{href}}">{{h}}</a></i></p>',
            )
        ],
        5: [
            Noise(
                '<div><p>You have 1 free story left this month.</p><p><a href="/subscribe">'
                'Subscribe from Rs 199 a month</a> · <a href="/login">Log in</a></p></div>',
                ["You have 1 free story left this month", "Subscribe from Rs 199 a month"],
            )
        ],
        last(s): [
            Noise(
                f"<div><p><b>{esc(s.author)}</b> covers water, fisheries and local government on "
                "the Makran coast. She has reported from Gwadar since 2018.</p></div>",
                ["covers water, fisheries and local government on the Makran coast"],
            ),
            Noise(
                "<div><button>Gift this story</button> <button>Save</button> "
                "<button>Copy link</button></div>",
                ["Gift this story"],
            ),
        ],
    }
    if noisy:
        spec[-1] = [
            key_points(
                s,
                "At a glance",
                "Summary produced with the help of AI; our editors checked it against the story.",
            )
        ]
    inside = bag.inside(spec)
    player = bag(
        Noise(
            '<div class="c-audio"><button aria-label="Play"></button><span>Listen to this story'
            "</span> <span>6:18</span></div>",
            ["Listen to this story", "6:18"],
        )
    )
    outside = bag(
        listing(rng, EN_HEADLINES, "Popular on The Makran Post", 5, "h2", "ol"),
        listing(rng, EN_HEADLINES, "More in Balochistan", 3, "h2", "ul", "section"),
    )
    page = (
        f"{html_open(s)}{head(s, url, site, ld_json(s, site))}<body>"
        '<div id="fusion-app" class="fusion-app">'
        f'<header class="b-header-nav"><a class="b-logo" href="/">{esc(site)}</a>'
        f'<nav class="nav-sections"><ul>{nav("en")}</ul></nav></header>'
        '<main class="b-article-body-layout"><div class="b-article-body-layout__top">'
        f'<h1 class="b-headline">{esc(s.title)}</h1>'
        f'<div class="b-byline">By <a href="/people/x">{esc(s.author)}</a></div>'
        f'<time class="c-date" datetime="{s.date}">{when(s)}</time></div>{player}'
        f'<article class="article-body default__ArticleBody-sc-1mncpzl-2 kBhSfu">'
        f"{render(s, over, inside)}</article>{outside}</main>"
        f'<footer class="b-footer"><p>{foot_links("en")}</p><p>© 2026 {esc(site)}</p></footer>'
        "</div>"
        f'<script id="fusion-metadata">Fusion.globalContent={script_json({"_id": ident(s)})};'
        "</script></body></html>"
    )
    return url, page, bag.items


def ghost(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    site = "Field Notes from Balochistan"
    url = f"https://fieldnotes-bln.example/{s.slug}/"
    bag = Bag(noisy)
    over = {"h": lambda t: f'<h2 id="h-{crc(t) % 9999}">{esc(t)}</h2>'}
    mark = rng.choice(BLOG_TITLES)
    desc = "A cooperative of forty weavers now sells shawls through one shared online page."
    inside = bag.inside(
        {
            1: [
                Noise(
                    '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" '
                    f'href="{href(mark, "")}"><div class="kg-bookmark-content">'
                    f'<div class="kg-bookmark-title">{esc(mark)}</div>'
                    f'<div class="kg-bookmark-description">{esc(desc)}</div>'
                    '<div class="kg-bookmark-metadata"><span class="kg-bookmark-author">'
                    f'{esc(site)}</span><span class="kg-bookmark-publisher">{esc(s.author)}'
                    '</span></div></div><div class="kg-bookmark-thumbnail">'
                    f"{img(mark)}</div></a></figure>",
                    [mark, desc],
                )
            ],
            4: [
                Noise(
                    '<div class="kg-card kg-callout-card kg-callout-card-accent">'
                    '<div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Field Notes '
                    "is funded by its readers. Become a paying member to unlock the full archive "
                    "and the monthly audio briefing.</div></div>",
                    ["Field Notes is funded by its readers", "Become a paying member"],
                )
            ],
            last(s): [
                Noise(
                    '<div class="kg-card kg-signup-card"><div class="kg-signup-card-content">'
                    '<h2 class="kg-signup-card-heading">Get the next dispatch</h2>'
                    '<p class="kg-signup-card-subheading">New reporting from Balochistan, sent '
                    'to your inbox twice a month. No spam.</p><form><input type="email" '
                    'placeholder="Your email"><button class="kg-signup-card-button"><span>'
                    "Subscribe</span></button></form></div></div>",
                    ["Get the next dispatch", "sent to your inbox twice a month"],
                )
            ],
        }
    )
    reading = bag(
        Noise(
            '<span class="byline-reading-time"><span class="bull">•</span> 5 min read</span>',
            ["5 min read"],
        )
    )
    comments = bag(
        Noise(
            '<section class="article-comments gh-canvas"><div id="ghost-comments-root">'
            "<h3>Member discussion</h3><p>Loading comments…</p><p>Become a member of Field Notes "
            "to join the discussion.</p></div></section>",
            ["Member discussion", "Loading comments…", "to join the discussion"],
        )
    )
    more: list[str] = rng.sample([t for t in BLOG_TITLES if t != mark], 3)
    cards = "".join(
        f'<article class="post-card"><a class="post-card-content-link" href="{href(t, "")}">'
        f'<h3 class="post-card-title">{esc(t)}</h3></a><div class="post-card-meta">'
        f"{esc(s.author)}</div></article>"
        for t in more
    )
    read_more = bag(
        Noise(
            '<aside class="read-more-wrap outer"><div class="read-more inner"><h2>Read more</h2>'
            f"{cards}</div></aside>",
            ["Read more", *more],
        )
    )
    page = (
        f"{html_open(s)}{head(s, url, site, ld_json(s, site))}"
        '<body class="post-template"><div class="viewport">'
        f'<header id="gh-head" class="gh-head outer"><a class="gh-head-logo" href="/">{esc(site)}'
        f'</a><nav class="gh-head-menu"><ul class="nav">{nav("en")}</ul></nav>'
        '<div class="gh-head-actions"><a href="#/portal/signin">Sign in</a></div></header>'
        '<main id="site-main" class="site-main"><article class="article post">'
        '<header class="article-header gh-canvas">'
        f'<h1 class="article-title">{esc(s.title)}</h1>'
        f'<div class="article-byline"><a href="/author/x/">{esc(s.author)}</a> '
        f'<time class="byline-meta-date" datetime="{s.date}">{when(s)}</time>{reading}</div>'
        "</header>"
        f'<section class="gh-content gh-canvas">{render(s, over, inside)}</section>'
        f"</article>{comments}{read_more}</main>"
        f'<footer class="site-footer outer"><div class="inner">{foot_links("en")}'
        f"<p>{esc(site)} © 2026</p></div></footer></div></body></html>"
    )
    return url, page, bag.items


def substack(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    site = "The Air & Water Letter"
    url = f"https://airwater.substack.example/p/{s.slug}"
    bag = Bag(noisy)
    over = {
        "h": lambda t: f'<h2 class="header-anchor-post">{esc(t)}</h2>',
        "note": lambda t: (
            '<div class="footnote" data-component-name="FootnoteToDOM">'
            '<a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" '
            'contenteditable="false" target="_self">1</a><div class="footnote-content">'
            f"<p>{esc(t)}</p></div></div>"
        ),
    }
    inside = bag.inside(
        {
            0: [
                Noise(
                    '<div class="subscription-widget-wrap-editor" '
                    'data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget">'
                    '<div class="preamble"><p class="cta-caption">The Air &amp; Water Letter runs '
                    "on reader support. Join free to get every new issue, or upgrade to help pay "
                    'for the reporting.</p></div><form class="subscription-widget-subscribe">'
                    '<input type="email" placeholder="Type your email…"><button>Subscribe</button>'
                    "</form></div></div>",
                    ["runs on reader support", "or upgrade to help pay for the reporting"],
                )
            ],
            3: [
                Noise(
                    '<p class="button-wrapper" data-attrs="{}"><a class="button primary" '
                    f'href="{url}?utm_medium=web&amp;action=share"><span>Share The Air &amp; '
                    "Water Letter</span></a></p>",
                    ["Share The Air & Water Letter"],
                )
            ],
            7: [
                Noise(
                    '<p class="button-wrapper"><a class="button primary" '
                    f'href="{url}/comments"><span>Leave a comment</span></a></p>',
                    ["Leave a comment"],
                )
            ],
            last(s): [
                Noise(
                    "<p>Thanks for reading. This issue is free, so forward it to someone who "
                    "breathes Lahore air.</p>",
                    ["forward it to someone who breathes Lahore air"],
                )
            ],
        }
    )
    ufi = bag(
        Noise(
            '<div class="post-ufi"><a class="like-button"><span class="label">412 likes</span></a> '
            '<a class="post-ufi-comment-button"><span class="label">37 comments</span></a> '
            '<a class="post-ufi-button"><span>Share</span></a></div>',
            ["412 likes", "37 comments"],
        )
    )
    topbar = bag(
        Noise(
            '<div class="navbar-buttons"><button class="button primary">Subscribe</button> '
            '<button class="button">Sign in</button></div>',
            [],
        )
    )
    tail_bits = bag(
        Noise(
            '<div class="comments-section"><h3>Reader discussion</h3><div class="comment">'
            "<b>Nadia K.</b><p>Our school moved assembly indoors last year already. The hard part "
            "is the afternoon pick-up.</p></div><div>Loading…</div></div>",
            ["Reader discussion", "The hard part is the afternoon pick-up"],
        ),
        Noise(
            '<div class="subscribe-footer"><h2>Want the next issue?</h2><p>Join 8,900 readers who '
            'get the letter every Thursday.</p><form><input type="email"><button>Subscribe'
            "</button></form></div>",
            ["Want the next issue?", "Join 8,900 readers"],
        ),
    )
    links_html = " ".join(f'<a href="/{x.lower()}">{x}</a>' for x in ("Home", "Archive", "About"))
    page = (
        f'{html_open(s)}{head(s, url, site)}<body><div id="entry"><div class="main-menu">'
        f'<div class="topbar-content"><a class="navbar-title-link" href="/">{esc(site)}</a> '
        f'<nav class="navbar-links">{links_html}</nav>{topbar}</div></div>'
        '<div class="single-post-container"><div class="container"><div class="single-post">'
        '<article class="typography newsletter-post post"><div class="post-header">'
        f'<h1 class="post-title published">{esc(s.title)}</h1>'
        f'<div class="post-meta"><a class="profile-hover-card-target">{esc(s.author)}</a> '
        f'<div class="pencraft">{when(s)}</div></div>{ufi}</div>'
        '<div class="available-content"><div dir="auto" class="body markup">'
        f"{render(s, over, inside)}</div></div></article>{tail_bits}</div></div></div>"
        f'<div class="footer-wrap"><p>© 2026 {esc(s.author)} · Privacy · Terms</p></div>'
        "</div></body></html>"
    )
    return url, page, bag.items


def medium(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    site = "Quillhouse"
    url = f"https://quillhouse.example/@{s.slug.split('-')[0]}/{s.slug}-{crc(s.slug):08x}"
    bag = Bag(noisy)
    pc = ' class="pw-post-body-paragraph ml mm gt mn b mo mp mq mr ms"'
    over = {
        "p": lambda t: f'<p id="{crc(t) % 9999:04x}"{pc}>{rich(t)}</p>',
        "h": lambda t: f'<h2 class="nf ng gt be nh ni nj nk nl">{esc(t)}</h2>',
        "q": lambda t: f'<blockquote class="oq or os"><p{pc}>{esc(t)}</p></blockquote>',
        "ul": lambda items: (
            '<ul class="">' + "".join(f"<li{pc}>{esc(i)}</li>" for i in items) + "</ul>"
        ),
    }
    inside = bag.inside(
        {
            1: [
                Noise(
                    f'<figure class="pa pb"><div class="pc">{img(s.slug + "fig")}</div>'
                    '<figcaption class="pd">Photo by Sher Afzal on Quillhouse Images</figcaption>'
                    "</figure>",
                    ["Photo by Sher Afzal"],
                )
            ],
        }
    )
    banner = bag(
        Noise(
            '<div class="ab ca"><div class="bm"><span class="bn">★</span>'
            '<p class="be b bf">Member-only story</p></div></div>',
            ["Member-only story"],
        )
    )
    follow = bag(Noise('<button class="bh bi">Follow</button>', []))
    read = bag(Noise('<span data-testid="storyReadTime">7 min read</span> · ', ["7 min read"]))
    actions = bag(
        Noise(
            '<div class="pw-multi-vote-count"><button><p>1.2K</p></button></div><div><button '
            'aria-label="responses"><p>18</p></button></div><button aria-label="Listen"><p>Listen'
            '</p></button><button aria-label="Share"><p>Share</p></button>',
            ["1.2K"],
        )
    )
    after = bag(
        Noise(
            f"<div><h2>Written by {esc(s.author)}</h2><p>1.1K followers · 96 following</p>"
            "<p>Teacher and volunteer librarian in Gilgit. Writes about books, children and long "
            "mountain winters.</p><button>Follow</button></div>",
            [
                f"Written by {s.author}",
                "1.1K followers",
                "Writes about books, children and long mountain winters",
            ],
        ),
        Noise(
            f"<div><h2>More from {esc(s.author)}</h2><ul>{links(MEDIUM_OWN)}</ul></div>",
            [f"More from {s.author}", *MEDIUM_OWN],
        ),
        Noise(
            f"<div><h2>Recommended from Quillhouse</h2><ul>{links(MEDIUM_RECOMMENDED)}</ul></div>",
            ["Recommended from Quillhouse", *MEDIUM_RECOMMENDED],
        ),
        Noise(
            "<div><h2>Responses (18)</h2><p>What are your thoughts?</p></div>",
            ["Responses (18)", "What are your thoughts?"],
        ),
    )
    page = (
        f'{html_open(s)}{head(s, url, site)}<body><div id="root"><div class="a b c">'
        f'<nav class="l ae"><a href="/">{site}</a> <a href="/new-story">Write</a> '
        '<a href="/signup">Sign up</a> <a href="/signin">Sign in</a></nav>'
        f'<main><article><div class="l"><section>{banner}'
        f'<h1 data-testid="storyTitle" class="pw-post-title">{esc(s.title)}</h1>'
        f'<div class="pw-author"><a rel="author" href="/@x">{esc(s.author)}</a> {follow}</div>'
        f'<div class="ab"><span>{read}</span><span>{when(s)}</span></div>{actions}'
        f"{render(s, over, inside)}</section></div></article>{after}</main>"
        '<footer class="l"><a href="/help">Help</a> <a href="/about">About</a> '
        '<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></div></div>'
        "</body></html>"
    )
    return url, page, bag.items


def wordpress(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    ur = s.lang == "ur"
    site = "انڈس کرانیکل" if ur else "Indus Chronicle"
    d = datetime.fromisoformat(s.date)
    url = f"https://induschronicle.example/{'ur/' if ur else ''}{d:%Y/%m}/{s.slug}/"
    bag = Bag(noisy)
    over = {
        "h": lambda t: f'<h2 class="wp-block-heading">{esc(t)}</h2>',
        "q": lambda t: (
            f'<figure class="wp-block-pullquote"><blockquote><p>{esc(t)}</p></blockquote></figure>'
        ),
        "ul": lambda items: items_html("ul", items, ' class="wp-block-list"'),
        "ol": lambda items: items_html("ol", items, ' class="wp-block-list"'),
        "table": lambda rows: f'<figure class="wp-block-table">{table_html(rows)}</figure>',
        "note": lambda t: f'<p class="has-small-font-size">{esc(t)}</p>',
    }
    emb = rng.choice(UR_HEADLINES)
    inside = bag.inside(
        {
            0: [
                Noise(
                    '<figure class="wp-block-embed is-type-wp-embed is-provider-indus-chronicle '
                    'wp-block-embed-indus-chronicle"><div class="wp-block-embed__wrapper">'
                    '<blockquote class="wp-embedded-content" data-secret="x9K2aQ">'
                    f'<a href="{href(emb)}">{esc(emb)}</a></blockquote>'
                    '<iframe class="wp-embedded-content" sandbox="allow-scripts" '
                    f'src="{href(emb)}/embed/#?secret=x9K2aQ" width="600" height="338"></iframe>'
                    "</div></figure>",
                    [emb],
                )
            ],
            1: [
                Noise(
                    '<div class="wp-block-group has-background"><div class="wp-block-group__inner'
                    '-container"><h3 class="wp-block-heading">نیوز لیٹر</h3><p>ہر صبح گلگت '
                    'بلتستان کی اہم خبریں اپنے ان باکس میں پائیں۔</p><div class="wp-block-buttons'
                    '"><div class="wp-block-button"><a class="wp-block-button__link" '
                    'href="/newsletter">سائن اپ کریں</a></div></div></div></div>',
                    ["ہر صبح گلگت بلتستان کی اہم خبریں اپنے ان باکس میں پائیں", "سائن اپ کریں"],
                )
            ],
            4: [
                Noise(
                    f'<figure class="wp-block-image size-large">{img(s.slug + "wp")}'
                    '<figcaption class="wp-element-caption">تصویر: نوید جمالی / انڈس کرانیکل'
                    "</figcaption></figure>",
                    ["تصویر: نوید جمالی"],
                )
            ],
            5: [
                listing(
                    rng,
                    UR_HEADLINES,
                    "اس ہفتے کی مقبول خبریں",
                    4,
                    "h3",
                    "ol",
                    "div",
                )
            ],
            last(s): [
                Noise(
                    '<div class="sharedaddy"><h3>یہ خبر شیئر کریں:</h3><ul><li><a href="#">فیس بک'
                    '</a></li><li><a href="#">واٹس ایپ</a></li><li><a href="#">ایکس</a></li>'
                    "<li><button>لنک کاپی کریں</button></li></ul></div>",
                    ["یہ خبر شیئر کریں", "لنک کاپی کریں"],
                ),
                Noise(
                    "<div><span>پسند کریں</span> <span>لوڈ ہو رہا ہے…</span></div>",
                    ["لوڈ ہو رہا ہے…"],
                ),
            ],
        }
    )
    after = bag(
        Noise(
            '<div class="wp-block-post-author"><div class="wp-block-post-author__content">'
            f'<p class="wp-block-post-author__name">{esc(s.author)}</p>'
            '<p class="wp-block-post-author__bio">اکبر حسین گلگت سے زراعت، ماحولیات اور سیاحت کے '
            "موضوعات پر رپورٹنگ کرتے ہیں۔</p></div></div>",
            ["گلگت سے زراعت، ماحولیات اور سیاحت کے موضوعات پر رپورٹنگ کرتے ہیں"],
        ),
        Noise(
            '<div class="wp-block-comments"><h2>جواب دیں</h2><form class="comment-form">'
            '<p class="comment-notes">آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا۔ ضروری خانوں پر '
            "* کا نشان لگا ہے۔</p><p>براہ کرم اپنا تبصرہ درج کریں</p><label>تبصرہ</label>"
            '<textarea></textarea><label>نام *</label><input type="text">'
            "<button>تبصرہ بھیجیں</button></form></div>",
            [
                "آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا",
                "براہ کرم اپنا تبصرہ درج کریں",
                "تبصرہ بھیجیں",
            ],
        ),
    )
    page = (
        f"{html_open(s)}{head(s, url, site, ld_json(s, site))}"
        '<body class="post-template-default single single-post wp-embed-responsive">'
        '<div class="wp-site-blocks"><header class="wp-block-template-part">'
        '<div class="wp-block-group"><p class="wp-block-site-title">'
        f'<a href="/">{esc(site)}</a></p><nav class="wp-block-navigation"><ul>{nav(s.lang)}</ul>'
        '</nav></div></header><main class="wp-block-group">'
        f'<div class="wp-block-group"><h1 class="wp-block-post-title">{esc(s.title)}</h1>'
        f'<div class="wp-block-post-date"><time datetime="{s.date}">{when(s)}</time></div>'
        f'<div class="wp-block-post-author-name">{esc(s.author)}</div></div>'
        '<div class="entry-content wp-block-post-content is-layout-constrained">'
        f"{render(s, over, inside)}</div>{after}</main>"
        f'<footer class="wp-block-template-part"><p>{foot_links(s.lang)}</p>'
        f"<p>© 2026 {esc(site)}</p></footer></div></body></html>"
    )
    return url, page, bag.items


def wire_portal(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    site = "NewsDrift"
    url = f"https://newsdrift.example/world/{s.slug}-{ident(s)}"
    bag = Bag(noisy)
    inside = bag.inside(
        {
            -1: [
                Noise(
                    '<div><a href="https://t.example/newsdrift">Follow us on Telegram for instant '
                    "news updates</a></div>",
                    ["Follow us on Telegram"],
                )
            ],
            1: [
                teaser(
                    rng,
                    INDIA_HEADLINES,
                    "Also Read:",
                    '<div><strong>{label}</strong> <a href="{href}">{h}</a></div>',
                )
            ],
            3: [
                Noise(
                    '<div class="text-center"><span>Advertisement</span>'
                    '<ins class="adsbygoogle" data-ad-slot="4410"></ins></div>',
                    ["Advertisement"],
                )
            ],
            "tail": [
                Noise(
                    "<p><em>Disclaimer: This story is auto-generated from a syndicated feed; "
                    "NewsDrift has not edited the text and is not responsible for its content."
                    "</em></p>",
                    [
                        "Disclaimer: This story is auto-generated from a syndicated feed",
                        "NewsDrift has not edited the text",
                    ],
                )
            ],
        }
    )
    share = bag(
        Noise(
            '<div class="share-row"><span>Share on:</span> <a href="#">Facebook</a> '
            '<a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>',
            ["Share on:"],
        )
    )
    below = bag(
        Noise(
            '<div class="topics">Topics: <a href="/t/1">Pakistan</a> <a href="/t/2">Travel</a> '
            '<a href="/t/3">South Asia</a></div>',
            ["Topics:"],
        ),
        listing(rng, INDIA_HEADLINES, "Recommended Stories", 3, "h4"),
        Noise(
            '<div class="comment-box"><h4>Post a Comment</h4><textarea></textarea><p>Your '
            "comment will appear after approval by the moderators.</p><button>Submit</button>"
            "</div>",
            ["Post a Comment", "Your comment will appear after approval"],
        ),
    )
    side = bag(
        listing(rng, INDIA_HEADLINES, "Latest News", 4, "h4"),
        listing(rng, EN_HEADLINES, "Hot this week", 4, "h4", "ol"),
        Noise(
            "<div><p>Get the NewsDrift app: news in twelve languages on your phone.</p>"
            '<a href="/app">Install now</a></div>',
            ["Get the NewsDrift app"],
        ),
    )
    menu = "".join(
        f'<li><a href="/{x.lower()}">{x}</a></li>'
        for x in ("India", "World", "Business", "Sports", "Entertainment", "Tech", "Videos")
    )
    byline = esc(s.agency or s.author)
    page = (
        f"{html_open(s)}{head(s, url, site)}<body>"
        f'<header class="top-bar"><div class="logo"><a href="/">{site}</a></div>'
        f'<ul class="menu">{menu}</ul></header><div class="container"><div class="row">'
        '<div class="col-md-8"><div class="breadcrumb"><a href="/">Home</a> » '
        '<a href="/world">World</a></div>'
        f'<h1 class="headline">{esc(s.title)}</h1>'
        f'<div class="meta">Written By: {byline} | Updated: {when(s)}</div>{share}'
        f'<div class="story-content">{render(s, {}, inside)}</div>{below}</div>'
        f'<div class="col-md-4">{side}</div></div></div>'
        f'<footer class="site-footer"><p>{foot_links("en")}</p><p>Copyright © 2026 {site}. '
        "All rights reserved.</p></footer></body></html>"
    )
    return url, page, bag.items


def gulf(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    site = "The Creekside Times"
    url = f"https://creeksidetimes.example/pakistan/{s.slug}"
    bag = Bag(noisy)
    wrap = '<div class="article-paragraph-wrapper">{}</div>'
    over = {
        "p": lambda t: wrap.format(f"<p>{rich(t)}</p>"),
        "q": lambda t: wrap.format(f"<blockquote><p>{esc(t)}</p></blockquote>"),
    }
    also = rng.sample(GULF_HEADLINES, 2)
    inside = bag.inside(
        {
            -1: [
                Noise(
                    f"<figure>{img(s.slug + 'gulf')}<p>Image used for illustrative purposes only. "
                    "Photo: Anas Thottathil</p></figure>",
                    ["Image used for illustrative purposes only", "Photo: Anas Thottathil"],
                )
            ],
            1: [
                Noise(
                    f"<div><p><b>ALSO READ:</b></p><ul>{links(also)}</ul></div>",
                    ["ALSO READ:", *also],
                )
            ],
            4: [
                Noise(
                    '<div><span>ADVERTISEMENT</span><div id="gpt-mpu-2"></div></div>',
                    ["ADVERTISEMENT"],
                )
            ],
            6: [
                Noise(
                    '<div><span>Sponsored</span> <a href="https://ads.example/alnoor">Send money '
                    "home this Eid with zero transfer fees at Al Noor Exchange</a></div>",
                    ["Send money home this Eid with zero transfer fees"],
                )
            ],
            last(s): [
                Noise(
                    "<p><strong>Stay updated:</strong> download The Creekside Times app and turn "
                    "on notifications for breaking news.</p>",
                    ["download The Creekside Times app"],
                )
            ],
        }
    )
    strip = bag(
        Noise(
            '<div class="top-strip"><span>Dubai 36°C</span> <span>Prayer times: Fajr 4:08 · '
            "Dhuhr 12:23 · Asr 3:47 · Maghrib 7:12 · Isha 8:38</span></div>",
            ["Prayer times: Fajr 4:08"],
        )
    )
    tools = bag(
        Noise(
            '<div class="art-tools"><button>Copy link</button> <span role="status">Link copied!'
            "</span></div>",
            ["Link copied!"],
        )
    )
    below = bag(
        Noise(
            '<section><h3>Your views</h3><form><label>Name</label><input type="text">'
            "<label>Comment</label><textarea></textarea><p>Please write a comment before you "
            "post.</p><button>Post</button></form><p>Comments are the responsibility of their "
            "authors. The Creekside Times does not endorse them.</p></section>",
            ["Please write a comment before you post", "Comments are the responsibility of their"],
        )
    )
    side = bag(
        listing(rng, GULF_HEADLINES, "Trending in UAE", 3, "h3", "ol"),
        Noise(
            "<div><p>Exchange rates</p><p>AED 1 = PKR 76.41</p><p>AED 1 = INR 22.93</p></div>",
            ["AED 1 = PKR 76.41"],
        ),
    )
    menu = "".join(
        f'<li><a href="/{x.lower()}">{x}</a></li>'
        for x in ("UAE", "Pakistan", "India", "World", "Business", "Sport", "Lifestyle")
    )
    page = (
        f"{html_open(s)}{head(s, url, site, ld_json(s, site))}<body>{strip}"
        f'<header class="masthead"><a class="brand" href="/">{site}</a><nav><ul>{menu}</ul></nav>'
        '</header><div class="layout"><section class="article-wrap">'
        '<div class="article-head"><span class="kicker">Pakistan</span>'
        f'<h1>{esc(s.title)}</h1><div class="byline">{esc(s.author)} · Published: {when(s)}'
        f"</div></div>{tools}"
        f'<div class="article-center">{render(s, over, inside)}</div>{below}</section>'
        f'<aside class="rail">{side}</aside></div>'
        f'<footer class="site-footer"><p>{foot_links("en")}</p><p>© 2026 {site}</p></footer>'
        "</body></html>"
    )
    return url, page, bag.items


def bbc_urdu(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    site = "عالمی آواز اردو"
    url = f"https://aalmiaawaz.example/urdu/articles/c{crc(s.slug):08x}o"
    bag = Bag(noisy)
    wrap = '<div dir="rtl" class="bbc-19j92fr ebmt73l0">{}</div>'
    pcls = ' dir="rtl" class="bbc-hhl7in e17g058b0"'
    over = {
        "p": lambda t: wrap.format(f"<p{pcls}>{rich(t)}</p>"),
        "h": lambda t: f'<h2 class="bbc-1pl8aa0 e1lsdmbt0">{esc(t)}</h2>',
        "q": lambda t: f'<blockquote class="bbc-q8ryfm"><p{pcls}>{esc(t)}</p></blockquote>',
        "entry": lambda time, paras: wrap.format(entry_html(time, paras, pcls)),
    }
    rel = rng.sample(UR_HEADLINES, 3)
    inside = bag.inside(
        {
            1: [
                Noise(
                    '<section aria-labelledby="related-content-heading" role="region" '
                    'class="bbc-1jrxgej"><div><h2 id="related-content-heading">مزید پڑھیے</h2>'
                    f'</div><ul role="list">{links(rel[:2])}</ul></section>',
                    ["مزید پڑھیے", *rel[:2]],
                )
            ],
            2: [Noise("<div><span>اشتہار</span></div>", ["اشتہار"])],
            3: [
                Noise(
                    f"<div><p><strong>مزید پڑھیے</strong></p><ul>{links(rel[2:])}</ul></div>",
                    [rel[2]],
                )
            ],
            last(s): [
                Noise(
                    "<div><span>یہ خبر شیئر کیجیے</span> <button>لنک کاپی کیجیے</button></div>",
                    ["یہ خبر شیئر کیجیے", "لنک کاپی کیجیے"],
                )
            ],
        }
    )
    figure = bag(
        Noise(
            f'<figure class="bbc-1qn0xuy"><div>{img(s.slug + "bbc")}</div><p class="bbc-1dsp9ls">'
            '<span class="bbc-m04vo2">تصویر کا ذریعہ،</span><span>شاہ میر بلوچ</span></p>'
            "</figure>",
            ["تصویر کا ذریعہ", "شاہ میر بلوچ"],
        )
    )
    outside = bag(
        listing(rng, UR_HEADLINES, "سب سے زیادہ پڑھی جانے والی", 5, "h2", "ol", "section"),
        Noise(
            "<div><p>عالمی آواز اردو کی خبریں اپنے فون پر پانے کے لیے ہمیں یوٹیوب، فیس بک اور "
            "واٹس ایپ پر فالو کیجیے۔</p></div>",
            ["ہمیں یوٹیوب، فیس بک اور واٹس ایپ پر فالو کیجیے"],
        ),
    )
    cookie = bag(
        Noise(
            '<div role="dialog"><p>ہم اس ویب سائٹ پر کوکیز استعمال کرتے ہیں تاکہ آپ کو بہتر '
            "تجربہ فراہم کیا جا سکے۔</p><button>ٹھیک ہے</button> <button>ترتیبات تبدیل کریں"
            "</button></div>",
            ["ہم اس ویب سائٹ پر کوکیز استعمال کرتے ہیں"],
        )
    )
    menu = "".join(
        f'<li><a href="/urdu/{i}">{x}</a></li>'
        for i, x in enumerate(("خبریں", "پاکستان", "آس پاس", "دنیا", "کھیل", "فن فنکار", "ویڈیو"))
    )
    page = (
        f"{html_open(s)}{head(s, url, site, ld_json(s, site))}<body>{cookie}"
        f'<header class="bbc-1ff36h2"><a href="/urdu">{site}</a><nav><ul>{menu}</ul></nav></header>'
        '<main role="main" class="bbc-fa0wmp"><article>'
        f'<header><h1 id="content" tabindex="-1" class="bbc-1tk77pb">{esc(s.title)}</h1></header>'
        f'<div class="bbc-1rvyf3y"><span>مصنف،</span> <span>{esc(s.author)}</span> '
        "<span>عہدہ،</span> <span>نامہ نگار</span></div>"
        f'<time datetime="{s.date}">{when(s)}</time>{figure}'
        f"{render(s, over, inside)}</article>{outside}</main>"
        f'<footer class="bbc-1x0zadw"><p>{foot_links("ur")}</p><p>© 2026 {site}</p></footer>'
        "</body></html>"
    )
    return url, page, bag.items


def drupal_urdu(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    site = "روشن اردو"
    url = f"https://roshanurdu.example/node/{ident(s)}"
    bag = Bag(noisy)
    over = {
        "cap": lambda t: (
            f'<figure class="align-center">{img(t)}<figcaption>{esc(t)}</figcaption></figure>'
        ),
    }
    inside = bag.inside(
        {
            0: [
                teaser(
                    rng,
                    UR_HEADLINES,
                    "متعلقہ:",
                    '<p><strong>{label}</strong> <a href="{href}">{h}</a></p>',
                )
            ],
            1: [
                Noise(
                    "<p><small>تصویر: زبیر رند / روشن اردو</small></p>",
                    ["تصویر: زبیر رند / روشن اردو"],
                )
            ],
            2: [
                Noise(
                    '<div><small>اشتہار</small><div id="div-gpt-ad-ur-3"></div></div>', ["اشتہار"]
                )
            ],
            3: [
                teaser(
                    rng,
                    UR_HEADLINES,
                    "اسے بھی پڑھیں:",
                    '<p>{label} <a href="{href}">{h}</a></p>',
                )
            ],
            last(s): [
                Noise(
                    "<div><p>روشن اردو کا واٹس ایپ چینل جوائن کریں اور اہم خبریں فوراً حاصل کریں۔"
                    "</p></div>",
                    ["واٹس ایپ چینل جوائن کریں"],
                )
            ],
        }
    )
    tags = bag(
        Noise(
            '<div class="field field--name-field-tags"><div class="field__label">موضوعات</div>'
            '<div class="field__items"><a href="/t/1">ساحل</a> <a href="/t/2">ماہی گیری</a> '
            '<a href="/t/3">بلوچستان</a></div></div>',
            ["موضوعات"],
        ),
        Noise(
            "<section><h2>تبصرے</h2><p>تبصرے لوڈ ہو رہے ہیں…</p><p>ادارے کا قارئین کے تبصروں "
            "سے متفق ہونا ضروری نہیں۔</p></section>",
            ["تبصرے لوڈ ہو رہے ہیں…", "ادارے کا قارئین کے تبصروں سے متفق ہونا ضروری نہیں"],
        ),
    )
    below = bag(
        listing(
            rng,
            UR_HEADLINES,
            "آپ کے لیے تجویز کردہ",
            4,
            "h2",
            "ul",
            "div",
            ' class="views-element-container"',
        ),
        Noise(
            '<div><p>روشن اردو ایپ ڈاؤن لوڈ کریں</p><a href="/app">اینڈرائیڈ</a> '
            '<a href="/app">آئی فون</a></div>',
            ["روشن اردو ایپ ڈاؤن لوڈ کریں"],
        ),
    )
    menu = "".join(
        f'<li class="menu-item"><a href="/{i}">{esc(x)}</a></li>'
        for i, x in enumerate(SECTIONS["ur"])
    )
    page = (
        f"{html_open(s)}{head(s, url, site)}"
        '<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas"'
        ' data-off-canvas-main-canvas><header role="banner"><div class="region region-header">'
        f'<div id="block-sitebranding" class="block"><a href="/">{site}</a></div>'
        f'<nav id="block-mainnavigation" class="block block-menu"><ul class="menu">{menu}</ul>'
        '</nav></div></header><main role="main"><div class="region region-content">'
        '<div id="block-mainpagecontent" class="block block-system block-system-main-block">'
        f'<article role="article" class="node node--type-article node--view-mode-full" '
        f'data-history-node-id="{ident(s)}"><h1 class="page-title"><span class="field '
        f'field--name-title">{esc(s.title)}</span></h1><div class="node__meta"><span '
        f'class="field field--name-uid">{esc(s.author)}</span> <span class="field--name-created">'
        f'{when(s)}</span></div><div class="node__content"><div class="clearfix text-formatted '
        'field field--name-body field--type-text-with-summary field--label-hidden field__item">'
        f"{render(s, over, inside)}</div>{tags}</div></article>{below}</div></div></main>"
        f'<footer role="contentinfo"><p>{foot_links("ur")}</p><p>© 2026 {site}</p></footer>'
        "</div></body></html>"
    )
    return url, page, bag.items


def state_media(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    site = "Orient Daily"
    d = datetime.fromisoformat(s.date)
    url = f"https://orientdaily.example/a/{d:%Y%m}/{d:%d}/WS{crc(s.slug):08x}.html"
    bag = Bag(noisy)
    over = {
        "h": lambda t: f"<p><strong>{esc(t)}</strong></p>",
        "ul": lambda items: "".join(f"<p>{esc(i)}</p>" for i in items),
        "ol": lambda items: "".join(f"<p>{esc(i)}</p>" for i in items),
    }
    cap = "Trucks queue at the Sost dry port near the Khunjerab Pass."
    rel = rng.choice(EN_HEADLINES)
    inside = bag.inside(
        {
            -1: [
                Noise(
                    f'<p style="text-align: center">{img(s.slug + "od")}</p>'
                    f'<p style="text-align: center">{cap} (Orient Daily/Liu Ming)</p>',
                    ["(Orient Daily/Liu Ming)", cap],
                )
            ],
            4: [Noise(f'<p><a href="{href(rel)}">&gt;&gt; {esc(rel)}</a></p>', [rel])],
            last(s): [
                Noise("<p>[Editor: Liu Jiahao]</p>", ["[Editor: Liu Jiahao]"]),
                Noise(
                    "<p>Copyright © Orient Daily. All rights reserved. Reproduction without "
                    "permission is prohibited.</p>",
                    ["Reproduction without permission is prohibited"],
                ),
            ],
        }
    )
    share = bag(
        Noise(
            '<div class="share"><span>Share:</span> <a href="#">Facebook</a> <a href="#">X</a> '
            '<a href="#">LinkedIn</a></div>',
            [],
        )
    )
    below = bag(
        listing(rng, EN_HEADLINES, "Related Stories", 4, "h3", "ul", "div", ' class="relNews"'),
        Noise(
            "<div><p>Follow Orient Daily on X and Facebook for news from Asia and beyond."
            "</p></div>",
            ["Follow Orient Daily on X and Facebook"],
        ),
    )
    menu = " ".join(
        f'<a href="/{x.lower()}">{x}</a>'
        for x in ("Home", "China", "World", "Business", "Asia Pacific", "Culture", "Sports")
    )
    page = (
        f"{html_open(s)}{head(s, url, site)}<body>"
        f'<div class="topnav"><a class="logo" href="/">{site}</a> {menu}</div>'
        '<div class="container"><div class="mainCon">'
        f'<h1 id="title">{esc(s.title)}</h1>'
        f'<div class="info">By {esc(s.author)} | {site} | Updated: {d:%Y-%m-%d %H:%M}</div>'
        f'{share}<div class="content">{render(s, over, inside)}</div>{below}</div></div>'
        '<div class="footer"><p><a href="/about">About us</a> | <a href="/contact">Contact us'
        f'</a> | <a href="/terms">Terms of use</a></p><p>Copyright 2026 {site}</p></div>'
        "</body></html>"
    )
    return url, page, bag.items


AMP_STYLE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style "
    "amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>"
    "<style amp-custom>body{font-family:sans-serif}.meta{color:#666}</style>"
)


def amp(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    ur = s.lang == "ur"
    site = "پاک پلس" if ur else "Pak Pulse"
    path = f"{'ur/' if ur else ''}news/{s.slug}"
    url = f"https://pakpulse.example/amp/{path}"
    bag = Bag(noisy)
    over = {
        "cap": lambda t: (
            '<figure><amp-img src="/media/'
            f'{crc(t) % 10**8}.jpg" width="1200" height="800" layout="responsive" alt="">'
            f"</amp-img><figcaption>{esc(t)}</figcaption></figure>"
        ),
    }
    inside = bag.inside(
        {
            1: [
                Noise(
                    '<amp-ad width="300" height="250" type="doubleclick" '
                    'data-slot="/2231/pakpulse/ur_article_1"><div placeholder>اشتہار</div>'
                    "</amp-ad>",
                    ["اشتہار"],
                )
            ],
            3: [
                teaser(
                    rng,
                    UR_HEADLINES,
                    "اسے بھی پڑھیں:",
                    '<p><b>{label}</b> <a href="{href}">{h}</a></p>',
                )
            ],
            last(s): [
                Noise(
                    "<div><p>اس خبر کو شیئر کیجیے</p>"
                    '<amp-social-share type="facebook" width="40" height="40"></amp-social-share>'
                    '<amp-social-share type="whatsapp" width="40" height="40"></amp-social-share>'
                    '<amp-social-share type="system" width="40" height="40"></amp-social-share>'
                    "</div>",
                    ["اس خبر کو شیئر کیجیے"],
                )
            ],
        }
    )
    consent = bag(
        Noise(
            '<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>آپ کی '
            "رازداری ہمارے لیے اہم ہے۔ ہم اور ہمارے شراکت دار آپ کے آلے پر معلومات محفوظ کرتے ہیں "
            'تاکہ مواد اور اشتہارات کو آپ کے لیے موزوں بنایا جا سکے۔</p><button on="tap:consent.'
            'accept">متفق ہوں</button> <button on="tap:consent.reject">انکار</button></div>'
            "</amp-consent>",
            [
                "آپ کی رازداری ہمارے لیے اہم ہے",
                "ہم اور ہمارے شراکت دار آپ کے آلے پر معلومات محفوظ کرتے ہیں",
            ],
        )
    )
    lead = bag(
        Noise(
            f'<amp-img src="/media/{crc(s.slug) % 10**8}.jpg" width="1200" height="675" '
            'layout="responsive" alt=""></amp-img><p><small>تصویر: شاہد کاکڑ / پاک پلس</small>'
            "</p>",
            ["تصویر: شاہد کاکڑ"],
        )
    )
    summary = ""
    if noisy:
        summary = bag(
            key_points(
                s,
                "اہم نکات",
                "یہ خلاصہ مصنوعی ذہانت کی مدد سے تیار کیا گیا اور ادارتی ٹیم نے "
                "اس کا جائزہ لیا ہے۔",
            )
        )
    outside = bag(
        Noise(
            '<amp-app-banner layout="nodisplay" id="app-banner"><div><p>پاک پلس ایپ: ہر بڑی '
            "خبر سب سے پہلے آپ کے فون پر</p><button open-button>ایپ کھولیں</button></div>"
            "</amp-app-banner>",
            ["پاک پلس ایپ: ہر بڑی خبر سب سے پہلے آپ کے فون پر"],
        ),
        listing(rng, UR_HEADLINES, "متعلقہ خبریں", 3, "h3", "ul", "section"),
    )
    full = "غیر AMP ورژن دیکھیں" if ur else "View the full site"
    extra = (
        '<script async src="https://cdn.ampproject.org/v0.js"></script><script async '
        'custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>'
        f"{AMP_STYLE}"
    )
    rtl = ' dir="rtl"' if ur else ""
    page = (
        f'<!doctype html><html ⚡ lang="{s.lang}"{rtl}>'
        + head(s, f"https://pakpulse.example/{path}", site, extra)
        + f'<body>{consent}<header class="amp-header"><button on="tap:sidebar.toggle">☰</button>'
        f' <a href="/">{site}</a></header><amp-sidebar id="sidebar" layout="nodisplay" '
        f'side="right"><nav><ul>{nav(s.lang)}</ul></nav></amp-sidebar>'
        f'<article class="amp-article"><h1>{esc(s.title)}</h1>'
        f'<div class="meta">{esc(s.author)} · {when(s)}</div>{lead}{summary}'
        f'<div class="article-body">{render(s, over, inside)}</div></article>{outside}'
        f'<footer><p>{foot_links(s.lang)}</p><p><a href="/{path}">{full}</a></p>'
        f"<p>© 2026 {site}</p></footer></body></html>"
    )
    return url, page, bag.items


def liveblog(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    ur = s.lang == "ur"
    site = "نارتھ لائن اردو" if ur else "Northline News"
    url = f"https://northline.example/{'ur/' if ur else ''}live/{s.slug}"
    bag = Bag(noisy)
    day = s.date[:10]

    def post(time: str, paras: list[str]) -> str:
        rest = "".join(f"<p>{esc(x)}</p>" for x in paras[1:])
        return (
            f'<article class="lb-post" id="post-{time.replace(":", "")}"><div class="lb-body">'
            f'<p><time class="lb-time" datetime="{day}T{time}:00+05:00">{time}</time> '
            f"{esc(paras[0])}</p>{rest}</div></article>"
        )

    over = {
        "p": lambda t: f'<div class="lb-intro"><p>{rich(t)}</p></div>',
        "entry": post,
    }
    events = [
        "Traffic moving in one lane at Shatial",
        "Excavators reach the Harban slide",
        "Villagers feed stranded travellers",
    ]
    inside = bag.inside(
        {
            0: [
                Noise(
                    f"<div><h2>Key events</h2><ul>{links(events, base='#post')}</ul></div>",
                    ["Key events", *events],
                )
            ],
            1: [
                Noise(
                    "<div><button>Share this update</button> <button>Copy link</button></div>",
                    ["Share this update"],
                )
            ],
            2: [
                Noise(
                    '<div><p>Advertisement · scroll to continue reading</p><div id="ad-live-1">'
                    "</div></div>",
                    ["scroll to continue reading"],
                )
            ],
            4: [
                Noise(
                    '<div><button>Share this update</button> <div role="status">Link to this '
                    "update copied</div></div>",
                    ["Link to this update copied"],
                )
            ],
            last(s): [
                Noise("<div><button>Load more updates</button></div>", ["Load more updates"])
            ],
        }
    )
    status = bag(
        Noise(
            '<div class="lb-status"><span>Updated 6 minutes ago</span> · <label><input '
            'type="checkbox" checked> Auto-update</label></div>',
            ["Updated 6 minutes ago"],
        )
    )
    outside = bag(
        Noise(
            "<div><h3>Northline Evening</h3><p>The day's biggest stories from the north, in your "
            'inbox at 6pm.</p><input type="email"><button>Sign up free</button></div>',
            ["in your inbox at 6pm", "Sign up free"],
        ),
        Noise(
            "<p>Follow @NorthlineNews on X for live alerts from the Karakoram Highway.</p>",
            ["Follow @NorthlineNews on X"],
        ),
    )
    page = (
        f"{html_open(s)}{head(s, url, site, ld_json(s, site))}<body>"
        f'<header class="nl-header"><a href="/">{site}</a><nav><ul>{nav(s.lang)}</ul></nav>'
        '</header><main class="nl-main"><div class="live-header">'
        '<span class="live-dot" aria-hidden="true"></span>'
        f'<h1>{esc(s.title)}</h1><div class="byline">{esc(s.author)} · {when(s)}</div>'
        f'{status}</div><div class="lb-feed">{render(s, over, inside)}</div>{outside}</main>'
        f'<footer class="nl-footer"><p>{foot_links(s.lang)}</p><p>© 2026 {site}</p></footer>'
        "</body></html>"
    )
    return url, page, bag.items


def interview(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    site = "The Long Conversation"
    url = f"https://longconversation.example/interviews/{s.slug}"
    bag = Bag(noisy)
    over = {
        "p": lambda t: (
            "<p"
            + (' class="q"' if t.startswith("Q: ") else ' class="a"' if t.startswith("A: ") else "")
            + f">{rich(t)}</p>"
        ),
    }
    inside = bag.inside(
        {
            0: [
                Noise(
                    f"<figure>{img(s.slug + 'lc')}<figcaption>Photograph: Yasir Hanif for The "
                    "Long Conversation</figcaption></figure>",
                    ["Photograph: Yasir Hanif"],
                )
            ],
            2: [
                Noise(
                    "<div><p>This is your second of three free interviews this month.</p>"
                    '<p><a href="/subscribe">Subscribe for full access</a></p></div>',
                    ["second of three free interviews this month", "Subscribe for full access"],
                )
            ],
            5: [
                teaser(
                    rng,
                    MAG_TITLES,
                    "READ MORE",
                    '<div><a href="{href}"><span>{label}</span><br><span>{h}</span></a></div>',
                )
            ],
            last(s): [
                Noise(
                    f"<div><p>{esc(s.author)} is the magazine's climate editor. Her reporting on "
                    "glacial floods won a regional press award in 2024.</p></div>",
                    ["is the magazine's climate editor"],
                )
            ],
        }
    )
    toolbar = bag(
        Noise(
            "<div><button>Listen to this interview</button> <span>11 min</span> "
            "<button>Gift this article</button> <button>Save</button></div>",
            ["Listen to this interview", "Gift this article"],
        )
    )
    comments = bag(
        Noise(
            "<section><h3>Comments (4)</h3><div><b>Sikandar</b><p>Thank you for this. The point "
            "about timing is what farmers in Shigar keep saying.</p></div><form><textarea>"
            "</textarea><p>Please enter your comment before you press Post.</p><button>Post"
            "</button></form><p>Comments are moderated. We do not publish personal attacks.</p>"
            "</section>",
            [
                "Comments (4)",
                "The point about timing is what farmers in Shigar keep saying",
                "Please enter your comment before you press Post",
                "We do not publish personal attacks",
            ],
        )
    )
    menu = " ".join(
        f'<a href="/{x.lower()}">{x}</a>' for x in ("Interviews", "Essays", "Podcast", "Archive")
    )
    page = (
        f"{html_open(s)}{head(s, url, site, ld_json(s, site))}<body>"
        f'<header class="mast"><a class="wordmark" href="/">{site}</a> <nav>{menu}</nav></header>'
        f'<main><article class="interview"><div class="interview-head"><h1>{esc(s.title)}</h1>'
        f'<p class="by">Interview by {esc(s.author)}</p><p class="date">{when(s)}</p></div>'
        f'{toolbar}<div class="interview-body">{render(s, over, inside)}</div></article>'
        f"{comments}</main>"
        f"<footer><p>{foot_links('en')}</p><p>© 2026 {site}</p></footer></body></html>"
    )
    return url, page, bag.items


def gallery(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    ur = s.lang == "ur"
    site = "عکس و زمین" if ur else "Lens & Land"
    url = f"https://lensandland.example/{'ur/' if ur else ''}gallery/{s.slug}"
    bag = Bag(noisy)
    over = {
        "p": lambda t: f'<div class="gallery-intro"><p>{rich(t)}</p></div>',
        "cap": lambda t: (
            f'<div class="slide"><div class="slide__media">{img(t)}</div>'
            f'<div class="slide__text"><p>{esc(t)}</p></div></div>'
        ),
    }
    caps = [i for i, b in enumerate(s.blocks) if b[0] == "cap"]
    credit = "Photo: Amjad Raza / High Plains Photo"
    spec: dict[int | str, list[Noise]] = {}
    for k, i in enumerate(caps):
        spec.setdefault(i - 1, []).append(
            Noise(f"<div>Image {k + 1} of {len(caps)}</div>", [f"Image {k + 1} of {len(caps)}"])
        )
        spec.setdefault(i, []).append(Noise(f"<p><small>{credit}</small></p>", [credit]))
    spec[caps[2]].insert(  # after the third credit, before the fourth counter
        1,
        Noise(
            '<div><small>Sponsored</small><p><a href="https://ads.example/gt">Deosai by jeep: '
            "three-day trips with Glacier Trails, 10% off early bookings</a></p></div>",
            ["three-day trips with Glacier Trails"],
        ),
    )
    spec[caps[4]].insert(
        1,
        Noise(
            "<div><button>Buy a print of this photo</button></div>", ["Buy a print of this photo"]
        ),
    )
    spec[last(s)].append(listing(rng, GALLERY_TITLES, "More galleries", 3, "h3"))
    inside = bag.inside(spec)
    share = bag(
        Noise(
            "<div><span>Share this gallery</span> <button>Copy link</button></div>",
            ["Share this gallery"],
        )
    )
    outside = bag(
        listing(rng, EN_HEADLINES, "Hot this week", 4, "h3", "ol"),
        Noise(
            "<div><p>We use cookies to keep this site working and to understand how galleries are "
            "viewed.</p><button>OK</button> <button>Settings</button></div>",
            ["to understand how galleries are viewed"],
        ),
    )
    label = "تصاویر:" if ur else "Photographs by"
    page = (
        f"{html_open(s)}{head(s, url, site)}<body>"
        f'<header class="g-head"><a href="/">{esc(site)}</a><nav><ul>{nav(s.lang)}</ul></nav>'
        f'</header><main class="gallery-page"><h1>{esc(s.title)}</h1>'
        f'<div class="credit-line">{label} {esc(s.author)} · {when(s)}</div>{share}'
        f'<div class="slides">{render(s, over, inside)}</div></main>{outside}'
        f"<footer><p>{foot_links(s.lang)}</p><p>© 2026 {esc(site)}</p></footer></body></html>"
    )
    return url, page, bag.items


def ad_split(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    site = "Coastal Courier"
    url = f"https://coastalcourier.example/news/{s.slug}"
    bag = Bag(noisy)

    def ad(k: int, label: bool = True) -> Noise:
        top = "<p>Advertisement</p>" if label else ""
        return Noise(
            f'<div>{top}<iframe src="https://ads.adnet.example/serve?slot={k}" width="300" '
            'height="250" title="3rd party ad content" scrolling="no" frameborder="0"></iframe>'
            "<p>Story continues below</p></div>",
            ["Story continues below", *(["Advertisement"] if label else [])],
        )

    inside = bag.inside(
        {
            0: [ad(1)],
            2: [
                ad(2),
                teaser(
                    rng,
                    EN_HEADLINES,
                    "Read More",
                    '<div><a href="{href}"><span>{label}</span> {h}</a></div>',
                ),
            ],
            5: [
                Noise(
                    '<div><span>Sponsored</span> <a href="https://ads.example/sahil">Cool storage, '
                    "lower bills: solar chillers from Sahil Energy</a></div>",
                    ["solar chillers from Sahil Energy"],
                )
            ],
            6: [ad(3, label=False)],
            last(s): [listing(rng, EN_HEADLINES, "Trending on Coastal Courier", 4, "h4")],
        }
    )
    meter = bag(
        Noise(
            "<div><p>Two free stories remain on your meter this month.</p>"
            '<a href="/subscribe">Subscribe to Coastal Courier</a></div>',
            ["Two free stories remain on your meter", "Subscribe to Coastal Courier"],
        )
    )
    outside = bag(
        listing(rng, EN_HEADLINES, "Recommended Stories", 3, "h3", "ul", "section"),
        Noise(
            "<p>Follow us on Instagram @coastalcourier for photos from the coast.</p>",
            ["Follow us on Instagram"],
        ),
    )
    page = (
        f"{html_open(s)}{head(s, url, site, ld_json(s, site))}<body>"
        f'<header><a class="brand" href="/">{site}</a><nav><ul>{nav("en")}</ul></nav></header>'
        f'{meter}<main><article class="story"><header><h1>{esc(s.title)}</h1>'
        f'<p class="byline">By {esc(s.author)}</p><time datetime="{s.date}">{when(s)}</time>'
        f"</header>{render(s, {}, inside)}</article>{outside}</main>"
        f"<footer><p>{foot_links('en')}</p><p>© 2026 {site}</p></footer></body></html>"
    )
    return url, page, bag.items


def print_view(s: Story, noisy: bool, rng: random.Random) -> tuple[str, str, list[Noise]]:
    ur = s.lang == "ur"
    site = "کوئٹہ آبزرور" if ur else "The Quetta Observer"
    url = f"https://quettaobserver.example/{'ur/' if ur else ''}print/{ident(s)}"
    bag = Bag(noisy)
    inside = bag.inside(
        {
            4: [
                teaser(
                    rng,
                    UR_HEADLINES,
                    "یہ بھی پڑھیے:",
                    '<p>{label} <a href="{href}">{h}</a></p>',
                )
            ],
            last(s): [
                Noise(
                    "<p>یہ خبر کوئٹہ آبزرور کی ویب سائٹ سے پرنٹ کی گئی: "
                    f"https://quettaobserver.example/ur/news/{ident(s)}</p>",
                    ["کی ویب سائٹ سے پرنٹ کی گئی"],
                ),
                Noise(
                    "<p>ای پیپر کی سبسکرپشن کے لیے ہماری ویب سائٹ ملاحظہ کریں۔</p>",
                    ["ای پیپر کی سبسکرپشن"],
                ),
            ],
        }
    )
    toolbar = bag(
        Noise(
            '<div class="no-print"><button onclick="window.print()">پرنٹ کریں</button> '
            '<button onclick="window.close()">ونڈو بند کریں</button> <span>حروف کا سائز: '
            "چھوٹا | بڑا</span></div>",
            ["ونڈو بند کریں", "حروف کا سائز"],
        ),
        Noise("<div><span>یہ خبر سنیے</span> <span>03:47</span></div>", ["یہ خبر سنیے", "03:47"]),
    )
    page = (
        f"{html_open(s)}{head(s, url, site)}"
        '<body class="print"><style>@media print{.no-print{display:none}}</style>'
        f'<div class="print-logo">{site}</div>{toolbar}<h1>{esc(s.title)}</h1>'
        f'<p class="meta">{esc(s.author)} | {when(s)}</p>'
        f'<div class="print-body">{render(s, {}, inside)}</div>'
        f'<div class="print-footer">© 2026 {site}</div></body></html>'
    )
    return url, page, bag.items


# (layout, noisy story, clean story): every story appears once noisy and once clean.
LAYOUTS: list[tuple[Callable[..., tuple[str, str, list[Noise]]], str, str]] = [
    (nextjs, "punjab-heat-alerts", "quetta-pink-bus"),
    (nuxt, "hunza-sirens", "uae-remittances-eid"),
    (arc, "gwadar-desalination", "hunza-sirens"),
    (ghost, "panjgur-whatsapp-dates", "gilgit-community-library"),
    (substack, "lahore-smog-schools", "skardu-hydrologist-qa"),
    (medium, "gilgit-community-library", "panjgur-whatsapp-dates"),
    (wordpress, "gb-cherry-airfreight", "lahore-smog-schools"),
    (wire_portal, "gb-trekkers", "punjab-heat-alerts"),
    (gulf, "uae-remittances-eid", "gb-trekkers"),
    (bbc_urdu, "balochistan-rain-live", "ziarat-juniper-volunteers"),
    (drupal_urdu, "gwadar-fishing-pictures", "gb-cherry-airfreight"),
    (state_media, "khunjerab-trade-qa", "turbat-cold-store"),
    (amp, "ziarat-juniper-volunteers", "deosai-pictures"),
    (liveblog, "kkh-landslides-live", "balochistan-rain-live"),
    (interview, "skardu-hydrologist-qa", "khunjerab-trade-qa"),
    (gallery, "deosai-pictures", "gwadar-fishing-pictures"),
    (ad_split, "turbat-cold-store", "gwadar-desalination"),
    (print_view, "quetta-pink-bus", "kkh-landslides-live"),
]

# --- self-check ---------------------------------------------------------------------------------

SKIP = {"script", "style", "noscript", "template", "head", "title", "iframe", "svg", "textarea"}
CELLS = {"td", "th"}
BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "br", "button", "caption", "dd",
    "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "img", "input",
    "label", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
    "tfoot", "thead", "tr", "ul",
}  # fmt: skip


class Visible(HTMLParser):
    """Visible text, one line per block element; table cells joined by spaces."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.parts: list[str] = []

    def _mark(self, tag: str) -> None:
        if tag in CELLS:
            self.parts.append(" ")
        elif tag in BLOCKS or "-" in tag:
            self.parts.append("\n")

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in SKIP:
            self.skip += 1
        elif not self.skip:
            self._mark(tag)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if not self.skip:
            self._mark(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif not self.skip:
            self._mark(tag)

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def visible_lines(page: str) -> list[str]:
    parser = Visible()
    parser.feed(page)
    parser.close()
    lines = (" ".join(x.split()) for x in "".join(parser.parts).split("\n"))
    return [x for x in lines if x]


def check(name: str, page: str, s: Story, noise: list[Noise], noisy: bool) -> None:
    def fail(msg: str) -> None:
        raise SystemExit(f"{SPLIT}/{name}: {msg}")

    lines = visible_lines(page)
    body = s.lines()
    if len(s.blocks) < 5 or len(s.blocks) > 14:
        fail(f"{len(s.blocks)} blocks; want 5-14")
    at = -1
    for line in body:
        if "\n" in line or line != " ".join(line.split()):
            fail(f"body line has stray whitespace: {line[:60]!r}")
        if lines.count(line) != 1:
            fail(f"body line shown {lines.count(line)} times: {line[:60]!r}")
        pos = lines.index(line)
        if pos <= at:
            fail(f"body line out of order: {line[:60]!r}")
        at = pos
    if s.title not in lines:
        fail("title not shown")
    if noisy != bool(noise):
        fail("a noisy page needs noise and a clean page must have none")
    low_body = "\n".join(body).lower()
    strings = [x for n in noise for x in n.strings]
    if noisy and len(strings) < 8:
        fail("too few noise strings")
    for x in strings:
        if not x or x != " ".join(x.split()):
            fail(f"bad noise string {x!r}")
        if not any(x in line for line in lines):
            fail(f"noise string not visible: {x!r}")
        if x.lower() in low_body or x.lower() in s.title.lower():
            fail(f"noise string also in body or title: {x!r}")


def build() -> list[tuple[str, str, str, Story, list[Noise]]]:
    rng = random.Random(1818)
    seen: dict[str, list[str]] = {slug: [] for slug in BY_SLUG}
    pages = []
    for n, (layout, noisy_slug, clean_slug) in enumerate(LAYOUTS):
        for kind, slug in (("noisy", noisy_slug), ("clean", clean_slug)):
            s = BY_SLUG[slug]
            url, page, noise = layout(s, kind == "noisy", rng)
            name = f"{kind}-{n:02d}-{layout.__name__}"
            check(name, page, s, noise, kind == "noisy")
            seen[slug].append(kind)
            pages.append((name, url, page, s, noise))
    for slug, kinds in seen.items():
        if sorted(kinds) != ["clean", "noisy"]:
            raise SystemExit(f"{SPLIT}: story {slug} appears as {kinds}")
    if sum(s.lang == "ur" for s in STORIES) not in (5, 6):
        raise SystemExit(f"{SPLIT}: want five or six Urdu stories")
    return pages


def main() -> None:
    pages = build()  # everything is checked before anything is written
    folder = PAGES / SPLIT
    if folder.exists():
        for old in [*folder.glob("*.html"), *folder.glob("*.json")]:
            old.unlink()
    for name, url, page, s, noise in pages:
        write_page(SPLIT, name, url, page, s.article(), noise)
    print(f"wrote {len(pages)} pages to {folder}")


if __name__ == "__main__":
    main()
