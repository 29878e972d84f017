"""Write the twelfth held-out set to pages/heldout12/: written BLIND.

Blind: the only files read while writing this generator were fixturekit.py,
make_heldout.py and make_heldout2.py (for the page, truth and noise conventions). No
extraction code, configuration, tests, other generators, pages, results or notes were
read, and no extractor was run on these pages before they were written.

New here: stories from Balochistan, Gilgit-Baltistan, Khyber Pakhtunkhwa, Sindh and AJK
in seventeen layouts of our own design (a Django regional portal, Laravel/Blade with
utility classes, a Hugo static site, Jekyll minima, the WordPress Newspaper (tagDiv) and
Astra themes, a Sanity/Next.js site with hashed class names, a server-rendered Vue app,
an old ASP.NET page built from tables and spans, a mobile m. site, a print view, the
web version of a newsletter, a longform scrollytelling page in sections, a page whose
paragraphs are <span>s in one <div> separated by <br><br>, a Drupal node, an Urdu
Nastaleeq portal and a liveblog), six right-to-left Urdu pages, and noise worded
afresh: paywall meters, push-notification asks, "loading" placeholders, podcast and
video promos, sponsored boxes, membership and donation appeals, and Urdu versions of
several kinds. Noise sits outside the article and inside it, between paragraphs and
right after the last one; many blocks carry no telling class or id.

The clean pages are dense with body text that looks like noise: sentences that say
read, share, follow, comment, subscribe, related, download, app, newsletter, photo,
advertisement, sponsor, tag and member; one-line paragraphs; bulleted and numbered
lists; a table; a Q&A interview; pull quotes; a photo story told in its captions; and a
liveblog with timed entries. In the truth, the body is every text block of the article,
one per line: paragraphs, subheadings inside the article, list items, table rows (cells
joined by " | "), quotes, the captions of the photo story and liveblog entries with their
time. Title, byline, date and a wire credit after the body are not body.

Every outlet, person and sentence here is invented. (The wire-agency names in a few
datelines, APP, PPI and Reuters, are the only real names, used as credit formats.)

Run: python benchmarks/extraction/make_heldout12.py  (deterministic).
"""

from __future__ import annotations

import html
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from fixturekit import Article, Noise, esc, write_page

SPLIT = "heldout12"


# --- stories -------------------------------------------------------------------------


@dataclass
class Story:
    """An article plus the kind of each of its text blocks (p, h2, li, ol, th, tr, ...)."""

    article: Article
    kinds: list[str]
    region: str


def story(
    slug: str,
    title: str,
    author: str,
    date: str,
    region: str,
    blocks: list[str | tuple[str, str]],
    *,
    tail: str | None = None,
    agency: str | None = None,
    place: str | None = None,
    lang: str = "en",
) -> Story:
    kinds, texts = [], []
    for block in blocks:
        kind, text = ("p", block) if isinstance(block, str) else block
        kinds.append(kind)
        texts.append(text)
    article = Article(slug, title, author, date, texts, tail, agency, place, lang)
    return Story(article, kinds, region)


NOISY_EN = [
    story(
        "gwadar-desalination",
        "Gwadar desalination plant resumes supply after pump repairs",
        "Shahzaib Dashti",
        "2026-03-09T11:20:00+05:00",
        "Balochistan",
        [
            "GWADAR: The desalination plant that supplies drinking water to the old town of "
            "Gwadar resumed work on Monday after engineers replaced two pumps that had failed "
            "during a power surge last month.",
            "For three weeks residents queued at water bowsers sent by the district "
            "administration, and many families paid private suppliers up to twice the usual "
            "rate for a drum of water.",
            "The plant's manager, Naveed Kalmati, said the new pumps were rated for the "
            "unstable voltage on the local grid and that a voltage regulator had been ordered "
            "from Karachi.",
            "Fishermen's wards near the harbour will receive water on alternate days until the "
            "storage tanks are refilled, the administration said.",
            "Residents said they would believe the repair had worked when water reached their "
            "taps.",
        ],
        place="Gwadar",
    ),
    story(
        "lowari-snow",
        "Lowari tunnel road cleared after heavy snowfall",
        "Wajid Mehtar",
        "2026-01-17T16:05:00+05:00",
        "Khyber Pakhtunkhwa",
        [
            "CHITRAL: Road crews reopened the approach road to the Lowari tunnel on Saturday "
            "after a two-day snowfall cut Chitral off from the rest of Khyber Pakhtunkhwa.",
            "Dozens of trucks carrying flour and fuel had been parked at Dir for two nights, "
            "and shopkeepers in Chitral bazaar said stocks of cooking gas cylinders were "
            "running low.",
            "The highway authority said snow-clearing machines would now be stationed at both "
            "ends of the tunnel for the rest of the winter.",
            "Passengers were asked to travel only in daylight and to carry chains for their tyres.",
            "Teachers who were stranded on the Dir side said schools in upper Chitral would "
            "reopen a day late.",
        ],
        place="Chitral",
    ),
    story(
        "thar-solar-wells",
        "Solar pumps bring water back to Tharparkar wells",
        "Kavita Meghwar",
        "2026-05-26T09:40:00+05:00",
        "Sindh",
        [
            "Thirty villages in Tharparkar now draw water from solar-powered pumps fitted to "
            "old wells, sparing women hours of hauling buckets in the heat, a rural support "
            "group said this week.",
            "The pumps lift water from wells more than fifty metres deep into small tanks, "
            "from which families fill their pitchers at fixed times each morning.",
            "Village committees collect a small fee from each household to pay for repairs, "
            "and two young men in each village were trained to fix the controllers.",
            "Some of the wells are brackish, and the group said it was testing small "
            "filtration units that could run on the same panels.",
            "The district health office said cases of diarrhoea in the villages had fallen "
            "since the tanks were installed, though it cautioned that its data covered only "
            "one summer.",
        ],
    ),
    story(
        "neelum-steel-bridge",
        "Neelum river footbridge to be rebuilt in steel",
        "Sabeen Mir",
        "2026-01-09T13:00:00+05:00",
        "AJK",
        [
            "MUZAFFARABAD, Jan 9: A wooden suspension bridge that links three villages across "
            "the Neelum river will be replaced with a steel structure before the monsoon, the "
            "works department said on Friday.",
            "The old bridge sways in strong wind and has been closed to motorcycles since a "
            "cable snapped in October, forcing schoolchildren to walk an extra hour to reach "
            "their classes.",
            "Engineers said the new bridge would carry light vehicles and ambulances, and "
            "would be built about thirty metres upstream on firmer rock.",
            "Villagers asked that the old crossing be kept open for pedestrians until the new "
            "one is finished.",
        ],
        place="Muzaffarabad",
    ),
    story(
        "hyderabad-clock-tower",
        "Restoration begins on Hyderabad's old clock tower",
        "Aftab Soomro",
        "2026-03-03T15:30:00+05:00",
        "Sindh",
        [
            "HYDERABAD, Mar 3 (APP): Restoration work began on Tuesday on the clock tower in "
            "Hyderabad's old market, a landmark that has not kept time for more than a "
            "decade.",
            "The culture department said craftsmen from Thatta would replace broken tiles on "
            "the tower's facade using clay fired in the traditional way.",
            "A watchmaker from the market, who has looked after the tower's mechanism since "
            "his youth, will help engineers restore the original movement.",
            "Shopkeepers around the tower have agreed to move their stalls back by two metres "
            "while scaffolding is in place.",
        ],
        agency="APP",
        place="Hyderabad",
    ),
    story(
        "nagar-apricot-dryers",
        "Apricot growers in Nagar try solar dryers",
        "Hasina Baig",
        "2026-07-04T10:10:00+05:00",
        "Gilgit-Baltistan",
        [
            "GILGIT: Apricot growers in Nagar valley are testing solar dryers that they hope "
            "will cut the losses they suffer when fruit is left to dry on rooftops and "
            "attracts dust and insects.",
            "A farmers' cooperative bought twenty dryers with a grant from a development bank "
            "and lends them to growers in turn during the harvest.",
            "Growers said apricots dried in the closed boxes kept their colour and fetched a "
            "better price from buyers in Islamabad and Lahore.",
            "The cooperative plans to build its own dryers next year using local carpenters "
            "and imported plastic sheeting.",
        ],
        place="Gilgit",
    ),
    story(
        "quetta-university-bus",
        "Quetta's women-only buses add a university route",
        "Mahnoor Kakar",
        "2026-02-23T08:50:00+05:00",
        "Balochistan",
        [
            "QUETTA: The women-only bus service in Quetta added a route to the university "
            "campus on Monday, after students said they spent up to a third of their monthly "
            "allowance on rickshaw fares.",
            "Four buses will run every twenty minutes between the city centre and the campus "
            "from seven in the morning until five in the afternoon, the provincial transport "
            "department said.",
            "Students at the launch said the old routes had been too crowded at peak hours "
            "and that many young women had stopped attending morning lectures.",
            "The department said all the drivers on the new route had been trained in first "
            "aid and that each bus carried a female conductor.",
            "A fare of twenty rupees will be charged for any journey, with free travel during "
            "the first month for students who show a valid card.",
        ],
        place="Quetta",
    ),
    story(
        "mardan-cane-protest",
        "Cane farmers block highway as Mardan mills delay crushing",
        "Reuters",
        "2026-11-11T12:45:00+00:00",
        "Khyber Pakhtunkhwa",
        [
            "MARDAN, Pakistan (Reuters) - Sugar cane farmers blocked a highway near Mardan for "
            "several hours on Wednesday to protest a delay in the start of crushing at local "
            "mills, which they said was leaving their crop to dry in the fields.",
            "The mills usually begin crushing in early November, but owners said this year "
            "they were waiting for the provincial government to announce the official price "
            "for cane.",
            "Farmers said every week of delay cost them weight in the cane, and that they "
            "needed the money to sow wheat on the same land.",
            "Police cleared the road by the evening after district officials promised to hold "
            "talks between farmers and mill owners on Friday.",
            "Mill owners did not respond to requests for comment.",
        ],
        agency="Reuters",
        place="Mardan",
    ),
    story(
        "shisper-lake-watch",
        "Engineers watch Shisper glacier lake as temperatures rise",
        "Ejaz Karim",
        "2026-05-02T07:15:00+05:00",
        "Gilgit-Baltistan",
        [
            "Engineers have set up cameras and a water-level gauge at the lake formed behind "
            "the Shisper glacier in Hunza, which has flooded the Karakoram Highway in past "
            "summers.",
            "The lake fills each spring as meltwater is trapped by the advancing ice, and has "
            "in some years drained suddenly through tunnels under the glacier.",
            "A team from the disaster management authority visits the site weekly, and "
            "villagers in Hassanabad have been told to keep a bag packed during the warmest "
            "weeks.",
            "Residents said they were grateful for the warnings but wanted a lasting solution "
            "for the bridge, which was washed away once and rebuilt with a higher span.",
            "Officials said a study of the glacier's movement would be published before the "
            "summer.",
        ],
    ),
    story(
        "sukkur-barrage-gate",
        "Sukkur barrage gate repaired before kharif sowing",
        "Staff Reporter",
        "2026-04-12T18:20:00+05:00",
        "Sindh",
        [
            "SUKKUR: Irrigation engineers finished replacing a damaged gate at the Sukkur "
            "barrage on Sunday, two weeks before water is due to be released into canals for "
            "the kharif sowing season.",
            "The gate, one of sixty-six on the barrage, cracked last year and had been held in "
            "place with steel props, limiting how much water could pass through its bay.",
            "Engineers said the new gate was made in Lahore and brought to Sukkur in three "
            "sections by road, then welded together on site.",
            "Growers along the Rohri canal had feared that a delay would cut supplies to "
            "cotton fields in Khairpur and Nawabshah.",
            "The irrigation department said inspections of the remaining gates would continue "
            "through the winter closure next year.",
        ],
        place="Sukkur",
    ),
    story(
        "mirpur-property",
        "Mirpur property prices cool as remittances slow",
        "Usman Raja",
        "2026-09-19T10:00:00+05:00",
        "AJK",
        [
            "Prices for residential plots in Mirpur have fallen for the third quarter in a "
            "row, estate agents say, as families abroad send less money home to invest in "
            "property.",
            "For decades the city has been shaped by remittances from relatives in Britain, "
            "and rows of large houses stand empty for most of the year, opened only when their "
            "owners visit in the summer.",
            "Agents in the city's main market said buyers were now asking to pay in "
            "instalments, and that several housing schemes had stopped building after selling "
            "fewer plots than planned.",
            "Some residents welcomed the slowdown, saying young families who work in the city "
            "had been priced out of the market.",
            "A bank manager said deposits into overseas accounts had held steady, suggesting "
            "families were saving rather than buying.",
        ],
    ),
    story(
        "kech-date-harvest",
        "Kech date growers expect big harvest but lack storage",
        "Our Correspondent",
        "2026-08-14T17:10:00+05:00",
        "Balochistan",
        [
            "TURBAT, Aug 14 (PPI): Date growers in Kech district expect their largest harvest "
            "in five years after a wet spring, but say they lack cold storage to keep the fruit "
            "from spoiling before it reaches buyers.",
            "Growers said most of the crop would be sold fresh at low prices within weeks of "
            "picking, because only two small cold stores operate in the district.",
            "Traders from Karachi usually buy the better varieties, while the rest is dried in "
            "the sun on palm-leaf mats.",
            "The agriculture department said it had asked the provincial government to fund a "
            "processing unit in Turbat, where dates could be sorted, packed and stored.",
            "Farmers also asked for repairs to the karez channels that water many of the older "
            "orchards.",
        ],
        agency="PPI",
        place="Turbat",
    ),
]

NOISY_UR = [
    story(
        "urdu-skardu-flights",
        "اسکردو کے لیے سردیوں میں بھی پروازیں جاری رہیں گی",
        "نمائندہ خصوصی",
        "2026-11-02T09:30:00+05:00",
        "گلگت بلتستان",
        [
            "اسکردو: قومی ایئرلائن نے اعلان کیا ہے کہ اس سال سردیوں کے دوران بھی اسلام آباد اور "
            "اسکردو کے درمیان ہفتے میں چار پروازیں جاری رہیں گی۔",
            "گزشتہ برسوں میں موسم خراب ہونے کی وجہ سے دسمبر سے فروری تک اکثر پروازیں منسوخ ہو "
            "جاتی تھیں اور مسافروں کو کئی کئی دن انتظار کرنا پڑتا تھا۔",
            "ایئرپورٹ حکام کے مطابق رن وے پر نئی روشنیاں نصب کی گئی ہیں جن کی مدد سے کم روشنی "
            "میں بھی جہاز اتر سکیں گے۔",
            "مقامی تاجروں نے فیصلے کا خیرمقدم کیا اور کہا کہ اس سے سرمائی سیاحت کو فروغ ملے گا۔",
        ],
        place="اسکردو",
        lang="ur",
    ),
    story(
        "urdu-qissa-khwani",
        "قصہ خوانی بازار کی پرانی عمارتوں کی مرمت کا آغاز",
        "اسٹاف رپورٹر",
        "2026-04-06T14:00:00+05:00",
        "خیبر پختونخوا",
        [
            "پشاور (اے پی پی) محکمہ آثار قدیمہ نے قصہ خوانی بازار کی سو سال سے زیادہ پرانی "
            "عمارتوں کی مرمت کا کام شروع کر دیا ہے۔",
            "منصوبے کے تحت لکڑی کی بالکونیوں اور جھروکوں کو اصل انداز میں بحال کیا جائے گا اور "
            "بجلی کے لٹکتے تاروں کو زیر زمین منتقل کیا جائے گا۔",
            "بازار کے دکانداروں نے کہا کہ مرمت کے دوران کاروبار متاثر ہوگا، تاہم وہ اس کام کی "
            "حمایت کرتے ہیں۔",
            "حکام کا کہنا ہے کہ منصوبے کا پہلا مرحلہ آٹھ ماہ میں مکمل ہوگا۔",
        ],
        agency="APP",
        place="پشاور",
        lang="ur",
    ),
    story(
        "urdu-mirpurkhas-mango",
        "میرپورخاص میں آم کی فصل بارشوں سے متاثر",
        "فہمیدہ لغاری",
        "2026-06-03T12:15:00+05:00",
        "سندھ",
        [
            "میرپورخاص اور گردونواح میں حالیہ بے موسمی بارشوں اور تیز ہواؤں نے آم کی فصل کو "
            "نقصان پہنچایا ہے اور کاشتکاروں کے مطابق پیداوار میں کمی کا خدشہ ہے۔",
            "باغبانوں کا کہنا ہے کہ تیز ہوا سے کچا پھل درختوں سے گر گیا جسے منڈی میں انتہائی کم "
            "قیمت پر فروخت کرنا پڑا۔",
            "محکمہ زراعت نے نقصانات کا سروے شروع کر دیا ہے اور کاشتکاروں کو ہدایت کی ہے کہ وہ "
            "گرا ہوا پھل باغ میں نہ چھوڑیں تاکہ بیماری نہ پھیلے۔",
            "آم کے تاجروں کا کہنا ہے کہ اس سال برآمدی آرڈر پورے کرنے میں مشکلات پیش آ سکتی ہیں۔",
        ],
        lang="ur",
    ),
]

# Clean pages: body text full of words and shapes that look like noise.
CLEAN_QA = story(
    "glacier-interview",
    "Q&A: 'The glacier does not read our reports'",
    "Bilal Shigri",
    "2026-06-11T09:00:00+05:00",
    "Gilgit-Baltistan",
    [
        "Nargis Hunzai has spent eleven summers measuring the glaciers above the Hunza valley. "
        "She spoke to us in Karimabad about flood warnings, phone apps and why villagers trust "
        "the old watchmen more than any sensor.",
        (
            "qq",
            "Q: Your team put out a flood-warning app last year. How many people downloaded it?",
        ),
        "A: About four thousand, which sounds small until you remember how few phones get a "
        "signal in the upper villages. The download is not the hard part. Getting people to "
        "open it in May is.",
        ("qq", "Q: Do villagers share the alerts?"),
        "A: They share everything. One alert goes to a cousin, who reads it aloud after prayers, "
        "and by evening the whole village knows. That is the network we rely on.",
        ("qq", "Q: What should readers in the cities follow this summer?"),
        "A: Follow the temperature, not the headlines. Three hot nights in a row matter more "
        "than any single storm.",
        ("qq", "Q: Is there anything you would change?"),
        "A: Yes. I would pay the watchmen. They sit by the streams all night and nobody thanks "
        "them.",
        ("qq", "Q: Last question. Do you comment on social media about your work?"),
        "A: Rarely. The glacier does not read the comments, and neither do I.",
        "This interview has been edited for length and clarity.",
    ],
)

CLEAN_PHOTO = story(
    "keenjhar-photo-story",
    "Salt, wind and nets: a morning on Keenjhar lake",
    "Rubina Jamali",
    "2026-10-04T08:00:00+05:00",
    "Sindh",
    [
        "Keenjhar lake, two hours from Karachi, supplies much of the city's drinking water and "
        "keeps a few thousand fishing families alive. Our photographer spent a morning with one "
        "of them.",
        (
            "cap",
            "Before sunrise, Haji Allah Bachayo checks the nets his sons mended the night "
            "before. He has fished this lake for fifty-one years.",
        ),
        (
            "cap",
            "The boats leave in a line. This photo was taken from the bow of the third, "
            "where the youngest son, Ghulam, steers with a pole.",
        ),
        (
            "cap",
            "By seven the first catch is in: small rohu and a few tilapia. The family says "
            "the fish were twice as large when Haji Allah Bachayo was a boy.",
        ),
        (
            "cap",
            "Women from the village sort and salt the fish on the shore. Most of it is sold "
            "to a trader who drives it to the markets of Thatta.",
        ),
        (
            "cap",
            "Plastic bottles gather at the lake's edge after every weekend. Ghulam collects "
            "them and sells them by the kilo.",
        ),
        (
            "cap",
            "By noon the wind rises and the boats come home. Tomorrow they will go out "
            "again, if the wind allows.",
        ),
    ],
)

CLEAN_LIVE = story(
    "kkh-landslides-live",
    "Live: Karakoram Highway reopens after overnight landslides",
    "Karakoram Post live desk",
    "2026-07-21T16:40:00+05:00",
    "Gilgit-Baltistan",
    [
        "The Karakoram Highway between Chilas and Gilgit was blocked in four places by "
        "landslides overnight. Follow our live updates here as crews work to reopen it.",
        (
            "lb",
            "16:40 The highway is fully open in both directions. This live page ends here; "
            "thank you for reading and for sending us your photos.",
        ),
        (
            "lb",
            "15:05 Readers have asked whether buses are running. The two main coach "
            "companies say their evening departures from Rawalpindi will leave on time.",
        ),
        (
            "lb",
            "13:20 A reader in Jaglot shared a photo of the queue of trucks, which she says "
            "stretches for about two kilometres.",
        ),
        (
            "lb",
            "11:45 The second slide, near the Thalichi bend, is cleared. Engineers are now "
            "working on the largest one.",
        ),
        (
            "lb",
            "10:10 Police ask drivers not to stop under the rock faces to take pictures. "
            "\u201cPeople want the photo, but the hill is still moving,\u201d one officer told us.",
        ),
        (
            "lb",
            "08:30 Crews from the highway authority have reached the first blocked section "
            "near Chilas with two bulldozers.",
        ),
        (
            "lb",
            "07:00 Good morning. We will post updates here through the day. Send a comment "
            "or a correction to our desk and we will read every one.",
        ),
    ],
)

CLEAN_LISTS = story(
    "sindh-housing-grant-explainer",
    "Explained: how to apply for Sindh's flood-housing grant",
    "Zubair Khoso",
    "2026-02-02T10:30:00+05:00",
    "Sindh",
    [
        "The Sindh government has opened applications for the second round of its housing grant "
        "for families whose homes were destroyed in floods. Here is what you need to know.",
        ("h2", "Who can apply"),
        (
            "li",
            "Families whose house was listed as fully or partly damaged in the official survey.",
        ),
        ("li", "Widows and people with disabilities, whose claims will be processed first."),
        ("li", "Tenants, if the owner signs a no-objection letter."),
        ("h2", "How to apply"),
        (
            "ol",
            "Download the application form from the provincial housing app, or collect a "
            "paper copy from your union council.",
        ),
        ("ol", "Attach a copy of your identity card and a photo of the damaged house."),
        (
            "ol",
            "Submit the form at the union council office, where a member of the verification "
            "team will sign it.",
        ),
        ("ol", "Follow the progress of your claim by SMS; the code is printed on your receipt."),
        ("h2", "Things to watch"),
        "Officials say no agent or middleman is needed, and that anyone asking for a fee should "
        "be reported.",
        "The grant is paid in three instalments, each released after an inspector checks the "
        "building work.",
        "Read the fine print: families who received money in the first round cannot apply again.",
    ],
)

CLEAN_TABLE = story(
    "sindh-wheat-targets",
    "Wheat procurement: what each Sindh district will buy",
    "Commerce Desk",
    "2026-04-02T13:00:00+05:00",
    "Sindh",
    [
        "The food department on Thursday published the amount of wheat it plans to buy from "
        "growers in each district this season.",
        ("th", "District | Centres | Target (tonnes)"),
        ("tr", "Hyderabad | 14 | 52,000"),
        ("tr", "Sukkur | 11 | 41,500"),
        ("tr", "Larkana | 12 | 47,000"),
        ("tr", "Mirpurkhas | 9 | 33,000"),
        ("tr", "Shaheed Benazirabad | 13 | 49,500"),
        "Growers must register with their union council before selling.",
        "Bags will be issued at each centre from Monday.",
        "Growers with related complaints, such as faulty scales, can call a helpline that will "
        "run until the end of May.",
        "Farmers' groups said the targets were too low.",
    ],
)

CLEAN_ONELINERS = story(
    "muzaffarabad-hawker",
    "The last newspaper hawker of Muzaffarabad's old bazaar",
    "Adeel Awan",
    "2026-12-06T07:30:00+05:00",
    "AJK",
    [
        "Every morning at five, Ghulam Rasool collects his bundle at the bus stand.",
        "He is seventy-three.",
        "He reads every paper before he sells one.",
        "Then he shares the news with anyone who stops.",
        "His customers once numbered three hundred.",
        "Now there are forty, most of them older than him.",
        "\u201cThe young ones read on the phone,\u201d he says. \u201cThey do not need me.\u201d",
        "He has never downloaded an app.",
        "He does keep a list of subscribers, in pencil, in a school notebook.",
        "When one of them dies, he draws a line through the name and sits quietly for a while.",
        "Then he walks on.",
    ],
)

CLEAN_QUOTES = story(
    "thar-coal-voices",
    "Voices from the Thar coal belt",
    "Kavita Meghwar",
    "2026-09-07T11:00:00+05:00",
    "Sindh",
    [
        "As the coalfields at Islamkot expand, we asked people who live around them what has "
        "changed. Their words have been lightly edited.",
        (
            "q",
            "\u201cThe company sponsored a water plant in our village. It works when there is "
            "electricity.\u201d",
        ),
        "Mukhi Parmanand, village elder",
        (
            "q",
            "\u201cHalf the village is related to someone who works at the mine. You cannot say "
            "anything against it at a wedding.\u201d",
        ),
        "Shazia Nohri, 29, schoolteacher",
        (
            "q",
            "\u201cI am a member of the grazing committee. There is less land for our goats "
            "every year.\u201d",
        ),
        "Kheto Mal, 61, herder",
        (
            "q",
            "\u201cFollow the trucks and you will see where the dust goes. It goes into our "
            "kitchens.\u201d",
        ),
        "Rani Bheel, 40, health worker",
        "The mining company said it runs a health camp every month and that dust levels are "
        "checked by an independent laboratory.",
    ],
)

CLEAN_SPONSOR = story(
    "gb-cricket-sponsor",
    "Gilgit cricket league finds a sponsor in an apricot cooperative",
    "Tariq Baltistani",
    "2026-04-19T19:00:00+05:00",
    "Gilgit-Baltistan",
    [
        "GILGIT: The Gilgit-Baltistan cricket league, which nearly folded last year for lack of "
        "money, will go ahead this summer after a women-run apricot cooperative agreed to "
        "sponsor it.",
        "The cooperative's 280 members voted to spend part of last season's profit on the "
        "league, its chair, Shamim Akhtar, said on Sunday.",
        "\u201cWe sell apricots in Lahore and Karachi. This is our advertisement,\u201d she said. "
        "\u201cEvery six is a ball with our name on it.\u201d",
        "Teams from Skardu, Ghizer, Hunza and Astore will take part, and matches will be played "
        "on the newly levelled ground beside the city's polo field.",
        "The league's organiser, Tariq Hussain, said the fixtures would be printed in the "
        "cooperative's monthly newsletter, which goes out to growers in forty villages.",
        "Fans who cannot travel will be able to follow the scores on a local radio station.",
        "Tickets are free, but spectators are asked to subscribe a small sum to a fund for a new "
        "roller for the pitch.",
    ],
    place="Gilgit",
)

CLEAN_TAGGING = story(
    "khunjerab-leopard-collars",
    "Researchers tag two snow leopards near Khunjerab",
    "Sitara Raza",
    "2026-02-14T12:30:00+05:00",
    "Gilgit-Baltistan",
    [
        "Wildlife researchers have fitted satellite collars to two snow leopards in Khunjerab "
        "National Park, the first time the cats have been tagged in the park in almost a "
        "decade.",
        "The collars send a location every four hours. Over the next two years the team hopes "
        "to learn how far the leopards travel in winter, when they follow wild goats down to "
        "the lower valleys.",
        "Both animals, a male and a young female, were caught in padded traps, examined by a "
        "vet and released within an hour.",
        "Herders in nearby villages have agreed to share reports of livestock losses, so that "
        "the researchers can check whether the tagged cats are responsible.",
        "Schools will be able to download a simple map of the leopards' movements each month.",
        "Tag data from earlier studies was lost when the collars failed in the cold. The new "
        "ones have batteries rated to minus forty degrees.",
        "One herder in Sost said he had seen the female twice this winter. \u201cShe is not "
        "shy,\u201d he said. \u201cShe watches us and then she walks away.\u201d",
    ],
)

CLEAN_NEWSLETTER = story(
    "keti-bandar-salt",
    "Why Keti Bandar's fishermen stopped waiting for the river",
    "Marvi Shoro",
    "2026-11-27T06:00:00+05:00",
    "Sindh",
    [
        "Our lead story this week comes from the Indus delta, where the sea now reaches villages "
        "that once grew rice.",
        "In Keti Bandar, fishermen say the river has not reached the sea in most months for "
        "twenty years. Salt has crept up the creeks and into the wells.",
        "Abdul Ghani, 58, used to grow rice on four acres. Now he mends nets and rents his boat "
        "to younger men. \u201cThe land is white with salt,\u201d he said. \u201cEven the goats "
        "will not eat what grows there.\u201d",
        "Many readers wrote in after our last newsletter to ask what can be done. Engineers we "
        "spoke to named three options: letting more water pass the last barrage, replanting "
        "mangroves, and building small embankments around the villages.",
        "None of them is cheap, and none will bring the rice back quickly.",
        "Anyone who subscribes to the water board's flow bulletins can see how little water "
        "passes Kotri in winter. In some weeks it is almost none.",
    ],
)

CLEAN_UR_QA = story(
    "urdu-kotli-teacher",
    "کوٹلی کی استانی: «لڑکیاں اب خود اپنا راستہ چنتی ہیں»",
    "ثمینہ کیانی",
    "2026-03-08T10:00:00+05:00",
    "آزاد کشمیر",
    [
        "کوٹلی کے ایک گاؤں میں نسرین اختر بیس برس سے لڑکیوں کا اسکول چلا رہی ہیں۔ ہم نے ان سے "
        "تعلیم، موبائل فون اور والدین کے بدلتے رویوں پر بات کی۔",
        ("qq", "س: آپ کے اسکول میں اس وقت کتنی طالبات پڑھتی ہیں؟"),
        "ج: ایک سو اسی۔ جب میں نے شروع کیا تھا تو صرف بارہ لڑکیاں تھیں اور وہ بھی میرے رشتہ "
        "داروں کی بیٹیاں۔",
        ("qq", "س: کیا طالبات پڑھائی کے لیے موبائل ایپ استعمال کرتی ہیں؟"),
        "ج: کچھ کرتی ہیں۔ ہم نے اساتذہ کے فون پر ایک ایپ ڈاؤن لوڈ کی ہے جس میں ریاضی کے سبق ہیں۔ "
        "لڑکیاں شام کو اپنی ماؤں کے فون پر وہی سبق دہراتی ہیں۔",
        ("qq", "س: والدین کا رویہ کتنا بدلا ہے؟"),
        "ج: بہت۔ پہلے لوگ پوچھتے تھے کہ لڑکی پڑھ کر کیا کرے گی۔ اب وہی لوگ اپنی بیٹیوں کے رزلٹ "
        "کارڈ کی تصویر رشتہ داروں کے ساتھ شیئر کرتے ہیں۔",
        ("qq", "س: آپ نئی استانیوں کو کیا مشورہ دیں گی؟"),
        "ج: بچوں کی بات سنیں اور اپنے دل کی بات پر عمل کریں۔ تنخواہ کم ہے مگر عزت بہت ہے۔",
        "یہ انٹرویو اختصار کے ساتھ شائع کیا جا رہا ہے۔",
    ],
    lang="ur",
)

CLEAN_UR_LIST = story(
    "urdu-quetta-earthquake-guide",
    "زلزلے کی صورت میں کیا کریں؟ کوئٹہ کے شہریوں کے لیے ہدایات",
    "اسٹاف رپورٹر",
    "2026-10-15T18:30:00+05:00",
    "بلوچستان",
    [
        "کوئٹہ: ضلعی انتظامیہ نے زلزلے سے بچاؤ کے لیے شہریوں کے نام ہدایات جاری کی ہیں جو "
        "اخبارات میں اشتہار کی صورت میں بھی شائع کی جائیں گی۔",
        ("h2", "زلزلے کے دوران"),
        ("ol", "گھبرائیں نہیں اور کسی مضبوط میز کے نیچے پناہ لیں۔"),
        ("ol", "کھڑکیوں اور الماریوں سے دور رہیں۔"),
        ("ol", "اگر آپ باہر ہیں تو عمارتوں اور بجلی کے کھمبوں سے فاصلہ رکھیں۔"),
        ("h2", "زلزلے کے بعد"),
        ("li", "گیس کا والو بند کر دیں۔"),
        ("li", "افواہوں پر یقین نہ کریں اور صرف سرکاری معلومات آگے شیئر کریں۔"),
        ("li", "ریسکیو کی ایپ ڈاؤن لوڈ کر کے اپنے علاقے کی صورتحال معلوم کریں۔"),
        "انتظامیہ کے مطابق ہر یونین کونسل میں رضاکاروں کی فہرست تیار کی جا رہی ہے۔",
        "شہری مزید معلومات کے لیے ہیلپ لائن پر رابطہ کر سکتے ہیں۔",
    ],
    place="کوئٹہ",
    lang="ur",
)


# --- noise ---------------------------------------------------------------------------

HEADLINES = [
    "Cold wave shuts schools in Ziarat for a week",
    "Pipeline leak halts gas supply to Nushki",
    "Kayakers cross Attabad lake in record time",
    "Textile workers in Kotri demand a wage review",
    "Mine-clearing survey begins near Leepa valley",
    "Polio teams reach Bajaur's most remote hamlets",
    "Seawater creeps further up the Indus delta creeks",
    "Morel mushroom prices soar in Kaghan",
    "Khuzdar girls' hostel finally opens its doors",
    "Rawalakot cricket ground gets floodlights",
    "Snow leopard filmed near Passu village",
    "Larkana hospital adds a dialysis ward",
    "Kurram road reopens after three-month closure",
    "Rain spoils stock at Dera Ismail Khan date market",
    "Jeep fares to Shimshal rise with fuel prices",
    "Noshki wind farm connected to the grid",
]

UR_HEADLINES = [
    "کوئٹہ میں شدید سردی، گیس کا پریشر کم",
    "گلگت میں نئی پبلک لائبریری کا افتتاح",
    "مظفرآباد میں ٹریفک کا نیا نظام نافذ",
    "حیدرآباد میں آم میلہ کل سے شروع ہوگا",
    "چترال میں برفباری سے رابطہ سڑکیں بند",
    "گوادر کے ماہی گیروں کے لیے نئی کشتیاں",
    "سوات میں سیاحوں کے لیے نیا ٹریک کھول دیا گیا",
]


def links(items: list[str], tag: str = "li", prefix: str = "/news") -> str:
    return "".join(
        f'<{tag}><a href="{prefix}/{i + 31}">{esc(h)}</a></{tag}>' for i, h in enumerate(items)
    )


NoiseMaker = Callable[[random.Random], Noise]


def linked_stories(rng: random.Random) -> Noise:
    items = rng.sample(HEADLINES, 3)
    head = "Stories linked to this one"
    return Noise(f"<h4>{head}</h4><ul>{links(items)}</ul>", [head, *items])


def opened_most(rng: random.Random) -> Noise:
    items = rng.sample(HEADLINES, 5)
    head = "What readers opened most today"
    return Noise(
        f'<div class="mr-widget" data-widget="popular"><h3 class="mr-widget__title">{head}</h3>'
        f"<ol>{links(items)}</ol></div>",
        [head, *items],
    )


def hot_right_now(rng: random.Random) -> Noise:
    items = rng.sample(HEADLINES, 4)
    rows = "".join(
        f'<div><a href="/n/{i}">{esc(h)}</a> <span>{(i + 3) * 4}k views</span></div>'
        for i, h in enumerate(items)
    )
    head = "Hot on the site right now"
    return Noise(f"<div><div><b>{head}</b></div>{rows}</div>", [head, *items])


def editors_shelf(rng: random.Random) -> Noise:
    items = rng.sample(HEADLINES, 3)
    cards = "".join(
        f'<div class="ep-card"><img src="/thumbs/{i}.webp" alt=""><a href="/e/{i}">{esc(h)}</a>'
        "</div>"
        for i, h in enumerate(items)
    )
    head = "From the editors' shelf"
    return Noise(f'<section class="ed-picks"><h2>{head}</h2>{cards}</section>', [head, *items])


def tap_keep_going(rng: random.Random) -> Noise:
    h = rng.choice(HEADLINES)
    return Noise(
        f'<p><a href="/k/2">Tap to keep going: {esc(h)} &rarr;</a></p>', ["Tap to keep going", h]
    )


def see_also_dash(rng: random.Random) -> Noise:
    h = rng.choice(HEADLINES)
    return Noise(f'<p><strong>See also \u2014</strong> <a href="/s/4">{esc(h)}</a></p>', [h])


def worth_your_time(rng: random.Random) -> Noise:
    h = rng.choice(HEADLINES)
    return Noise(
        f'<p><em>Worth your time:</em> <a href="/w/7">{esc(h)}</a></p>', ["Worth your time:", h]
    )


def next_story(rng: random.Random) -> Noise:
    h = rng.choice(HEADLINES)
    return Noise(
        f'<div><span>Next story</span> <a href="/n/88">{esc(h)}</a></div>', ["Next story", h]
    )


def handpicked(rng: random.Random) -> Noise:
    items = rng.sample(HEADLINES, 4)
    cards = "".join(
        f'<a class="rc-tile" href="/r/{i}"><span class="rc-tile__h">{esc(h)}</span></a>'
        for i, h in enumerate(items)
    )
    head = "Handpicked for you"
    return Noise(
        f'<div class="rcmd-grid" data-source="recs-v3"><h3>{head}</h3>{cards}</div>', [head, *items]
    )


def inbox_friday(rng: random.Random) -> Noise:
    text = "The Frontier Letter lands in your inbox every Friday morning."
    return Noise(
        f"<div><p><b>{text}</b> It is free, and you can leave any time.</p>"
        '<form action="/letter"><input type="email" placeholder="you@example.com">'
        "<button>Count me in</button></form></div>",
        [text, "Count me in"],
    )


def free_account(rng: random.Random) -> Noise:
    text = "Make a free account to unlock three more reports this month."
    return Noise(
        f'<div class="regwall"><p>{text}</p><a href="/register">Register</a></div>',
        ["Make a free account to unlock"],
    )


def app_faster(rng: random.Random) -> Noise:
    text = "Our reporting loads twice as fast in the app. Get it for Android or iPhone."
    return Noise(f'<p><a href="/get-app">{text}</a></p>', ["loads twice as fast in the app"])


def smart_banner(rng: random.Random) -> Noise:
    return Noise(
        '<div class="smartbanner"><span class="sb-name">Read it in the app</span>'
        '<span class="sb-store">Free on Google Play</span><a href="/app">Open</a></div>',
        ["Read it in the app", "Free on Google Play"],
    )


def meter(rng: random.Random) -> Noise:
    left = rng.choice(["two", "three", "four"])
    a = f"You have read {left} of your five free stories this month."
    b = "Unlock everything from Rs 249 a month"
    return Noise(
        f'<div class="paywall-meter" data-meter="soft"><p>{a}</p><a href="/subscribe">{b}</a>'
        "</div>",
        [a, b],
    )


def sign_in_bare(rng: random.Random) -> Noise:
    return Noise(
        "<p>Subscribers: sign in here to carry on reading without limits.</p>",
        ["sign in here to carry on reading"],
    )


def membership_appeal(rng: random.Random) -> Noise:
    return Noise(
        "<div><h4>Nobody owns us.</h4><p>Our reporters in the hills are paid by readers like you. "
        'Join as a member from Rs 400 a month.</p><a href="/join">Join</a></div>',
        ["Nobody owns us", "Join as a member from Rs 400"],
    )


def donate_strip(rng: random.Random) -> Noise:
    text = "Keep the lights on in a small newsroom: give once, or give every month."
    return Noise(
        f'<aside class="donate-cta"><p>{text}</p><button>Give now</button></aside>',
        ["Keep the lights on in a small newsroom", "Give now"],
    )


def share_bar(rng: random.Random) -> Noise:
    count = f"{rng.randint(11, 48) / 10:.1f}k shares"
    return Noise(
        '<div class="social-share"><span>Pass this on</span><a href="#" data-net="wa">WhatsApp'
        '</a><a href="#" data-net="fb">Facebook</a><a href="#" data-net="tg">Telegram</a>'
        f"<span>{count}</span></div>",
        ["Pass this on", count],
    )


def forward_bare(rng: random.Random) -> Noise:
    return Noise(
        '<p>Forward this story: <a href="#">WhatsApp</a> \u00b7 <a href="#">Facebook</a> '
        '\u00b7 <a href="#">Telegram</a> \u00b7 <a href="#">Copy link</a></p>',
        ["Forward this story"],
    )


def author_box(rng: random.Random) -> Noise:
    name, beat = rng.choice(
        [
            ("Zarmina Achakzai", "health and schools across northern Balochistan"),
            ("Haris Yousafzai", "courts and policing in Peshawar"),
            ("Sundus Chandio", "farming and water along the lower Indus"),
        ]
    )
    text = f"{name} has covered {beat} for nine years."
    return Noise(
        f'<div class="author-box"><img src="/authors/{name.split()[0].lower()}.jpg" alt="">'
        f"<p>{text} Write to her team at desk@newsroom.example</p></div>",
        [text],
    )


def writer_note_bare(rng: random.Random) -> Noise:
    text = "The writer is a freelance journalist in Abbottabad who reports on labour and migration."
    return Noise(f"<p><i>{text}</i></p>", [text])


def comments_thread(rng: random.Random) -> Noise:
    return Noise(
        "<div><h3>Readers respond (3)</h3>"
        "<div><b>Qadir B.</b><p>Took them long enough, but good news.</p></div>"
        "<div><b>Farzana</b><p>Please report on our tehsil next.</p></div>"
        "<div><b>M. Jatoi</b><p>Who pays for the upkeep?</p></div>"
        '<a href="/login">Log in to add your voice</a></div>',
        [
            "Readers respond (3)",
            "Took them long enough, but good news",
            "Please report on our tehsil next",
            "Log in to add your voice",
        ],
    )


def comment_rules(rng: random.Random) -> Noise:
    return Noise(
        '<div class="cmt-rules"><p>House rules: keep it civil, stay on topic, no abuse. Responses '
        "are checked by a moderator before they appear.</p></div>",
        ["House rules: keep it civil", "checked by a moderator before they appear"],
    )


def opinion_disclaimer(rng: random.Random) -> Noise:
    return Noise(
        "<p><small>Opinions in reader responses belong to their writers alone and are not "
        "endorsed by this newspaper.</small></p>",
        ["belong to their writers alone"],
    )


def loading_mount(rng: random.Random) -> Noise:
    return Noise(
        '<div id="cmt-mount" data-thread="t-5521"><p>Fetching reader responses\u2026</p></div>',
        ["Fetching reader responses"],
    )


def loading_bare(rng: random.Random) -> Noise:
    return Noise(
        "<div>Responses are loading, hang on a moment\u2026</div>", ["Responses are loading"]
    )


def photo_line(rng: random.Random) -> Noise:
    return Noise("<p>Photograph: Gul Hamaad / Frontier Lens</p>", ["Gul Hamaad / Frontier Lens"])


def image_paren(rng: random.Random) -> Noise:
    return Noise("<p>(Image: Sikandar Baig / staff)</p>", ["Sikandar Baig / staff"])


def follow_handles(rng: random.Random) -> Noise:
    return Noise(
        "<p>Stay with us on Instagram, Threads and TikTok: @valleydesk</p>",
        ["Stay with us on Instagram", "@valleydesk"],
    )


def tagged_line(rng: random.Random) -> Noise:
    tags = rng.sample(["Water", "Farming", "Transport", "Weather", "Heritage", "Energy"], 3)
    anchors = " ".join(f'<a href="/tag/{t.lower()}">{t}</a>' for t in tags)
    return Noise(f"<div>Tagged: {anchors}</div>", ["Tagged:"])


def topics_cloud(rng: random.Random) -> Noise:
    tags = rng.sample(["Indus", "Glaciers", "Budget", "Schools", "Roads", "Markets"], 4)
    lis = "".join(f'<li><a href="/topic/{t.lower()}">{t}</a></li>' for t in tags)
    return Noise(
        f'<div class="tag-cloud"><h5>Topics in this story</h5><ul>{lis}</ul></div>',
        ["Topics in this story"],
    )


def advert_slot(rng: random.Random) -> Noise:
    return Noise(
        f'<div class="adunit" data-slot="mid-{rng.randint(1, 4)}"><span>Advertisement</span>'
        '<div style="min-height:250px"></div></div>',
        ["Advertisement"],
    )


def advert_bare(rng: random.Random) -> Noise:
    return Noise(
        "<div><small>\u2014 Advertisement \u2014</small></div><div></div>", ["Advertisement"]
    )


def partner_box(rng: random.Random) -> Noise:
    return Noise(
        "<aside><h6>Partner content</h6><p>Sunrise Cement: forty years of building the roads "
        'of Sindh. <a href="/p/sunrise">Find a dealer near you</a>.</p></aside>',
        ["Partner content", "forty years of building the roads of Sindh"],
    )


def sponsored_by(rng: random.Random) -> Noise:
    return Noise(
        '<div class="sponsored"><p>Brought to you by Chenab Mobile: unlimited data for '
        "students at Rs 15 a day.</p></div>",
        ["Brought to you by Chenab Mobile"],
    )


def podcast_promo(rng: random.Random) -> Noise:
    return Noise(
        "<p>\U0001f3a7 Listen: this week on The Indus Hour, we sail with the last boat-builders "
        "of Keti Bandar. Find it wherever you get podcasts.</p>",
        ["The Indus Hour", "wherever you get podcasts"],
    )


def video_promo(rng: random.Random) -> Noise:
    return Noise(
        '<div class="vid-promo"><a href="/video/babusar"><img src="/v/thumb.jpg" alt="">'
        "<span>Watch: our crew rides the first bus over the Babusar Pass at dawn (4:12)</span>"
        "</a></div>",
        ["rides the first bus over the Babusar Pass"],
    )


def whatsapp_prompt(rng: random.Random) -> Noise:
    return Noise(
        '<p><b>Breaking news from the valleys, straight to your WhatsApp.</b> <a href="/wa">'
        "Tap to join our channel</a></p>",
        ["straight to your WhatsApp", "Tap to join our channel"],
    )


def push_prompt(rng: random.Random) -> Noise:
    return Noise(
        '<div class="push-ask" role="dialog"><p>Turn on alerts? We only ping you when something '
        "big happens.</p><button>Not now</button><button>Turn on</button></div>",
        ["We only ping you when something big happens"],
    )


# Where a kind of noise is drawn for: inside the body (between paragraphs), right after
# the last paragraph, or outside the article container.
BETWEEN = [
    see_also_dash,
    worth_your_time,
    tap_keep_going,
    linked_stories,
    advert_slot,
    advert_bare,
    meter,
    sign_in_bare,
    app_faster,
    whatsapp_prompt,
    podcast_promo,
    video_promo,
    partner_box,
    photo_line,
    image_paren,
    inbox_friday,
    hot_right_now,
    free_account,
]
AFTER_LAST = [
    tagged_line,
    topics_cloud,
    forward_bare,
    share_bar,
    author_box,
    writer_note_bare,
    comments_thread,
    comment_rules,
    opinion_disclaimer,
    loading_bare,
    follow_handles,
    membership_appeal,
    donate_strip,
    next_story,
    whatsapp_prompt,
    sponsored_by,
]
OUTSIDE = [
    opened_most,
    hot_right_now,
    editors_shelf,
    handpicked,
    linked_stories,
    smart_banner,
    push_prompt,
    inbox_friday,
    loading_mount,
    comments_thread,
    donate_strip,
    sponsored_by,
    advert_slot,
    video_promo,
    membership_appeal,
]


# Urdu noise.


def ur_see_also(rng: random.Random) -> Noise:
    h = rng.choice(UR_HEADLINES)
    return Noise(
        f'<p><strong>یہ خبر بھی پڑھیے:</strong> <a href="/ur/n/7">{esc(h)}</a></p>',
        ["یہ خبر بھی پڑھیے", h],
    )


def ur_related(rng: random.Random) -> Noise:
    items = rng.sample(UR_HEADLINES, 3)
    head = "اس موضوع پر مزید"
    return Noise(f"<h4>{head}</h4><ul>{links(items, prefix='/ur/n')}</ul>", [head, *items])


def ur_most_read(rng: random.Random) -> Noise:
    items = rng.sample(UR_HEADLINES, 4)
    head = "آج سب سے زیادہ پڑھی گئی خبریں"
    return Noise(
        f'<div class="mostread"><h3>{head}</h3><ol>{links(items, prefix="/ur/n")}</ol></div>',
        [head, *items],
    )


def ur_whatsapp(rng: random.Random) -> Noise:
    text = "تازہ خبریں براہِ راست اپنے واٹس ایپ پر پائیں"
    return Noise(
        f'<p>{text} \u2014 <a href="/ur/wa">ہمارا چینل جوائن کیجیے</a></p>',
        [text, "ہمارا چینل جوائن کیجیے"],
    )


def ur_app(rng: random.Random) -> Noise:
    text = "خبریں تیزی سے پڑھنے کے لیے ہماری ایپ ڈاؤن لوڈ کریں"
    return Noise(f'<div class="app-strip"><a href="/ur/app">{text}</a></div>', [text])


def ur_advert(rng: random.Random) -> Noise:
    return Noise(
        '<div class="ad-box"><span>اشتہار</span><div style="height:90px"></div></div>', ["اشتہار"]
    )


def ur_share(rng: random.Random) -> Noise:
    return Noise(
        '<div>اس خبر کو شیئر کیجیے: <a href="#">فیس بک</a> | <a href="#">واٹس ایپ</a> | '
        '<a href="#">ایکس</a></div>',
        ["اس خبر کو شیئر کیجیے"],
    )


def ur_comments(rng: random.Random) -> Noise:
    return Noise(
        '<section class="comments"><h3>قارئین کی رائے</h3><div><b>شاہد</b><p>بہت اچھا اقدام ہے، '
        'مگر دیر سے ہوا۔</p></div><a href="/ur/login">اپنی رائے لکھنے کے لیے لاگ اِن کریں</a>'
        "</section>",
        [
            "قارئین کی رائے",
            "بہت اچھا اقدام ہے، مگر دیر سے ہوا",
            "اپنی رائے لکھنے کے لیے لاگ اِن کریں",
        ],
    )


def ur_loading(rng: random.Random) -> Noise:
    return Noise("<p>تبصرے لوڈ ہو رہے ہیں\u2026</p>", ["تبصرے لوڈ ہو رہے ہیں"])


def ur_disclaimer(rng: random.Random) -> Noise:
    text = "قارئین کے تبصروں سے ادارے کا متفق ہونا لازم نہیں"
    return Noise(f"<p><small>{text}۔</small></p>", [text])


def ur_follow(rng: random.Random) -> Noise:
    text = "ہمیں فیس بک، یوٹیوب اور ٹک ٹاک پر فالو کیجیے"
    return Noise(f'<div class="follow-us">{text}</div>', [text])


def ur_photo(rng: random.Random) -> Noise:
    return Noise("<p>تصویر: نعیم بلوچ / ادارہ</p>", ["نعیم بلوچ / ادارہ"])


def ur_tags(rng: random.Random) -> Noise:
    return Noise(
        '<p>ٹیگز: <a href="/ur/tag/1">موسم</a> <a href="/ur/tag/2">معیشت</a> '
        '<a href="/ur/tag/3">سیاحت</a></p>',
        ["ٹیگز:"],
    )


def ur_newsletter(rng: random.Random) -> Noise:
    text = "صبح کی خبروں کا خلاصہ ای میل پر حاصل کرنے کے لیے سائن اپ کریں"
    return Noise(
        f'<div class="nl-box"><p>{text}</p><input type="email"><button>بھیجیں</button></div>',
        [text],
    )


def ur_push(rng: random.Random) -> Noise:
    text = "نئی خبروں کی اطلاع پانے کے لیے نوٹیفکیشن آن کریں"
    return Noise(
        f"<div><p>{text}</p><button>ابھی نہیں</button><button>اجازت دیں</button></div>", [text]
    )


UR_BETWEEN = [ur_see_also, ur_advert, ur_app, ur_whatsapp, ur_photo, ur_related]
UR_AFTER = [ur_share, ur_tags, ur_disclaimer, ur_follow, ur_loading, ur_comments]
UR_OUTSIDE = [ur_most_read, ur_newsletter, ur_push, ur_comments, ur_related]


# --- rendering of article blocks -------------------------------------------------------

GROUP_OF = {"li": "ul", "ol": "ol", "th": "table", "tr": "table"}
DEFAULT_FMT = {
    "p": "<p>{}</p>",
    "h2": "<h2>{}</h2>",
    "qq": "<p><strong>{}</strong></p>",
    "q": "<blockquote><p>{}</p></blockquote>",
    "li": "<li>{}</li>",
    "ol": "<li>{}</li>",
    "cap": '<figure><img src="/media/photo-{n}.jpg" alt="" loading="lazy">'
    "<figcaption>{}</figcaption></figure>",
    "lb": '<div class="entry" id="e{n}"><p><time>{t}</time> {}</p></div>',
    "ul": "<ul>",
    "/ul": "</ul>",
    "ol+": "<ol>",
    "/ol": "</ol>",
    "table": "<table>",
    "/table": "</table>",
}


def render(s: Story, inside: dict[int, list[Noise]], **fmt: str) -> str:
    """The article's blocks with noise after block i (-1: before the first).

    ``fmt`` overrides DEFAULT_FMT per kind; ``wrap`` (if given) wraps each ungrouped block.
    """
    f = {**DEFAULT_FMT, **fmt}
    wrap = fmt.get("wrap")
    out = [n.html for n in inside.get(-1, [])]
    group: str | None = None

    def close() -> None:
        nonlocal group
        if group:
            out.append(f["/" + group])
        group = None

    for i, (kind, text) in enumerate(zip(s.kinds, s.article.paragraphs, strict=True)):
        g = GROUP_OF.get(kind)
        if g != group:
            close()
            if g:
                out.append(f["ol+" if g == "ol" else g])
            group = g
        if kind in ("th", "tr"):
            cell = "th" if kind == "th" else "td"
            block = "<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in text.split(" | "))
            block += "</tr>"
        elif kind == "lb":
            t, rest = text.split(" ", 1)
            block = f["lb"].format(esc(rest), t=t, n=i)
        else:
            block = f[kind].format(esc(text), n=i)
        if wrap and not g:
            block = wrap.format(block, n=i)
        out.append(block)
        if i in inside:
            close()
            out.extend(n.html for n in inside[i])
    close()
    if s.article.tail:
        out.append(f["p"].format(esc(s.article.tail)))
    out.extend(n.html for n in inside.get(len(s.article.paragraphs), []))
    return "\n".join(out)


def outside_html(outside: list[Noise], k: int | None = None) -> str:
    return "".join(n.html for n in (outside if k is None else outside[k : k + 1]))


# --- chrome ---------------------------------------------------------------------------

SECTIONS = {
    "en": [
        "Balochistan",
        "Gilgit-Baltistan",
        "Khyber Pakhtunkhwa",
        "Sindh",
        "AJK",
        "Business",
        "Sport",
        "Opinion",
        "Video",
        "Weather",
    ],
    "ur": [
        "بلوچستان",
        "گلگت بلتستان",
        "خیبر پختونخوا",
        "سندھ",
        "آزاد کشمیر",
        "کھیل",
        "کاروبار",
        "کالم",
    ],
}
LABELS = {
    "en": {
        "home": "Home",
        "search": "Search",
        "about": "About us",
        "contact": "Contact",
        "privacy": "Privacy policy",
        "terms": "Terms of use",
        "rights": "All rights reserved.",
        "by": "By",
    },
    "ur": {
        "home": "صفحہ اول",
        "search": "تلاش",
        "about": "ہمارے بارے میں",
        "contact": "رابطہ",
        "privacy": "پرائیویسی پالیسی",
        "terms": "شرائط",
        "rights": "جملہ حقوق محفوظ ہیں۔",
        "by": "",
    },
}
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

ANALYTICS = (
    "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
    "gtag('js',new Date());gtag('config','G-7QK2M4XP');"
)
AD_LOADER = (
    "var slots=window.slots||[];document.querySelectorAll('[data-slot]').forEach(function(e)"
    "{slots.push(e.dataset.slot)});window.slots=slots;"
)
COOKIE_JS = (
    "document.addEventListener('click',function(e){if(e.target.matches('[data-consent]'))"
    "{document.cookie='consent='+e.target.dataset.consent+';path=/;max-age=31536000';"
    "e.target.closest('[role=dialog]').remove()}});"
)


def labels(a: Article) -> dict[str, str]:
    return LABELS[a.lang]


def rtl(a: Article) -> str:
    return ' dir="rtl"' if a.lang == "ur" else ""


def pretty(a: Article) -> str:
    d = datetime.fromisoformat(a.date)
    if a.lang == "ur":
        return f"{d.day} {UR_MONTHS[d.month - 1]} {d.year}"
    return d.strftime("%d %B %Y, %H:%M").lstrip("0")


def head(a: Article, url: str, site: str, extra: str = "") -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": a.date,
        "author": {"@type": "Person", "name": a.author},
        "publisher": {"@type": "Organization", "name": site},
        "mainEntityOfPage": url,
        "inLanguage": a.lang,
    }
    return (
        '<head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(a.title)} | {esc(site)}</title>"
        f'<link rel="canonical" href="{url}">'
        f'<meta property="og:type" content="article"><meta property="og:title" '
        f'content="{esc(a.title)}"><meta property="og:url" content="{url}">'
        f'<meta property="og:site_name" content="{esc(site)}">'
        f'<meta property="article:published_time" content="{a.date}">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        f'<script async src="https://tags.example/gtag.js"></script><script>{ANALYTICS}</script>'
        f"{extra}</head>"
    )


def nav_links(a: Article, cls: str = "", sep: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return sep.join(
        f'<a{attr} href="/section/{i}">{esc(name)}</a>' for i, name in enumerate(SECTIONS[a.lang])
    )


def nav_list(a: Article, ul: str = "menu", li: str = "menu-item") -> str:
    lis = "".join(
        f'<li class="{li}"><a href="/section/{i}">{esc(name)}</a></li>'
        for i, name in enumerate(SECTIONS[a.lang])
    )
    return f'<ul class="{ul}">{lis}</ul>'


def footer_links(a: Article, sep: str = " \u00b7 ") -> str:
    lab = labels(a)
    return sep.join(
        f'<a href="/{k}">{lab[k]}</a>' for k in ("about", "contact", "privacy", "terms")
    )


def cookie_banner(a: Article, variant: int) -> str:
    if a.lang == "ur":
        return (
            '<div class="cookie-bar" role="dialog"><p>یہ ویب سائٹ کوکیز استعمال کرتی ہے۔</p>'
            '<button data-consent="yes">ٹھیک ہے</button></div>'
        )
    texts = [
        "We use cookies to count visits and to remember your settings.",
        "This site stores small files on your device to keep you signed in and to measure traffic.",
        "Cookies help us understand which pages are used. You can change your choice at any time.",
    ]
    return (
        f'<div id="consent-{variant}" class="consent" role="dialog" aria-live="polite">'
        f'<p>{texts[variant % 3]} <a href="/privacy">Details</a></p>'
        '<button data-consent="all">Accept all</button>'
        '<button data-consent="min">Necessary only</button></div>'
        f"<script>{COOKIE_JS}</script>"
    )


Layout = Callable[[Story, str, str, dict[int, list[Noise]], list[Noise]], str]


def django_portal(s: Story, url: str, site: str, inside, outside) -> str:
    a, lab = s.article, labels(s.article)
    body = render(s, inside)
    return (
        f'<!DOCTYPE html><html lang="{a.lang}"{rtl(a)}>'
        + head(a, url, site, '<link rel="stylesheet" href="/static/css/portal.4f9a2c1b.css">')
        + '<body class="story-page"><header class="site-header">'
        f'<a class="brand" href="/">{esc(site)}</a>'
        '<form class="search" action="/search/" method="get">'
        '<input type="hidden" name="csrfmiddlewaretoken" value="Yx8QpL0wV3mTzR6bNc2KdE9sJ">'
        f'<input name="q" placeholder="{lab["search"]}"></form>'
        f'<nav class="primary">{nav_links(a, "primary__link")}</nav></header>'
        '<div class="container"><div class="row"><main class="col-8">'
        f'<nav class="breadcrumb"><a href="/">{lab["home"]}</a> \u203a '
        f'<a href="/region/">{esc(s.region)}</a></nav>'
        f'<article class="story-detail" data-story-id="{len(a.slug) * 1187}">'
        f'<h1 class="story-detail__title">{esc(a.title)}</h1>'
        f'<p class="story-detail__meta"><span class="author">{esc(a.author)}</span> \u00b7 '
        f'<time datetime="{a.date}">{pretty(a)}</time></p>'
        f'<div class="story-detail__body">{body}</div></article>'
        f"{outside_html(outside[1:])}</main>"
        f'<aside class="col-4 sidebar">{outside_html(outside, 0)}'
        '<div class="weather-widget">Quetta 9\u00b0 \u00b7 Gilgit 3\u00b0 \u00b7 Karachi 24\u00b0'
        "</div></aside></div></div>"
        f'<footer class="site-footer"><div>{footer_links(a)}</div>'
        f"<p>\u00a9 2026 {esc(site)}. {lab['rights']}</p></footer>"
        + cookie_banner(a, 0)
        + '<script src="/static/js/portal.9be1.js" defer></script></body></html>'
    )


def laravel_blade(s: Story, url: str, site: str, inside, outside) -> str:
    a = s.article
    body = render(s, inside)
    return (
        f'<!DOCTYPE html><html lang="{a.lang}"{rtl(a)}>'
        + head(
            a,
            url,
            site,
            '<meta name="csrf-token" content="kP3vR8mW2qTz9LxY5nB0cJ7hF4dS1gA6">'
            '<link rel="stylesheet" href="/build/assets/app-3b9c1f7e.css">'
            '<script type="module" src="/build/assets/app-9d2e41aa.js"></script>',
        )
        + '<body class="font-sans antialiased bg-gray-50">'
        '<div x-data="{ open: false, cookies: true }" class="min-h-screen">'
        '<nav class="bg-white border-b border-gray-100"><div class="max-w-7xl mx-auto px-4 flex">'
        f'<a href="/" class="shrink-0 font-bold text-xl">{esc(site)}</a>'
        f'<div class="hidden sm:flex space-x-8">'
        f"{nav_links(a, 'inline-flex items-center px-1 pt-1 text-sm')}</div>"
        '<button @click="open = ! open" class="sm:hidden">Menu</button></div></nav>'
        '<main class="max-w-4xl mx-auto py-8 px-4">'
        '<article class="bg-white shadow-sm rounded-lg p-6">'
        f'<p class="text-xs uppercase tracking-wide text-emerald-700">{esc(s.region)}</p>'
        f'<h1 class="text-3xl font-bold leading-tight">{esc(a.title)}</h1>'
        f'<div class="text-sm text-gray-500 mt-2">{esc(a.author)} \u00b7 '
        f'<time datetime="{a.date}">{pretty(a)}</time></div>'
        f'<div class="prose prose-lg max-w-none mt-6">{body}</div></article>'
        f'<section class="mt-10 grid grid-cols-1 md:grid-cols-2 gap-4">{outside_html(outside)}'
        "</section></main>"
        '<footer class="bg-gray-900 text-gray-300 py-10"><div class="max-w-7xl mx-auto px-4">'
        f'<div>{footer_links(a)}</div><p class="mt-4 text-xs">\u00a9 2026 {esc(site)}</p>'
        "</div></footer>"
        '<div x-show="cookies" class="fixed bottom-0 inset-x-0 bg-white p-4 shadow">'
        f"{cookie_banner(a, 1)}</div></div>"
        '<script>window.Laravel = {"csrfToken": "kP3vR8mW2qTz9LxY5nB0cJ7hF4dS1gA6"};</script>'
        "</body></html>"
    )


def hugo_menu(a: Article) -> str:
    return "".join(
        f'<li><a href="/section/{i}/"><span>{esc(name)}</span></a></li>'
        for i, name in enumerate(SECTIONS[a.lang])
    )


def hugo_static(s: Story, url: str, site: str, inside, outside) -> str:
    a = s.article
    body = render(s, inside)
    return (
        f'<!DOCTYPE html><html lang="{a.lang}"{rtl(a)}>'
        + head(
            a,
            url,
            site,
            '<meta name="generator" content="Hugo 0.124.1">'
            '<link rel="stylesheet" href="/assets/css/stylesheet.b61f0a.css">',
        )
        + '<body class="list" id="top"><header class="header"><nav class="nav">'
        f'<div class="logo"><a href="/" accesskey="h">{esc(site)}</a>'
        '<button id="theme-toggle" accesskey="t" title="(Alt + T)">\u263e</button></div>'
        f'<ul id="menu">{hugo_menu(a)}</ul>'
        "</nav></header>"
        '<main class="main"><article class="post-single"><header class="post-header">'
        f'<div class="breadcrumbs"><a href="/">Home</a>&nbsp;\u00bb&nbsp;<a href="/posts/">Posts</a>'
        f'</div><h1 class="post-title entry-hint-parent">{esc(a.title)}</h1>'
        f'<div class="post-meta"><span title="{a.date}">{pretty(a)}</span>&nbsp;\u00b7&nbsp;'
        f"{esc(a.author)}</div></header>"
        f'<div class="post-content">{body}</div>'
        '<footer class="post-footer"><nav class="paginav"><a class="prev" href="/posts/older/">'
        '<span class="title">\u00ab Prev</span></a><a class="next" href="/posts/newer/">'
        '<span class="title">Next \u00bb</span></a></nav></footer></article>'
        f"{outside_html(outside)}</main>"
        f'<footer class="footer"><span>\u00a9 2026 <a href="/">{esc(site)}</a></span> \u00b7 '
        '<span>Powered by <a href="https://gohugo.io/">Hugo</a></span></footer>'
        '<a href="#top" aria-label="go to top" class="top-link" id="top-link">\u2191</a>'
        "<script>document.getElementById('theme-toggle').addEventListener('click',function()"
        "{document.body.classList.toggle('dark')});</script></body></html>"
    )


def jekyll_minima(s: Story, url: str, site: str, inside, outside) -> str:
    a = s.article
    body = render(s, inside)
    return (
        f'<!DOCTYPE html><html lang="{a.lang}"{rtl(a)}>'
        + head(
            a,
            url,
            site,
            '<meta name="generator" content="Jekyll v4.3.3">'
            '<link rel="stylesheet" href="/assets/main.css">'
            '<link type="application/atom+xml" rel="alternate" href="/feed.xml">',
        )
        + '<body><header class="site-header" role="banner"><div class="wrapper">'
        f'<a class="site-title" rel="author" href="/">{esc(site)}</a>'
        '<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger">'
        '<label for="nav-trigger"><span class="menu-icon"></span></label><div class="trigger">'
        '<a class="page-link" href="/about/">About</a><a class="page-link" href="/archive/">'
        'Archive</a><a class="page-link" href="/map/">Field map</a></div></nav></div></header>'
        '<main class="page-content" aria-label="Content"><div class="wrapper">'
        '<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">'
        '<header class="post-header">'
        f'<h1 class="post-title p-name" itemprop="name headline">{esc(a.title)}</h1>'
        f'<p class="post-meta"><time class="dt-published" datetime="{a.date}" '
        f'itemprop="datePublished">{pretty(a)}</time> \u2022 <span itemprop="author" itemscope '
        f'itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">'
        f"{esc(a.author)}</span></span></p></header>"
        f'<div class="post-content e-content" itemprop="articleBody">{body}</div>'
        f'<a class="u-url" href="{url}" hidden></a></article>{outside_html(outside)}</div></main>'
        '<footer class="site-footer h-card"><data class="u-url" href="/"></data>'
        f'<div class="wrapper"><h2 class="footer-heading">{esc(site)}</h2>'
        '<div class="footer-col-wrapper"><div class="footer-col footer-col-1">'
        f'<ul class="contact-list"><li class="p-name">{esc(site)}</li>'
        '<li><a class="u-email" href="mailto:field@highpasture.example">field@highpasture.example'
        '</a></li></ul></div><div class="footer-col footer-col-3"><p>Field notes on wildlife and '
        "grazing land in the high valleys.</p></div></div></div></footer></body></html>"
    )


def wp_newspaper(s: Story, url: str, site: str, inside, outside) -> str:
    a, lab = s.article, labels(s.article)
    body = render(s, inside)
    post = 40000 + len(a.slug) * 97
    return (
        f'<!DOCTYPE html><html lang="{a.lang}"{rtl(a)}>'
        + head(
            a,
            url,
            site,
            '<meta name="generator" content="WordPress 6.5.2">'
            "<link rel='stylesheet' id='td-theme-css' href='/wp-content/themes/Newspaper/"
            "style.css?ver=12.6.5' type='text/css' media='all'>",
        )
        + f'<body class="post-template-default single single-post postid-{post} '
        'single-format-standard td-standard-pack global-block-template-1 td-full-layout">'
        '<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>'
        '<div id="td-outer-wrap" class="td-theme-wrap">'
        '<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full">'
        f'<div class="td-header-top-menu"><div class="td_data_time">{pretty(a)}</div>'
        f'<ul class="top-header-menu"><li><a href="/contact">{lab["contact"]}</a></li>'
        f'<li><a href="/about">{lab["about"]}</a></li></ul></div></div>'
        f'<div class="td-header-sp-logo"><a class="td-main-logo" href="/">{esc(site)}</a></div>'
        '<div class="td-header-menu-wrap-full"><div id="td-header-menu" role="navigation">'
        f"{nav_list(a, 'sf-menu', 'menu-item menu-item-type-taxonomy')}</div></div></div>"
        '<div class="td-main-content-wrap td-container-wrap"><div class="td-container">'
        '<div class="td-crumb-container"><div class="entry-crumbs">'
        f'<span><a class="entry-crumb" href="/">{lab["home"]}</a></span> '
        f'<i class="td-icon-right td-bread-sep"></i> <span>{esc(s.region)}</span></div></div>'
        '<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main">'
        f'<div class="td-ss-main-content"><article id="post-{post}" class="post-{post} post '
        'type-post status-publish format-standard has-post-thumbnail">'
        '<div class="td-post-header"><ul class="td-category"><li class="entry-category">'
        f'<a href="/category/region/">{esc(s.region)}</a></li></ul>'
        f'<header class="td-post-title"><h1 class="entry-title">{esc(a.title)}</h1>'
        '<div class="td-module-meta-info"><div class="td-post-author-name">'
        f'<div class="td-author-by">{lab["by"]}</div> <a href="/author/x/">{esc(a.author)}</a>'
        '</div><span class="td-post-date"><time class="entry-date updated td-module-date" '
        f'datetime="{a.date}">{pretty(a)}</time></span></div></header></div>'
        '<div class="td-post-featured-image"><img width="696" height="392" '
        'src="/wp-content/uploads/2026/lead.jpg" alt=""></div>'
        f'<div class="td-post-content tagdiv-type">{body}</div></article>'
        f"{outside_html(outside[1:])}</div></div>"
        '<div class="td-pb-span4 td-main-sidebar" role="complementary">'
        f'<div class="td-ss-main-sidebar">{outside_html(outside, 0)}</div></div></div></div></div>'
        '<div class="td-footer-wrapper td-container-wrap"><div class="td-container">'
        f'<div class="footer-text-wrap">{esc(site)}</div><div>{footer_links(a)}</div></div></div>'
        '<div class="td-sub-footer-container"><div class="td-sub-footer-copy">'
        f"\u00a9 2026 {esc(site)} {lab['rights']}</div></div></div>"
        + cookie_banner(a, 2)
        + "<script>var tdBlocksArray = []; var tds_login_sing_in_widget = 'show';"
        "var td_ajax_url = '/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.5';</script>"
        "</body></html>"
    )


def wp_astra(s: Story, url: str, site: str, inside, outside) -> str:
    a = s.article
    body = render(s, inside)
    post = 7000 + len(a.slug) * 13
    return (
        f'<!DOCTYPE html><html lang="{a.lang}"{rtl(a)}>'
        + head(
            a,
            url,
            site,
            '<meta name="generator" content="WordPress 6.5.2">'
            "<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/"
            "assets/css/minified/main.min.css?ver=4.6.12' media='all'>",
        )
        + '<body itemtype="https://schema.org/Blog" itemscope class="post-template-default '
        'single single-post ast-single-post ast-right-sidebar astra-4.6.12">'
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
        '<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 '
        'ast-primary-menu-enabled" id="masthead"><div class="main-header-bar-wrap">'
        '<div class="ast-container"><div class="site-branding"><span class="site-title">'
        f'<a href="/" rel="home">{esc(site)}</a></span><p class="site-description">'
        "News and explainers from lower Sindh</p></div>"
        '<nav class="main-header-bar-navigation" aria-label="Site Navigation">'
        f"{nav_list(a, 'main-header-menu ast-nav-menu', 'menu-item')}</nav></div></div></header>"
        '<div id="content" class="site-content"><div class="ast-container">'
        '<div id="primary" class="content-area primary"><main id="main" class="site-main">'
        f'<article class="post-{post} post type-post status-publish format-standard '
        f'ast-article-single" id="post-{post}" itemtype="https://schema.org/CreativeWork" '
        'itemscope><div class="ast-post-format- single-layout-1"><header class="entry-header">'
        f'<h1 class="entry-title" itemprop="headline">{esc(a.title)}</h1>'
        '<div class="entry-meta">By <span class="posted-by vcard author" itemprop="author">'
        f'<a class="url fn n" href="/author/z/">{esc(a.author)}</a></span> / '
        f'<span class="posted-on">{pretty(a)}</span></div></header>'
        f'<div class="entry-content clear" itemprop="text">{body}</div></div></article>'
        '<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">'
        '<div class="nav-previous"><a href="/prev/">\u2190 Previous Post</a></div>'
        '<div class="nav-next"><a href="/next/">Next Post \u2192</a></div></div></nav>'
        f"{outside_html(outside[1:])}</main></div>"
        '<div class="widget-area secondary" id="secondary" role="complementary">'
        f'<div class="sidebar-main">{outside_html(outside, 0)}'
        '<section class="widget widget_search"><form role="search" action="/"><input '
        'type="search" name="s" placeholder="Search \u2026"></form></section></div></div>'
        "</div></div>"
        '<footer class="site-footer" id="colophon"><div class="ast-small-footer">'
        f'<div class="ast-container"><div class="ast-small-footer-section">Copyright \u00a9 2026 '
        f"{esc(site)} | Powered by Astra WordPress Theme</div>{footer_links(a)}</div></div>"
        "</footer></div>"
        + cookie_banner(a, 0)
        + '<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":""};'
        "</script></body></html>"
    )


def sanity_next(s: Story, url: str, site: str, inside, outside) -> str:
    a = s.article
    body = render(s, inside, p='<p class="PortableText_block__hJ3kd">{}</p>')
    links_ = nav_links(a, "Header_link__pQ81s")
    data = json.dumps(
        {
            "props": {"pageProps": {"slug": a.slug, "documentId": f"article-{len(a.slug)}x9"}},
            "page": "/[section]/[slug]",
            "buildId": "q7XgP2rVt0",
            "isFallback": False,
        }
    )
    return (
        f'<!DOCTYPE html><html lang="{a.lang}"{rtl(a)}>'
        + head(
            a,
            url,
            site,
            '<link rel="preload" href="/_next/static/css/7b1e0c2a9f.css" as="style">'
            '<link rel="stylesheet" href="/_next/static/css/7b1e0c2a9f.css">',
        )
        + '<body><div id="__next"><div class="Layout_root__k3J9x">'
        f'<header class="Header_bar__2Hq7d"><a class="Header_logo__9aPzQ" href="/">{esc(site)}</a>'
        f'<nav class="Header_nav__x1Lr0">{links_}</nav></header>'
        f'<main class="Article_main__Zp0cT">{outside_html(outside, 0)}'
        '<div class="Article_hero__bM8sE">'
        f'<span class="Kicker_kicker__4TtrW">{esc(s.region)}</span>'
        f'<h1 class="Article_title__Qm2vY">{esc(a.title)}</h1>'
        f'<div class="Byline_byline__u7YkP"><span class="Byline_name__a0c3E">{esc(a.author)}'
        f'</span><time dateTime="{a.date}">{pretty(a)}</time></div></div>'
        f'<div class="PortableText_body__R5xwz">{body}</div>'
        f'<div class="Article_after__c0Fn1">{outside_html(outside[1:])}</div></main>'
        f'<footer class="Footer_root__Wq8dA"><div class="Footer_links__3vTnQ">{footer_links(a)}'
        f'</div><p class="Footer_copy__oK2eP">\u00a9 2026 {esc(site)}</p></footer></div></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{data}</script>'
        '<script src="/_next/static/chunks/main-4d1b0f2c.js" async></script></body></html>'
    )


def vue_ssr(s: Story, url: str, site: str, inside, outside) -> str:
    a = s.article
    v = "data-v-6a1f3c2e"
    body = render(s, inside, p=f"<p {v}>{{}}</p>")
    state = json.dumps({"route": {"path": url.split(".example")[1]}, "user": None, "ads": True})
    return (
        f'<!DOCTYPE html><html lang="{a.lang}"{rtl(a)}>'
        + head(a, url, site, '<link rel="stylesheet" href="/css/app.2c9e4d1a.css">')
        + '<body><div id="app" data-server-rendered="true">'
        f'<div {v} class="page"><header data-v-1c0d7f90 class="topbar">'
        f'<a data-v-1c0d7f90 href="/" class="topbar__brand">{esc(site)}</a>'
        f'<nav data-v-1c0d7f90 class="topbar__nav">{nav_links(a)}</nav></header>'
        f'<div {v} class="article-view"><div {v} class="article-view__kicker">{esc(s.region)}'
        f'</div><h1 {v}>{esc(a.title)}</h1><div {v} class="meta"><span {v}>{esc(a.author)}'
        f"</span> <span {v}>{pretty(a)}</span></div>"
        f'<div {v} class="rich-text"><!--[-->{body}<!--]--></div></div>'
        f'<aside data-v-2b7d91aa class="rail">{outside_html(outside)}</aside>'
        f'<footer data-v-7e3a0b55 class="foot">{footer_links(a)} <span>\u00a9 2026 {esc(site)}'
        "</span></footer></div></div>"
        f"<script>window.__INITIAL_STATE__={state}</script>"
        '<script src="/js/chunk-vendors.5e1a9b.js" defer></script>'
        '<script src="/js/app.0f3d7c.js" defer></script></body></html>'
    )


def aspnet_tables(s: Story, url: str, site: str, inside, outside) -> str:
    a = s.article
    body = render(
        s,
        inside,
        p='<p class="MsoNormal"><span style="font-family:Verdana;font-size:10pt">{}</span></p>',
        table='<table border="1" cellpadding="4" cellspacing="0" class="datatable">',
    )
    menu = nav_links(a, "menulink", " | ")
    left = "".join(
        f'<tr><td class="leftlink"><a href="/Section.aspx?id={i}">{esc(n)}</a></td></tr>'
        for i, n in enumerate(SECTIONS[a.lang])
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{a.lang}"{rtl(a)}>'
        + head(a, url, site, '<link href="App_Themes/Default/Style.css" rel="stylesheet">')
        + '<body leftmargin="0" topmargin="0"><form method="post" '
        'action="./NewsDetail.aspx?NewsID=18342" id="aspnetForm"><div class="aspNetHidden">'
        '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY3OTQ4MjEw'
        'D2QWAmYPZBYCAgMPZBYCZg9kFgICAQ8PFgIeBFRleHQFBTE4MzQyZGRk" />'
        '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" '
        'value="/wEdAAK8xQ0r9mZ1n7JqQv3u4dLw" /></div>'
        "<script type=\"text/javascript\">//<![CDATA[\nvar theForm = document.forms['aspnetForm'];"
        "\nfunction __doPostBack(eventTarget, eventArgument) { theForm.__EVENTTARGET.value = "
        "eventTarget; theForm.submit(); }\n//]]></script>"
        '<table width="990" border="0" cellpadding="0" cellspacing="0" align="center">'
        f'<tr><td colspan="3" class="header"><img src="/images/logo.gif" alt="{esc(site)}" '
        'width="320" height="70"></td></tr>'
        f'<tr><td colspan="3" class="menubar" bgcolor="#003366">{menu}</td></tr>'
        '<tr><td width="170" valign="top" class="leftcol"><table width="100%" cellpadding="3">'
        f"{left}</table></td>"
        '<td width="610" valign="top" class="centercol">'
        f'<span id="ctl00_ContentPlaceHolder1_lblTitle" class="headline">{esc(a.title)}</span><br>'
        f'<span id="ctl00_ContentPlaceHolder1_lblDate" class="dateline">{pretty(a)}</span><br>'
        f'<span id="ctl00_ContentPlaceHolder1_lblAuthor" class="byline">{esc(a.author)}</span>'
        f'<div id="ctl00_ContentPlaceHolder1_pnlStory" class="storytext">{body}</div>'
        "<a id=\"ctl00_ContentPlaceHolder1_lnkPrint\" href=\"javascript:__doPostBack('print','')\">"
        "Print</a></td>"
        f'<td width="210" valign="top" class="rightcol">{outside_html(outside)}</td></tr>'
        f'<tr><td colspan="3" class="footer" align="center">{footer_links(a, " | ")}<br>'
        f"Copyright \u00a9 2026 {esc(site)}. Best viewed at 1024 x 768.</td></tr></table>"
        "</form></body></html>"
    )


def mobile_site(s: Story, url: str, site: str, inside, outside) -> str:
    a, lab = s.article, labels(s.article)
    body = render(s, inside, p='<p class="m-p">{}</p>')
    desktop = url.replace("://m.", "://www.")
    tabs = (
        ("صفحہ اول", "تازہ ترین", "ویڈیو", "مینو")
        if a.lang == "ur"
        else ("Home", "Latest", "Video", "Menu")
    )
    return (
        f'<!DOCTYPE html><html lang="{a.lang}"{rtl(a)}>'
        + head(a, url, site, f'<link rel="alternate" href="{desktop}" media="screen">')
        + '<body class="m"><div class="m-topbar"><button class="m-burger" aria-label="menu">'
        f'\u2630</button><a class="m-logo" href="/">{esc(site)}</a>'
        f'<a class="m-search" href="/search" aria-label="{lab["search"]}">\u2315</a></div>'
        f'<div class="m-drawer" hidden>{nav_links(a, "m-drawer__a")}</div>'
        f"{outside_html(outside, 0)}"
        f'<div class="m-wrap"><div class="m-kicker">{esc(s.region)}</div>'
        f'<h1 class="m-h1">{esc(a.title)}</h1><div class="m-byline">{esc(a.author)} \u00b7 '
        f"{pretty(a)}</div>"
        '<img class="m-lead" src="/img/m/lead-640.jpg" alt="" width="640" height="360">'
        f'<div class="m-text">{body}</div>{outside_html(outside[1:])}</div>'
        '<nav class="m-tabbar">'
        + "".join(f'<a href="/{i}">{t}</a>' for i, t in enumerate(tabs))
        + f'</nav><div class="m-footer"><a href="{desktop}">Desktop</a> \u00b7 '
        f'<a href="/privacy">{lab["privacy"]}</a></div>' + cookie_banner(a, 1) + "</body></html>"
    )


PRINT_CSS = "body{font:12pt Georgia,serif;margin:2cm}.noprint{display:none}"


def print_view(s: Story, url: str, site: str, inside, outside) -> str:
    a = s.article
    body = render(s, inside)
    return (
        f'<!DOCTYPE html><html lang="{a.lang}"{rtl(a)}>'
        + head(a, url, site, f'<meta name="robots" content="noindex"><style>{PRINT_CSS}</style>')
        + '<body onload="window.print()"><div class="print-header">'
        f'<img src="/img/logo-bw.png" alt="{esc(site)}" height="40">'
        '<a href="javascript:window.print()" class="noprint">Print this page</a> '
        '<a href="javascript:window.close()" class="noprint">Close window</a></div><hr>'
        f'<h1>{esc(a.title)}</h1><div class="print-byline">{esc(a.author)} | {pretty(a)}</div>'
        f'<div class="print-body">{body}</div>{outside_html(outside)}<hr>'
        f'<div class="print-footer">Printed from {url}<br>\u00a9 2026 {esc(site)}. '
        "All rights reserved. Reproduction without permission is prohibited.</div></body></html>"
    )


MAIL_P = '<p style="margin:0 0 16px;font:16px/26px Georgia,serif;color:#222">{}</p>'


def newsletter_web(s: Story, url: str, site: str, inside, outside) -> str:
    a = s.article
    body = render(s, inside, p=MAIL_P)
    more = "".join(
        f'<tr><td class="em-more" style="padding:12px 24px">{n.html}</td></tr>' for n in outside
    )
    return (
        f'<!DOCTYPE html><html lang="{a.lang}"{rtl(a)}>'
        + head(a, url, site, "<style>table{border-collapse:collapse}img{border:0}</style>")
        + '<body style="margin:0;background:#f1efe9">'
        '<span class="preheader" style="display:none;max-height:0;overflow:hidden">'
        "This week from the delta and the hills</span>"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center"><table role="presentation" width="600" class="em-container" '
        'style="background:#ffffff">'
        '<tr><td class="em-topbar" style="font-size:11px;padding:8px 24px;color:#888">'
        f'Trouble reading this email? <a href="{url}">Open it in your browser</a></td></tr>'
        f'<tr><td class="em-masthead" style="padding:24px"><img src="/mail/masthead.png" '
        f'alt="{esc(site)}" width="300"><div style="font-size:12px">Issue 42 \u00b7 {pretty(a)}'
        "</div></td></tr>"
        '<tr><td class="em-text-block" style="padding:0 24px 24px">'
        f'<h1 style="font:bold 26px/32px Georgia,serif">{esc(a.title)}</h1>'
        f'<p style="margin:0 0 16px;font:12px Arial;color:#777">{esc(a.author)}</p>{body}'
        f"</td></tr>{more}"
        '<tr><td class="em-footer" style="font-size:11px;padding:24px;color:#888">'
        f"You are getting this because you signed up at {esc(site)}. "
        '<a href="/prefs">Update preferences</a> \u00b7 <a href="/unsub">Unsubscribe</a><br>'
        f"{esc(site)}, 14 Civil Lines, Hyderabad</td></tr></table></td></tr></table>"
        "</body></html>"
    )


def longform_scrolly(s: Story, url: str, site: str, inside, outside) -> str:
    a = s.article
    body = render(
        s,
        inside,
        wrap='<section class="lf-step" data-step="{n}"><div class="lf-step__text">{}</div>'
        "</section>",
        cap='<figure class="lf-figure"><img src="/lf/img/{n}-1600.jpg" alt="" loading="lazy">'
        '<figcaption class="lf-caption">{}</figcaption></figure>',
    )
    return (
        f'<!DOCTYPE html><html lang="{a.lang}"{rtl(a)}>'
        + head(a, url, site, '<link rel="stylesheet" href="/lf/scrolly.min.css">')
        + '<body class="longform"><div class="lf-progress" aria-hidden="true"></div>'
        f'<header class="lf-top"><a class="lf-logo" href="/">{esc(site)}</a>'
        '<button class="lf-menu" aria-label="Menu">\u2261</button></header>'
        '<div class="lf-hero" style="background-image:url(/lf/img/hero-2400.jpg)">'
        f'<div class="lf-hero__inner"><p class="lf-kicker">{esc(s.region)}</p>'
        f'<h1 class="lf-hero__title">{esc(a.title)}</h1><p class="lf-byline">{esc(a.author)}'
        f'</p><time datetime="{a.date}">{pretty(a)}</time></div></div>'
        f'<div class="lf-story" id="story">{body}</div>'
        f'<div class="lf-end">{outside_html(outside)}</div>'
        f'<footer class="lf-footer"><a href="/">{esc(site)}</a> \u00b7 {footer_links(a)}</footer>'
        + cookie_banner(a, 2)
        + '<script src="/lf/scrollama.min.js"></script><script>scrollama().setup({step:'
        "'.lf-step',offset:0.6}).onStepEnter(function(r){r.element.classList.add('is-active')});"
        "</script></body></html>"
    )


def span_br_div(s: Story, url: str, site: str, inside, outside) -> str:
    a = s.article
    body = render(s, inside, p="<span>{}</span><br><br>")
    ticker = (
        "مظفرآباد 14\u00b0 \u00b7 فجر 5:12 \u00b7 مغرب 6:05"
        if a.lang == "ur"
        else "Muzaffarabad 14\u00b0C \u00b7 Fajr 5:12 \u00b7 Maghrib 6:05"
    )
    return (
        f'<html lang="{a.lang}"{rtl(a)}>'
        + head(a, url, site, '<link rel="stylesheet" href="/css/style.css?v=3">')
        + f'<body><div id="wrapper"><div id="top"><a href="/"><img src="/images/logo.png" '
        f'alt="{esc(site)}"></a><div id="ticker">{ticker}</div></div>'
        f'<div id="menu">{nav_links(a, "", " | ")}</div>'
        f'<div id="main"><div class="newsTitle">{esc(a.title)}</div>'
        f'<div class="newsDate">{pretty(a)} | {esc(a.author)}</div>'
        '<div class="newsImage"><img src="/uploads/news/lead.jpg" width="500"></div>'
        f'<div class="newsText">{body}</div><div id="more">{outside_html(outside)}</div></div>'
        f'<div id="foot">{footer_links(a, " | ")}<br>\u00a9 2026 {esc(site)}</div></div>'
        f"<script>{AD_LOADER}</script></body></html>"
    )


def drupal_field(s: Story, url: str, site: str, inside, outside) -> str:
    a = s.article
    body = render(s, inside)
    node = 9000 + len(a.slug) * 7
    settings = json.dumps(
        {
            "path": {"baseUrl": "/", "currentPath": f"node/{node}", "currentLanguage": a.lang},
            "ajaxPageState": {"theme": "olivero"},
        }
    )
    return (
        f'<!DOCTYPE html><html lang="{a.lang}"{rtl(a)}>'
        + head(a, url, site, '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">')
        + '<body class="path-node page-node-type-article">'
        '<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main '
        'content</a><div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
        '<div class="layout-container"><header role="banner"><div class="region region-header">'
        '<div id="block-sitebranding" class="block block-system block-system-branding-block">'
        f'<a href="/" rel="home">{esc(site)}</a></div></div>'
        '<div class="region region-primary-menu"><nav role="navigation" '
        f'id="block-mainnavigation">{nav_list(a)}</nav></div></header>'
        '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">'
        '<div class="region region-content"><div id="block-mainpagecontent" class="block '
        f'block-system block-system-main-block"><article role="article" about="/node/{node}" '
        'class="node node--type-article node--promoted node--view-mode-full">'
        f'<h1 class="page-title"><span class="field field--name-title">{esc(a.title)}</span></h1>'
        f'<div class="node__meta"><span class="field field--name-uid">{esc(a.author)}</span> '
        f'<span class="field field--name-created">{pretty(a)}</span></div>'
        '<div class="node__content"><div class="clearfix text-formatted field field--name-body '
        f'field--type-text-with-summary field--label-hidden field__item">{body}</div></div>'
        f"</article></div></div></div>{outside_html(outside[1:])}"
        f'<aside class="layout-sidebar-second" role="complementary">{outside_html(outside, 0)}'
        "</aside></main>"
        '<footer role="contentinfo"><div class="region region-footer">'
        f"{footer_links(a)}<p>\u00a9 2026 {esc(site)}</p></div></footer></div></div>"
        f'<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}'
        "</script></body></html>"
    )


UR_CSS = (
    "@font-face{font-family:'Nastaleeq';src:url(/fonts/nastaleeq.woff2)}"
    "body{font-family:'Nastaleeq',serif;direction:rtl;line-height:2.2}"
)


def urdu_nastaleeq(s: Story, url: str, site: str, inside, outside) -> str:
    a = s.article
    body = render(s, inside, p='<p class="urdu-text">{}</p>')
    prayer = (
        "نماز کے اوقات: فجر 5:05 \u00b7 ظہر 12:20 \u00b7 عصر 3:45 \u00b7 مغرب 5:58 \u00b7 عشاء 7:20"
    )
    return (
        '<!DOCTYPE html><html lang="ur" dir="rtl">'
        + head(a, url, site, f"<style>{UR_CSS}</style>")
        + f'<body><div class="top-strip"><span>{pretty(a)}</span> '
        '<a href="/epaper">ای پیپر</a> <a href="/en">English</a></div>'
        f'<div class="masthead"><a class="logo" href="/">{esc(site)}</a></div>'
        f"{nav_list(a, 'main-menu', 'mm')}"
        '<div class="content-wrap"><div class="right-col"><div class="news-detail-box">'
        f'<h1 class="news-heading">{esc(a.title)}</h1><div class="news-info">'
        f'<span class="reporter">{esc(a.author)}</span> <span class="news-date">{pretty(a)}'
        '</span></div><div class="news-image"><img src="/images/news/lead.jpg" alt=""></div>'
        f'<div class="news-content">{body}</div></div>{outside_html(outside[1:])}</div>'
        f'<div class="left-col"><div class="prayer-times">{prayer}</div>'
        f"{outside_html(outside, 0)}</div></div>"
        f'<div class="footer">{footer_links(a, " | ")}<br>\u00a9 2026 {esc(site)} '
        f"{labels(a)['rights']}</div>" + cookie_banner(a, 0) + "</body></html>"
    )


def liveblog_feed(s: Story, url: str, site: str, inside, outside) -> str:
    a = s.article
    body = render(
        s,
        inside,
        lb='<article class="lb-post" id="post-{n}"><div class="lb-post__body"><p>'
        '<time class="lb-time">{t}</time> {}</p></div></article>',
    )
    return (
        f'<!DOCTYPE html><html lang="{a.lang}"{rtl(a)}>'
        + head(a, url, site, '<link rel="stylesheet" href="/static/live.css">')
        + f'<body class="liveblog"><header class="masthead"><a href="/">{esc(site)}</a>'
        f'<nav>{nav_links(a)}</nav></header><main class="lb-page"><div class="lb-header">'
        f'<span class="lb-badge">LIVE</span><h1>{esc(a.title)}</h1>'
        f'<p class="lb-updated">{esc(a.author)} \u00b7 Last updated <time datetime="{a.date}">'
        f"{pretty(a)}</time></p></div>"
        f'<div id="lb-feed" class="lb-feed" data-poll="30">{body}</div>'
        f'<button class="lb-more">Load older posts</button>{outside_html(outside)}</main>'
        f'<footer class="site-foot">{footer_links(a)} \u00b7 \u00a9 2026 {esc(site)}</footer>'
        + cookie_banner(a, 1)
        + "<script>setInterval(function(){fetch('/live/poll?since='+Date.now())},30000);</script>"
        "</body></html>"
    )


# Each layout with the outlet that uses it: (English name, Urdu name, domain).
SITES: dict[Layout, tuple[str, str, str]] = {
    django_portal: ("Balochistan Ledger", "بلوچستان لیجر", "balochledger.example"),
    laravel_blade: ("Mehran Morning", "", "mehranmorning.example"),
    hugo_static: ("Karakoram Notes", "", "karakoramnotes.example"),
    jekyll_minima: ("High Pasture Journal", "", "highpasture.example"),
    wp_newspaper: ("Khyber Crier", "سرحد نامہ", "khybercrier.example"),
    wp_astra: ("Delta Dispatch", "", "deltadispatch.example"),
    sanity_next: ("The Northern Wire", "", "northernwire.example"),
    vue_ssr: ("Neelum Observer", "", "neelumobserver.example"),
    aspnet_tables: ("Daily Lasbela Gazette", "", "lasbelagazette.example"),
    mobile_site: ("Indus Current", "انڈس کرنٹ", "m.induscurrent.example"),
    print_view: ("Makran Coast Weekly", "", "makranweekly.example"),
    newsletter_web: ("The Valley Letter", "", "valleyletter.example"),
    longform_scrolly: ("Saltline Magazine", "", "saltline.example"),
    span_br_div: ("Pir Panjal Times", "پیر پنجال ٹائمز", "pirpanjaltimes.example"),
    drupal_field: ("Suleman Range Review", "", "sulemanreview.example"),
    urdu_nastaleeq: ("", "روزنامہ آوازِ کوہسار", "awazekohsar.example"),
    liveblog_feed: ("Karakoram Post", "", "karakorampost.example"),
}

ENGLISH_NOISY_LAYOUTS: list[Layout] = [
    django_portal,
    laravel_blade,
    hugo_static,
    jekyll_minima,
    wp_newspaper,
    wp_astra,
    sanity_next,
    vue_ssr,
    aspnet_tables,
    mobile_site,
    print_view,
    newsletter_web,
    longform_scrolly,
    span_br_div,
    drupal_field,
]
URDU_NOISY: list[tuple[Layout, Story]] = [
    (urdu_nastaleeq, NOISY_UR[0]),
    (wp_newspaper, NOISY_UR[1]),
    (django_portal, NOISY_UR[2]),
    (span_br_div, NOISY_UR[0]),
]
CLEAN: list[tuple[Layout, Story]] = [
    (hugo_static, CLEAN_QA),
    (longform_scrolly, CLEAN_PHOTO),
    (liveblog_feed, CLEAN_LIVE),
    (wp_astra, CLEAN_LISTS),
    (aspnet_tables, CLEAN_TABLE),
    (span_br_div, CLEAN_ONELINERS),
    (wp_newspaper, CLEAN_QUOTES),
    (django_portal, CLEAN_SPONSOR),
    (jekyll_minima, CLEAN_TAGGING),
    (newsletter_web, CLEAN_NEWSLETTER),
    (urdu_nastaleeq, CLEAN_UR_QA),
    (mobile_site, CLEAN_UR_LIST),
]
ENGLISH_NOISY_PAGES = 24


# --- assembly ----------------------------------------------------------------------------


class Deck:
    """Draw noise makers without repeats until every one has been used once."""

    def __init__(self, makers: list[NoiseMaker], rng: random.Random) -> None:
        self.makers, self.rng, self.pile = makers, rng, []

    def draw(self, avoid: set[str]) -> NoiseMaker:
        for _ in range(2):
            if not self.pile:
                self.pile = self.makers[:]
                self.rng.shuffle(self.pile)
            for i, maker in enumerate(self.pile):
                if maker.__name__ not in avoid:
                    avoid.add(maker.__name__)
                    return self.pile.pop(i)
            self.pile = []
        raise RuntimeError("noise deck exhausted")


def place_noise(
    s: Story, rng: random.Random, decks: tuple[Deck, Deck, Deck]
) -> tuple[dict[int, list[Noise]], list[Noise]]:
    between, after, out = decks
    used: set[str] = set()
    last = len(s.article.paragraphs)
    spots = rng.sample(range(last - 1), 2 if last >= 4 else 1)
    inside: dict[int, list[Noise]] = {i: [between.draw(used)(rng)] for i in sorted(spots)}
    if rng.random() < 0.3:
        inside[-1] = [between.draw(used)(rng)]
    inside[last] = [after.draw(used)(rng)]
    if rng.random() < 0.35:
        inside[last].append(after.draw(used)(rng))
    outside = [out.draw(used)(rng) for _ in range(rng.choice([1, 2, 2]))]
    return inside, outside


def flat(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return " ".join(text.split()).lower()


def check(page: str, s: Story, noise: list[Noise]) -> None:
    body = "\n".join(s.article.paragraphs).lower()
    shown = flat(page)
    for n in noise:
        for string in n.strings:
            assert string.lower() not in body, (s.article.slug, string)
            assert " ".join(string.split()).lower() in shown, (s.article.slug, string)
    for kind, para in zip(s.kinds, s.article.paragraphs, strict=True):
        if kind not in ("th", "tr"):
            assert " ".join(para.split()).lower() in shown, (s.article.slug, para)


def emit(name: str, layout: Layout, s: Story, inside, outside, noise, stats) -> None:
    en, ur, domain = SITES[layout]
    site = ur if s.article.lang == "ur" else en
    assert site, (layout.__name__, s.article.lang)
    section = "ur/khabar" if s.article.lang == "ur" else "news"
    url = f"https://{domain}/{section}/2026/{s.article.slug}-{name[-2:]}"
    page = layout(s, url, site, inside, outside)
    check(page, s, noise)
    write_page(SPLIT, f"{name}-{layout.__name__}", url, page, s.article, noise)
    stats["pages"] += 1
    stats["urdu"] += s.article.lang == "ur"
    stats["layouts"].add(layout.__name__)
    stats["blocks"] += len(noise)
    stats["bare"] += sum(not re.search(r"\b(class|id)=", n.html) for n in noise)
    stats["strings"] += len({x for n in noise for x in n.strings})


def main() -> None:
    rng = random.Random(1212)
    en_decks = (Deck(BETWEEN, rng), Deck(AFTER_LAST, rng), Deck(OUTSIDE, rng))
    ur_decks = (Deck(UR_BETWEEN, rng), Deck(UR_AFTER, rng), Deck(UR_OUTSIDE, rng))
    stats: dict = {"pages": 0, "urdu": 0, "layouts": set(), "blocks": 0, "bare": 0, "strings": 0}
    jobs: list[tuple[Layout, Story, tuple[Deck, Deck, Deck]]] = [
        (ENGLISH_NOISY_LAYOUTS[n % 15], NOISY_EN[n % len(NOISY_EN)], en_decks)
        for n in range(ENGLISH_NOISY_PAGES)
    ]
    for k, (layout, s) in enumerate(URDU_NOISY):
        jobs.insert(k * 7 + 6, (layout, s, ur_decks))
    for n, (layout, s, decks) in enumerate(jobs):
        inside, outside = place_noise(s, rng, decks)
        noise = [x for xs in inside.values() for x in xs] + outside
        emit(f"noisy-{n:02d}", layout, s, inside, outside, noise, stats)
    for n, (layout, s) in enumerate(CLEAN):
        emit(f"clean-{n:02d}", layout, s, {}, [], [], stats)
    print(
        f"{stats['pages']} pages ({stats['urdu']} Urdu) in {len(stats['layouts'])} layouts; "
        f"{stats['blocks']} noise blocks ({stats['bare']} without class or id), "
        f"{stats['strings']} noise strings"
    )


if __name__ == "__main__":
    main()
