"""Write a fifth held-out set to pages/heldout5/: written blind, for issue #4.

Written without reading the extractor, its noise rules (pipeline/noise.py,
config/noise.yaml), its tests, the earlier results or the heldout3/heldout4 generators.
Only fixturekit.py, make_heldout2.py (for the truth format) and the README were read.

What is new here:

* layouts: several WordPress themes with their own class names (Astra-like, tagDiv
  Newspaper-like, Jannah-like, GeneratePress-like), Drupal 9 and Drupal 7 field markup,
  a Blogger post (``<br>``-separated text), a Joomla K2 item, a custom PHP portal with a
  table layout, a Bootstrap PHP portal, AMP, a page whose visible markup is plain but
  which carries a schema.org NewsArticle in JSON-LD (with the clean ``articleBody``), div
  soup with no semantic tags at all, obfuscated CSS-in-JS class names (``c-x9``), class
  names in romanised Urdu/Hindi (``khabar-matn``, ``mutalliqa-khabrein``, ``tabsare``),
  a live blog, and two Urdu right-to-left pages;
* noise worded so that a fixed phrase list is likely to miss it ("You might also like",
  "More from this section", "Don't miss", "Trending now", "Subscribe to our WhatsApp
  channel", "Join our Telegram", "Click here to read", "Continue reading", "Scroll to
  continue with content", comment counters, Facebook comment plugin text, "Disclaimer:
  views expressed...", Urdu furniture), most of it inside the article container between
  paragraphs, in bare ``<p>``/``<div>`` as often as in classed boxes;
* clean pages that try to provoke over-deletion: one-line datelines, very short
  paragraphs, lists, block quotes, subheadings, Q&A lines, a genuine sentence starting
  "Read more about", a paragraph starting "Also,", and body sentences using words like
  share, comment, follow, subscribe, advertisement, photo and related.

Truth format is fixturekit's: the body is the article's text blocks (paragraphs, and on
some pages subheadings, list items and quotes, which are article text) joined by
newlines; headline, captions, live-blog timestamps and wire tail lines are not body.

Every outlet, person and sentence here is invented.

Run: python benchmarks/extraction/make_heldout5.py  (deterministic; rewrites the same files).
"""

from __future__ import annotations

import html as htmlmod
import json
import random
import re
import zlib
from dataclasses import dataclass

from fixturekit import PAGES, Article, Noise, esc, write_page

SPLIT = "heldout5"


# --------------------------------------------------------------------------- documents


@dataclass
class Doc:
    """An article plus the kind of each text block (p, h2, h3, li, oli, quote)."""

    article: Article
    kinds: list[str]


def mk(slug, title, author, date, blocks, tail=None, agency=None, place=None, lang="en") -> Doc:
    texts, kinds = [], []
    for b in blocks:
        if isinstance(b, tuple):
            kinds.append(b[0])
            texts.append(b[1])
        else:
            kinds.append("p")
            texts.append(b)
    art = Article(
        slug, title, author, date, texts, tail=tail, agency=agency, place=place, lang=lang
    )
    return Doc(art, kinds)


A_SWAT = mk(
    "swat-trout-hatchery",
    "Swat hatchery doubles trout output",
    "Sher Alam Khan",
    "2026-03-09T11:20:00+05:00",
    [
        "MINGORA, March 9: A government trout hatchery in Madyan has doubled its output of "
        "fingerlings this year, fisheries officials said on Monday, as more farmers in upper "
        "Swat turn to fish farming.",
        "The hatchery released about four hundred thousand young trout to private farms and "
        "streams last season, up from under two hundred thousand the year before, according "
        "to the district fisheries office.",
        "Officials credited a new spring-fed water channel, built after floods damaged the old "
        "one, for cutting the number of fish lost to warm water in summer.",
        "Farmers in Bahrain and Kalam said restaurant demand had grown with tourism, but "
        "complained that feed prices had risen sharply since the autumn.",
        "The fisheries department said it would train fifty more farmers in pond management "
        "before the tourist season begins in May.",
    ],
    place="Mingora",
)

A_THAR = mk(
    "thar-solar-pumps",
    "Solar pumps reach forty more Thar villages",
    "APP",
    "2026-08-03T16:40:00+05:00",
    [
        "MITHI, Aug 3 (APP): Forty more villages in Tharparkar have received solar-powered "
        "water pumps under a provincial programme, officials said on Sunday.",
        "Each pump draws water from a tube well into a covered tank, and villagers said women "
        "no longer had to walk several kilometres to fetch water in the summer heat.",
        "A project engineer said the pumps needed little maintenance, but that local "
        "technicians were being trained to replace panels damaged by dust storms.",
        "Residents of some villages said the water was brackish and asked for small "
        "filtration plants to be installed alongside the pumps.",
        "Officials said another sixty villages would be covered by the end of the year.",
    ],
    agency="APP",
    place="Mithi",
)

A_KTM = mk(
    "kathmandu-electric-buses",
    "Electric buses to run on Kathmandu ring road",
    "Binita Shrestha",
    "2026-01-14T10:05:00+05:45",
    [
        "KATHMANDU, Jan 14: The city transport authority will put forty electric buses on the "
        "ring road from next month, replacing ageing diesel minibuses on two of its busiest "
        "routes.",
        "The buses were bought with a loan from a development bank and will be charged "
        "overnight at a depot in Teku, officials said.",
        "Minibus owners have asked for compensation, saying the new service will take away "
        "their passengers, and have threatened to stop work for a day.",
        "The authority said drivers of the old vehicles would be offered jobs on the new buses "
        "after a month of training.",
    ],
    place="Kathmandu",
)

A_KOCHI = mk(
    "kochi-water-metro-routes",
    "Kochi water metro adds three routes",
    "PTI",
    "2026-02-02T14:30:00+05:30",
    [
        "Kochi, Feb 2 (PTI): The water metro in Kochi will add three new routes connecting "
        "island villages to the city from March, the operator said on Monday.",
        "The boats will stop at Mulavukad, Kadamakudy and Cheranalloor, where residents now "
        "depend on old ferries that run only a few times a day.",
        "Fares on the new routes will be the same as on existing ones, and monthly passes "
        "will be accepted, the operator said.",
        "Fishermen in Kadamakudy welcomed the service but asked that boat speeds be limited "
        "near their nets.",
        "Two more boats are expected to be delivered by the shipyard in April.",
    ],
    agency="PTI",
    place="Kochi",
)

A_NEELUM = mk(
    "neelum-bridge-reopens",
    "Neelum valley suspension bridge reopens",
    "Staff Reporter",
    "2026-06-11T09:00:00+05:00",
    [
        "MUZAFFARABAD, June 11: A suspension bridge linking two villages across the Neelum "
        "river reopened on Thursday, nine months after a flash flood tore away its deck.",
        "The bridge is the only crossing for about three thousand people in Dhakki and "
        "Lawat, who had been using a cable chair pulled by hand.",
        "Engineers said the new deck was made of steel rather than wood and had been raised "
        "by two metres to keep it above flood water.",
        "Schoolchildren were the first to cross, and local elders handed sweets to the workers.",
    ],
    place="Muzaffarabad",
)

A_JAFFNA = mk(
    "jaffna-palm-leaf-manuscripts",
    "Jaffna students restore old palm-leaf manuscripts",
    "IANS",
    "2026-05-11T12:10:00+05:30",
    [
        "Jaffna, May 11 (IANS) Students at a college in Jaffna have restored more than three "
        "hundred palm-leaf manuscripts that had been stored for decades in a temple "
        "storeroom.",
        "The manuscripts include medical texts and temple accounts, some thought to be two "
        "centuries old, and had been damaged by damp and insects.",
        "A lecturer who led the work said the students cleaned each leaf with lemongrass oil "
        "and photographed it before placing it in acid-free boxes.",
        "The college plans to put the photographs online so that scholars abroad can study them.",
    ],
    tail="--IANS",
    agency="IANS",
    place="Jaffna",
)

A_PESH = mk(
    "peshawar-brt-night-service",
    "Peshawar BRT to run night service during Ramazan",
    "Our Correspondent",
    "2026-02-20T21:15:00+05:00",
    [
        "PESHAWAR, Feb 20: The bus rapid transit service in Peshawar will run until two in the "
        "morning during Ramazan, the transport company said on Friday.",
        "The company said ridership rose by a quarter in the evenings last Ramazan, when "
        "families travel to markets after iftar.",
        "Extra buses will run on the main corridor between Chamkani and Karkhano, while "
        "feeder routes will close at midnight.",
        "Shopkeepers in Saddar welcomed the decision, saying late buses would bring more "
        "customers to the bazaars.",
    ],
    place="Peshawar",
)

A_LEH = mk(
    "ladakh-apricot-cold-storage",
    "Ladakh apricot growers get cold storage",
    "ANI",
    "2026-07-21T18:25:00+05:30",
    [
        "Leh (Ladakh) [India], July 21 (ANI): Apricot growers in Ladakh will be able to store "
        "their fruit for up to six weeks after a cold storage unit opened near Leh on "
        "Tuesday.",
        "Growers said a large part of the crop used to rot in the weeks after the harvest "
        "because roads to the plains were often closed by landslides.",
        "The unit can hold about five hundred tonnes and runs partly on solar power, officials "
        "said.",
        "A growers' cooperative in Kargil has asked for a similar unit to be built there "
        "before next season.",
    ],
    agency="ANI",
    place="Leh",
)

A_HYD = mk(
    "hyderabad-free-dialysis-ward",
    "Hyderabad hospital opens free dialysis ward",
    "Staff Reporter",
    "2026-09-15T19:00:00+05:00",
    [
        "HYDERABAD, Sept 15: The civil hospital in Hyderabad opened a twenty-bed dialysis ward "
        "on Tuesday, where patients will be treated free of charge.",
        "Until now, patients from Hyderabad and nearby districts had to travel to Karachi or "
        "pay private clinics for each session, doctors said.",
        "The ward was equipped with help from a charity, and the health department will pay "
        "for staff and supplies.",
        "The medical superintendent said the ward would run in two shifts and could treat "
        "about sixty patients a day.",
        "Patients will need a referral from a nephrologist to register.",
    ],
    place="Hyderabad",
)

A_RAJ = mk(
    "rajshahi-mango-exports",
    "Rajshahi mango exports rise as new packhouse opens",
    "Staff Correspondent",
    "2026-06-20T13:45:00+06:00",
    [
        "RAJSHAHI, June 20: Mango exports from Rajshahi have risen this season after a packhouse "
        "with hot-water treatment opened near the town, traders said on Saturday.",
        "The treatment kills fruit-fly larvae, which had led buyers abroad to reject "
        "consignments in earlier years.",
        "Growers said they were getting better prices from exporters, although the cost of "
        "packing and transport had also gone up.",
        "The agriculture office said more than a thousand tonnes had been sent abroad so far, "
        "mostly to the Middle East and Europe.",
    ],
    place="Rajshahi",
)

A_GWADAR = mk(
    "gwadar-fishermen-ice-boxes",
    "Gwadar fishermen get insulated ice boxes",
    "Naseer Baloch",
    "2026-10-04T08:30:00+05:00",
    [
        "Small-boat fishermen in Gwadar have been given insulated ice boxes under a scheme "
        "meant to cut the share of the catch that spoils before it reaches the market.",
        "Fishermen said that on hot days up to a third of their catch used to go bad on the "
        "way back to the harbour, forcing them to sell it cheaply for fishmeal.",
        "The boxes keep ice for about two days, and a cooperative will run a small ice plant "
        "at the harbour so that boats can fill them before leaving.",
        "Officials said the next phase would cover fishermen in Pasni and Jiwani.",
    ],
)

A_SHIMLA = mk(
    "shimla-apple-growers-support-price",
    "Shimla apple growers seek support price",
    "UNI",
    "2026-09-08T17:50:00+05:30",
    [
        "Shimla, Sept 8 (UNI) Apple growers in Himachal Pradesh on Tuesday asked the state "
        "government to fix a minimum price for their fruit, saying wholesale rates had fallen "
        "below the cost of production.",
        "Growers' associations said the price of cartons and transport had gone up, while "
        "buyers in the mandis were offering less than last year.",
        "A minister said the government would hold talks with growers and traders next week.",
        "Growers also asked for more cold storage near the orchards, so that fruit could be "
        "held back when prices are low.",
    ],
    agency="UNI",
    place="Shimla",
)

A_LIVE = mk(
    "karachi-rain-live",
    "Live: Heavy rain lashes Karachi, roads flooded",
    "Web Desk",
    "2026-07-28T13:05:00+05:00",
    [
        "Heavy rain has lashed Karachi since early Tuesday, flooding main roads and cutting "
        "power to several neighbourhoods, with more showers forecast for the evening.",
        ("h3", "Traffic diverted on Shahrah-e-Faisal"),
        "Traffic police diverted vehicles away from underpasses near Nursery and Baloch Colony, "
        "where water stood more than a metre deep.",
        ("h3", "Rainfall figures"),
        "The Met Office recorded ninety millimetres of rain at Masroor base and seventy at the "
        "airport by noon.",
        ("h3", "Power cuts in Saddar and Lyari"),
        "The power utility said more than two hundred feeders had tripped, and that crews would "
        "restore supply once water receded from substations.",
        ("h3", "Schools closed for the day"),
        "The provincial education department announced that all public and private schools in "
        "the city would stay closed on Tuesday.",
    ],
)

U_MULTAN = mk(
    "multan-mango-festival-ur",
    "ملتان میں تین روزہ آم میلے کا آغاز",
    "نمائندہ خصوصی",
    "2026-06-26T18:00:00+05:00",
    [
        "ملتان میں تین روزہ آم میلہ جمعہ کے روز شروع ہو گیا جس میں ضلع بھر سے کاشتکاروں نے آم "
        "کی ستر سے زائد اقسام پیش کیں۔",
        "میلے کے منتظمین کے مطابق اس سال پہلی بار برآمد کنندگان کے لیے الگ اسٹال لگائے گئے ہیں "
        "تاکہ چھوٹے کاشتکار براہ راست خریداروں سے بات کر سکیں۔",
        "کاشتکاروں نے بتایا کہ گرمی کی شدید لہر کے باعث اس سال پیداوار کچھ کم رہی، تاہم پھل کا "
        "معیار پچھلے سال سے بہتر ہے۔",
        "ایک بزرگ کاشتکار نے کہا کہ نوجوانوں کو باغبانی کے جدید طریقے سکھانے کی ضرورت ہے تاکہ "
        "باغات کو بیماریوں سے بچایا جا سکے۔",
        "میلہ اتوار کی شام تک جاری رہے گا۔",
    ],
    lang="ur",
)

# ---- clean-page articles: built to provoke over-deletion

C_SKARDU = mk(
    "skardu-winter-flights",
    "Skardu winter flights to run twice a week",
    "Ghulam Abbas",
    "2026-12-02T10:00:00+05:00",
    [
        "SKARDU, Dec 2:",
        "Flights between Islamabad and Skardu will run twice a week through the winter, the "
        "airline said on Wednesday, ending years of uncertainty for travellers once the "
        "snow closes the road.",
        ("h2", "What changes"),
        "Until now, winter flights were often cancelled at short notice because the old "
        "runway lights could not be used in poor visibility.",
        "New lights were installed in October.",
        "The schedule announced by the airline is:",
        ("li", "Tuesdays: departs Islamabad at 9:30, returns at 12:00"),
        ("li", "Saturdays: departs Islamabad at 10:15, returns at 12:45"),
        ("li", "Extra flights before Eid, if demand allows"),
        ("h2", "Fares"),
        "One-way fares will start at eighteen thousand rupees.",
        (
            "quote",
            "For students and patients, this is the difference between a one-hour flight "
            "and two days on a dangerous road.",
        ),
        "That was how a hotel owner in Skardu described the decision.",
        "Tickets go on sale on Friday.",
    ],
    place="Skardu",
)

C_CHITRAL = mk(
    "chitral-mobile-library",
    "Mobile library van reaches Chitral schools",
    "Zar Bibi",
    "2026-10-06T11:30:00+05:00",
    [
        "CHITRAL, Oct 6: A library van carrying two thousand books in Urdu, English and Khowar "
        "began visiting schools in upper Chitral this week, the district education office "
        "said.",
        "The van will stop at each of twenty-two schools once a fortnight, and pupils can "
        "borrow two books at a time.",
        "Read more about where you live: that is the slogan painted on the side of the van, "
        "which carries local histories and folk tales collected by teachers.",
        "Also, the van has a small solar panel on its roof, which powers a projector for "
        "film screenings in villages without electricity.",
        "Teachers said girls in particular had been asking for storybooks, since most "
        "schools in the valley have only textbooks.",
        "The education office said a second van would be added next year if funds allowed.",
    ],
    place="Chitral",
)

C_HUNZA_QA = mk(
    "hunza-farmer-interview",
    "'We still plant by the moon': a Hunza farmer on changing seasons",
    "Farida Karim",
    "2026-04-18T09:45:00+05:00",
    [
        "Karim Dad has farmed the same terraces above Karimabad for fifty years. We asked him "
        "how the seasons have changed.",
        ("h3", "When do you sow now?"),
        "Later than my father did. About two weeks later.",
        ("h3", "Why?"),
        "The snow melts at odd times. Some years early, some years late.",
        ("h3", "Do you still plant by the moon?"),
        "Yes. My grandson laughs at me. But yes.",
        ("h3", "What worries you most?"),
        "Water. Without the glacier there is no village.",
        "He went back to his apricot trees.",
    ],
)

C_KARACHI_WATER = mk(
    "karachi-water-board-billing",
    "Water board to share billing data with consumers",
    "Staff Reporter",
    "2026-04-02T20:10:00+05:00",
    [
        "KARACHI, April 2: The water board will share billing and supply data with consumers "
        "through a new online portal, officials said on Thursday.",
        "Consumers will be able to follow the progress of complaints online and comment on "
        "how they were handled.",
        "Subscribers who pay on time will receive a five per cent rebate, and those who sign "
        "up for text alerts will be told in advance of supply cuts.",
        "An advertisement inviting bids for new meters appeared in newspapers on Sunday.",
        "Photo identity cards will be needed to register on the portal.",
        "Related complaints about illegal hydrants will be sent to the police.",
        "The board's share of unbilled water is estimated at a third of its supply.",
    ],
    place="Karachi",
)

C_BLOG = mk(
    "thar-village-wedding-notes",
    "Notes from a Thar village wedding",
    "Marvi Lakho",
    "2026-01-25T22:00:00+05:00",
    [
        "We reached the village just before dusk, after four hours on sand tracks.",
        "The whole village was there. So were the peacocks.",
        "Dinner was served on the ground, on long cloths, in this order:",
        ("li", "millet bread with butter"),
        ("li", "lentils cooked with dried berries"),
        ("li", "sweet rice with jaggery"),
        "The singing went on until three.",
        "Nobody asked us to leave, and nobody asked why we had come.",
    ],
)

C_KANDY = mk(
    "kandy-hospital-visiting-rules",
    "Kandy hospital explains new visiting rules",
    "Dilani Perera",
    "2026-03-30T15:20:00+05:30",
    [
        "KANDY, March 30: The teaching hospital in Kandy will allow only two visitors per "
        "patient at a time from Monday, its director said, after complaints of crowded wards.",
        ("h2", "The rules"),
        ("oli", "Visiting hours are 6 am to 7 am, 12 noon to 1 pm and 5 pm to 7 pm."),
        ("oli", "Children under twelve may not enter wards."),
        ("oli", "One relative may stay overnight with patients over seventy."),
        ("h2", "Why now"),
        "Doctors said crowding made it hard to do rounds and spread infections.",
        ("quote", "We are not closing the doors on families. We are asking them to take turns."),
        "The director said the rules would be reviewed after three months.",
    ],
    place="Kandy",
)

U_SWAT_CLEAN = mk(
    "swat-new-road-ur",
    "سوات میں سیاحوں کے لیے نئی سڑک کھول دی گئی",
    "شیر عالم",
    "2026-05-14T12:00:00+05:00",
    [
        "سوات میں کالام اور مہوڈنڈ جھیل کے درمیان نئی سڑک منگل کے روز ٹریفک کے لیے کھول دی گئی۔",
        "سڑک کی لمبائی تقریباً چالیس کلومیٹر ہے۔",
        ("h2", "مقامی لوگوں کی رائے"),
        "مقامی ہوٹل مالکان نے کہا کہ اس سے سیاحوں کا سفر آدھا رہ جائے گا۔",
        ("quote", "پہلے جیپ میں تین گھنٹے لگتے تھے، اب ڈیڑھ گھنٹے میں پہنچ جاتے ہیں۔"),
        "تاہم کچھ رہائشیوں نے جنگلات کی کٹائی پر تشویش ظاہر کی۔",
        "محکمہ مواصلات کے مطابق سڑک کے کنارے درخت لگائے جائیں گے۔",
    ],
    lang="ur",
)


# --------------------------------------------------------------------------- noise pools

HEADLINES = [
    "Quetta traders shut shops over power cuts",
    "Nepal raises trekking permit fees for Manaslu",
    "Rawalpindi metro fares unchanged this year",
    "Flood embankment repaired near Dadu",
    "Chitral gets first women's cricket ground",
    "Kerala boat race postponed due to rain",
    "Colombo port handles record container traffic",
    "Bhutan opens new border crossing for traders",
    "Sialkot football makers report rise in orders",
    "Traffic police launch e-challan drive in Latifabad",
    "Sukkur barrage gates to be replaced",
    "Lahore schools change timings for heatwave",
    "Kashmir saffron harvest falls short",
    "Multan airport runway to be extended",
    "Dhaka bus owners call off strike",
    "Assam tea auction prices steady",
    "Ferry service to Manora resumes",
    "Abbottabad students win robotics contest",
    "Pokhara lakeside cleanup draws volunteers",
    "Mardan sugar mill clears farmers' dues",
    "Jhelum bridge closed for repairs",
    "Gilgit power house back online",
    "Bahawalpur camel fair returns after three years",
    "Larkana hospital gets new CT scanner",
    "Kandy perahera route finalised",
    "Thimphu hosts regional archery meet",
    "Khyber Pass train trial run completed",
    "Nawabshah cotton prices slide",
    "Dera Ismail Khan gets new university campus",
    "Sargodha citrus exporters eye new markets",
    "Kurram road reopened for traffic",
    "Hazara motorway toll raised",
    "Jacobabad records season's highest temperature",
    "Faisalabad textile workers demand wage rise",
    "Ziarat juniper forest gets fire watchtowers",
    "Khulna shrimp farmers hit by salinity",
    "Tangail weavers get design training",
    "Mirpur dam tourism plan approved",
    "Kohat tunnel lighting upgraded",
    "Bannu wheat procurement begins",
    "Udaipur lake levels rise after monsoon",
    "Chilas hotel owners await tourist season",
    "Mangla anglers report bigger catch",
    "Sylhet haor farmers harvest early",
]

UR_HEADLINES = [
    "کراچی میں بارش کے بعد بجلی کی فراہمی بحال",
    "لاہور میں ٹریفک کے نئے قوانین نافذ",
    "پشاور میں کتاب میلہ اختتام پذیر",
    "کوئٹہ میں گیس کی لوڈشیڈنگ کے خلاف احتجاج",
    "فیصل آباد کی ٹیکسٹائل برآمدات میں اضافہ",
    "حیدرآباد میں نئے اسپتال کا سنگ بنیاد",
    "گلگت میں سیاحوں کی آمد میں اضافہ",
    "سکھر بیراج کے دروازوں کی مرمت شروع",
]

RNG = random.Random(5050)


def heads(n: int) -> list[str]:
    return RNG.sample(HEADLINES, n)


def ur_heads(n: int) -> list[str]:
    return RNG.sample(UR_HEADLINES, n)


def slugify(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or f"x{zlib.crc32(text.encode()) % 100000}"


def href(h: str) -> str:
    return f"/{slugify(h)}-{len(h) * 7919 % 100000}"


def card_list(
    title: str | None,
    items: list[str],
    *,
    box: str = "div",
    box_attr: str = "",
    title_tag: str = "h3",
    title_attr: str = "",
    list_tag: str | None = "ul",
    list_attr: str = "",
    item_tag: str = "li",
    item_attr: str = "",
    thumbs: bool = False,
    ago: bool = False,
) -> Noise:
    """A headline list: optional heading, then links (optionally with thumbnails and times)."""
    parts = []
    for i, h in enumerate(items):
        img = (
            f'<img src="/img/t/{slugify(h)[:18]}.jpg" width="120" height="80" alt="">'
            if thumbs
            else ""
        )
        t = f'<span class="tm">{i + 2} hours ago</span>' if ago else ""
        parts.append(
            f'<{item_tag}{item_attr}>{img}<a href="{href(h)}">{esc(h)}</a>{t}</{item_tag}>'
        )
    inner = "".join(parts)
    if list_tag:
        inner = f"<{list_tag}{list_attr}>{inner}</{list_tag}>"
    head = f"<{title_tag}{title_attr}>{esc(title)}</{title_tag}>" if title else ""
    strings = ([title] if title else []) + list(items)
    return Noise(f"<{box}{box_attr}>{head}{inner}</{box}>", strings)


def teaser(
    prefix: str, h: str, *, tag: str = "p", attr: str = "", strong: str = "strong", key=None
) -> Noise:
    """An inline "Also read"-style line: a prefix and one linked headline."""
    return Noise(
        f'<{tag}{attr}><{strong}>{esc(prefix)}</{strong}> <a href="{href(h)}">{esc(h)}</a></{tag}>',
        [key or prefix.rstrip(" :|-»").strip(), h],
    )


def raw(markup: str, *strings: str) -> Noise:
    return Noise(markup, list(strings))


# --------------------------------------------------------------------------- chrome

SECTIONS = [
    "National",
    "Sindh",
    "Punjab",
    "Khyber Pakhtunkhwa",
    "Balochistan",
    "Gilgit-Baltistan",
    "Azad Kashmir",
    "India",
    "Nepal",
    "Bangladesh",
    "Sri Lanka",
    "World",
    "Business",
    "Agriculture",
    "Markets",
    "Sport",
    "Cricket",
    "Opinion",
    "Editorial",
    "Letters",
    "Culture",
    "Books",
    "Science",
    "Health",
    "Education",
    "Environment",
    "Weather",
    "Videos",
    "Podcasts",
    "Photos",
]


def scripts(site: str, seed: int) -> str:
    """About 10 kB of inline analytics/ad configuration, as real pages carry."""
    r = random.Random(seed)
    slots = []
    for i in range(34):
        sec = SECTIONS[(i + seed) % len(SECTIONS)]
        slots.append(
            f"googletag.defineSlot('/2190{seed % 97}/{slugify(site)}/{slugify(sec)}',"
            f"[[300,250],[728,90]],'div-gpt-ad-{seed}-{i}').addService(googletag.pubads())"
            f".setTargeting('pos','{r.choice(['top', 'mid', 'btf', 'inline'])}');"
        )
    dl = "".join(
        f"dataLayer.push({{'event':'pv','slot':{i},'section':'{SECTIONS[i % len(SECTIONS)]}',"
        f"'ts':{1760000000 + i * 53 + seed}}});"
        for i in range(30)
    )
    cfg = json.dumps(
        {
            "site": site,
            "env": "prod",
            "lazy": True,
            "bidders": [{"name": f"bidder{i}", "timeout": 800 + i * 25} for i in range(14)],
            "sections": SECTIONS,
        }
    )
    fn = (
        "!function(e,t){var n=e.__q=e.__q||[];function r(){n.push(arguments)}"
        "r('init',t);for(var i=0;i<n.length;i++){try{n[i][0]&&n[i][0].call&&n[i][0]()}catch(o){}}"
        "e.addEventListener('scroll',function(){var a=document.querySelectorAll('[data-lazy]');"
        "for(var s=0;s<a.length;s++){var c=a[s];if(c.getBoundingClientRect().top<innerHeight*2)"
        "{c.src=c.getAttribute('data-lazy');c.removeAttribute('data-lazy')}}},{passive:!0})}"
        f"(window,'{slugify(site)}');"
    )
    return (
        "<script>window.dataLayer=window.dataLayer||[];" + dl + "</script>"
        "<script>var googletag=googletag||{cmd:[]};googletag.cmd.push(function(){"
        + "".join(slots)
        + "googletag.enableServices()});</script>"
        f"<script>window.__SITECFG__={cfg};</script><script>{fn}</script>"
    )


CSS = (
    "<style>body{margin:0;font:16px/1.6 Georgia,serif;color:#222}a{color:#0a4d8c;text-decoration:none}"
    ".wrap{max-width:1180px;margin:0 auto;padding:0 16px}.row{display:flex;flex-wrap:wrap}"
    ".col-8{flex:0 0 66%}.col-4{flex:0 0 33%}h1{font-size:2.1rem;line-height:1.2}"
    ".menu li{display:inline-block;margin-right:12px}.sr-only{position:absolute;width:1px;height:1px;"
    "overflow:hidden;clip:rect(0,0,0,0)}img{max-width:100%;height:auto}.ftr a{margin-right:8px}"
    "@media(max-width:760px){.col-8,.col-4{flex:0 0 100%}}</style>"
)


def head(doc: Doc, url: str, site: str, seed: int, extra: str = "", amp: bool = False) -> str:
    a = doc.article
    canonical = f'<link rel="canonical" href="{url}">'
    if amp:
        canonical = f'<link rel="canonical" href="{url.replace("/amp/", "/")}">'
    return (
        f'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{esc(a.title)} | {esc(site)}</title>{canonical}"
        f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="{esc(site)}">'
        f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{a.date}">'
        f'<meta name="author" content="{esc(a.author)}">{CSS}{extra}{scripts(site, seed)}</head>'
    )


MENU_LINK = ' class="menu-link"'
TD_LINK = ' class="td-menu-item"'
DR_LINK = ' class="menu__link"'
ATOM_LINK = '<link rel="alternate" type="application/atom+xml" href="/feeds/posts/default">'


def nav_links(cls: str = "", fmt: str = "a") -> str:
    out = []
    for s in SECTIONS:
        link = f'<a href="/{slugify(s)}/"{cls}>{esc(s)}</a>'
        out.append(f"<li>{link}</li>" if fmt == "li" else link)
    return "".join(out)


def sub_menus() -> str:
    """A mega-menu: each section with four subsections."""
    subs = ["Latest", "Analysis", "Features", "Archive"]
    return "".join(
        f'<div class="mm-col"><b>{esc(s)}</b>'
        + "".join(f'<a href="/{slugify(s)}/{slugify(x)}/">{x}</a>' for x in subs)
        + "</div>"
        for s in SECTIONS
    )


def footer_links(sep: str = " ") -> str:
    extra = [
        "About us",
        "Contact",
        "Advertise with us",
        "Careers",
        "Privacy policy",
        "Terms of use",
        "Code of ethics",
        "Corrections",
        "RSS",
        "Sitemap",
        "Archives",
    ]
    links = [f'<a href="/{slugify(s)}/all/">All {esc(s)}</a>' for s in SECTIONS]
    links += [f'<a href="/{slugify(s)}/">{esc(s)}</a>' for s in extra]
    return sep.join(links)


# --------------------------------------------------------------------------- body rendering


def render_blocks(
    doc: Doc,
    inside: dict[int, list[Noise]],
    *,
    p: str = "<p>{}</p>",
    h2: str = "<h2>{}</h2>",
    h3: str = "<h3>{}</h3>",
    quote: str = "<blockquote><p>{}</p></blockquote>",
    ul: tuple[str, str] = ("<ul>", "</ul>"),
    ol: tuple[str, str] = ("<ol>", "</ol>"),
    li: str = "<li>{}</li>",
    tail: str | None = None,
    sep: str = "\n",
) -> str:
    """Text blocks with noise inserted after block i (-1: before the first block)."""
    a = doc.article
    out = [n.html for n in inside.get(-1, [])]
    open_list = None
    for i, (kind, text) in enumerate(zip(doc.kinds, a.paragraphs, strict=True)):
        want = "ul" if kind == "li" else "ol" if kind == "oli" else None
        if open_list and want != open_list:
            out.append((ul if open_list == "ul" else ol)[1])
            open_list = None
        if want and not open_list:
            out.append((ul if want == "ul" else ol)[0])
            open_list = want
        t = esc(text)
        if want:
            out.append(li.format(t))
        elif kind == "h2":
            out.append(h2.format(t))
        elif kind == "h3":
            out.append(h3.format(t))
        elif kind == "quote":
            out.append(quote.format(t))
        else:
            out.append(p.format(t))
        if inside.get(i):
            if open_list:
                out.append((ul if open_list == "ul" else ol)[1])
                open_list = None
            out.extend(n.html for n in inside[i])
    if open_list:
        out.append((ul if open_list == "ul" else ol)[1])
    if a.tail:
        out.append((tail or p).format(esc(a.tail)))
    out.extend(n.html for n in inside.get(len(a.paragraphs), []))
    return sep.join(out)


def outs(outside: list[Noise]) -> str:
    return "".join(n.html for n in outside)


# --------------------------------------------------------------------------- layouts


def wp_astra(doc, url, site, inside, outside, seed):
    a = doc.article
    body = render_blocks(
        doc,
        inside,
        h2='<h2 class="wp-block-heading">{}</h2>',
        ul=('<ul class="wp-block-list">', "</ul>"),
        quote='<blockquote class="wp-block-quote"><p>{}</p></blockquote>',
    )
    return (
        f'<!DOCTYPE html><html lang="en-US">{head(doc, url, site, seed)}'
        '<body class="post-template-default single single-post postid-48213 single-format-standard '
        'ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">'
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
        f'<div class="hfeed site" id="page"><header class="site-header ast-primary-header-bar" id="masthead">'
        f'<div class="site-branding"><p class="site-title"><a href="/">{esc(site)}</a></p></div>'
        f'<nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu ast-nav-menu">'
        f"{nav_links(MENU_LINK, 'li')}</ul></nav>"
        f'<div class="ast-mega-menu">{sub_menus()}</div></header>'
        '<div id="content" class="site-content"><div class="ast-container">'
        '<div id="primary" class="content-area primary"><main id="main" class="site-main">'
        '<article class="post-48213 post type-post status-publish format-standard has-post-thumbnail '
        'hentry category-regional ast-article-single" id="post-48213" itemtype="https://schema.org/CreativeWork" '
        'itemscope="itemscope"><div class="ast-post-format- single-layout-1">'
        f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(a.title)}</h1>'
        f'<div class="entry-meta">By <span class="posted-by vcard author"><a class="url fn n" href="/author/x/">'
        f'{esc(a.author)}</a></span> / <span class="posted-on"><time class="entry-date published" '
        f'datetime="{a.date}">{a.date[:10]}</time></span></div></header>'
        f'<div class="entry-content clear" itemprop="text">{body}</div></div></article>'
        f"{outs(outside)}</main></div>"
        '<div class="widget-area secondary" id="secondary"><div class="sidebar-main">'
        '<section class="widget widget_search"><form role="search" action="/"><input type="search" name="s">'
        "<button>Search</button></form></section></div></div></div></div>"
        f'<footer class="site-footer" id="colophon"><div class="ast-small-footer">{footer_links()}'
        f"<p>Copyright &copy; 2026 {esc(site)} | Powered by Astra WordPress Theme</p></div></footer>"
        "</div></body></html>"
    )


def wp_tagdiv(doc, url, site, inside, outside, seed):
    a = doc.article
    body = render_blocks(doc, inside)
    return (
        f'<!DOCTYPE html><html lang="en-US">{head(doc, url, site, seed)}'
        '<body class="post-template-default single single-post postid-9921 td-standalone-css global-block-template-1 '
        'td-animation-stack-type0 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">'
        '<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>'
        f'<div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-wrap td-header-style-1">'
        f'<div class="td-header-top-menu-full td-container-wrap"><div class="td-header-row td-header-top-menu">'
        f'<div class="td_data_time">Tuesday, {a.date[:10]}</div></div></div>'
        f'<div class="td-header-menu-wrap-full"><div id="td-header-menu" role="navigation">'
        f'<ul id="menu-td-demo-header-menu" class="sf-menu">{nav_links(TD_LINK, "li")}</ul>'
        f'<div class="td-mega-menu">{sub_menus()}</div></div></div></div>'
        '<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default">'
        '<div class="td-crumb-container"><div class="entry-crumbs"><span><a href="/" class="entry-crumb">Home</a></span>'
        ' <i class="td-icon-right td-bread-sep"></i> <span><a href="/sindh/" class="entry-crumb">Sindh</a></span></div></div>'
        '<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
        '<article id="post-9921" class="post-9921 post type-post status-publish format-standard" itemscope '
        'itemtype="https://schema.org/Article">'
        f'<div class="td-post-header"><header class="td-post-title"><h1 class="entry-title">{esc(a.title)}</h1>'
        f'<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> '
        f'<a href="/author/x/">{esc(a.author)}</a></div><span class="td-post-date"><time class="entry-date" '
        f'datetime="{a.date}">{a.date[:10]}</time></span></div></header></div>'
        f'<div class="td-post-content tagdiv-type">{body}</div>'
        f"</article>{outs(outside)}</div></div>"
        '<div class="td-pb-span4 td-main-sidebar"><div class="td-ss-main-sidebar"><aside class="td_block_template_1 widget">'
        '<h4 class="block-title"><span>Stay Connected</span></h4><div class="td-social-counter">22,480 Fans</div>'
        "</aside></div></div></div></div></div>"
        f'<div class="td-footer-wrapper td-container-wrap"><div class="td-footer-bottom-full">{footer_links()}'
        f'<div class="td-sub-footer-copy">&copy; Copyright 2026 - {esc(site)}</div></div></div></div></body></html>'
    )


def wp_jannah(doc, url, site, inside, outside, seed):
    a = doc.article
    body = render_blocks(doc, inside)
    return (
        f'<!DOCTYPE html><html lang="en-US" class="">{head(doc, url, site, seed)}'
        '<body id="tie-body" class="post-template-default single single-post wrapper-has-shadow block-head-1 '
        'magazine1 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-right has-sidebar post-layout-1">'
        '<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">'
        f'<header id="theme-header" class="theme-header header-layout-3 main-nav-dark"><div class="container header-container">'
        f'<div class="logo-wrapper"><div id="logo" class="text-logo"><a href="/"><div class="logo-text">{esc(site)}</div></a></div></div></div>'
        f'<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav"><div class="main-menu header-menu">'
        f'<ul id="menu-main" class="menu">{nav_links("", "li")}</ul></div></nav></div>'
        f'<div class="mega-menu-block">{sub_menus()}</div></header>'
        '<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">'
        '<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">'
        '<article id="the-post" class="container-wrapper post-content tie-standard">'
        f'<header class="entry-header-outer"><div class="entry-header"><h1 class="post-title entry-title">{esc(a.title)}</h1>'
        f'<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author no-avatars">'
        f'<span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="/author/x/" class="author-name tie-icon">'
        f'{esc(a.author)}</a></span></span></span><span class="date meta-item tie-icon">{a.date[:10]}</span></div></div></header>'
        f'<div class="entry-content entry clearfix">{body}</div></article>'
        f"{outs(outside)}</div>"
        '<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Primary Sidebar">'
        '<div class="theiaStickySidebar"><div id="social-statistics" class="container-wrapper widget social-statistics-widget">'
        '<ul class="solid-social-icons"><li class="social-icons-item"><a class="facebook-social-icon" href="#">'
        '<span class="followers-num">31,200</span><span class="followers-name">Fans</span></a></li></ul></div></div></aside>'
        "</div></div>"
        f'<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="site-info" class="site-info">'
        f'{footer_links()}<div class="copyright-text">&copy; 2026 {esc(site)}. All rights reserved.</div></div></footer>'
        "</div></div></div></body></html>"
    )


def wp_generatepress(doc, url, site, inside, outside, seed):
    a = doc.article
    body = render_blocks(doc, inside)
    return (
        f'<!DOCTYPE html><html lang="en-GB">{head(doc, url, site, seed)}'
        '<body class="post-template-default single single-post right-sidebar nav-float-right separate-containers '
        'header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>'
        f'<header class="site-header grid-container" id="masthead" aria-label="Site"><div class="inside-header">'
        f'<div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">{esc(site)}</a></p>'
        f'<p class="site-description">Voices from the valleys</p></div>'
        f'<nav class="main-navigation sub-menu-right" id="site-navigation"><div class="inside-navigation">'
        f'<ul id="menu-primary" class="menu sf-menu">{nav_links("", "li")}</ul></div></nav></div></header>'
        f'<div class="gp-mega">{sub_menus()}</div>'
        '<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">'
        '<div class="content-area" id="primary"><main class="site-main" id="main">'
        '<article id="post-5512" class="post-5512 post type-post status-publish format-standard has-post-thumbnail '
        'hentry category-nepal" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">'
        f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(a.title)}</h1>'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{a.date}">'
        f'{a.date[:10]}</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/x/">'
        f'<span class="author-name">{esc(a.author)}</span></a></span></span></div></header>'
        f'<div class="entry-content" itemprop="text">{body}</div></div></article>'
        f"{outs(outside)}</main></div>"
        '<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">'
        '<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/">'
        '<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" name="s"></label>'
        '<button class="search-submit" aria-label="Search"></button></form></aside></div></div></div></div>'
        f'<div class="site-footer"><footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container">'
        f'<div class="footer-bar">{footer_links()}</div><div class="copyright-bar"><span class="copyright">&copy; 2026 '
        f"{esc(site)}</span> &bull; Built with GeneratePress</div></div></footer></div></body></html>"
    )


def drupal9(doc, url, site, inside, outside, seed):
    a = doc.article
    body = render_blocks(doc, inside)
    return (
        f'<!DOCTYPE html><html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">{head(doc, url, site, seed)}'
        '<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">'
        'Skip to main content</a><div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
        '<div class="layout-container"><header role="banner"><div class="region region-header">'
        f'<div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home">{esc(site)}</a></div></div>'
        '<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" '
        'id="block-mainnavigation" class="block block-menu navigation menu--main">'
        f'<ul class="menu menu--level-1">{nav_links(DR_LINK, "li")}</ul></nav></div>'
        f'<div class="region region-mega">{sub_menus()}</div></header>'
        '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">'
        '<div class="region region-content"><div id="block-mainpagecontent" class="block block-system block-system-main-block">'
        '<article data-history-node-id="48120" role="article" about="/node/48120" class="node node--type-article '
        'node--promoted node--view-mode-full">'
        f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></h1>'
        f'<footer class="node__meta"><div class="node__submitted">Submitted by <span class="field field--name-uid">'
        f'<span>{esc(a.author)}</span></span> on <span class="field field--name-created">{a.date[:10]}</span></div></footer>'
        '<div class="node__content">'
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
        f"{body}</div></div></article></div>{outs(outside)}</div></div>"
        '<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">'
        '<div class="search-block-form block block-search" role="search"><form action="/search/node" method="get">'
        '<input title="Enter the terms you wish to search for." type="search" name="keys"></form></div></div></aside>'
        f'</main><footer role="contentinfo"><div class="region region-footer">{footer_links()}'
        f"<p>&copy; 2026 {esc(site)}</p></div></footer></div></div></body></html>"
    )


def drupal7(doc, url, site, inside, outside, seed):
    a = doc.article
    body = render_blocks(doc, inside)
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">'
        f'<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr">'
        f"{head(doc, url, site, seed)}"
        '<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-20771 node-type-story">'
        '<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>'
        f'<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix">'
        f'<a href="/" title="Home" rel="home" id="logo">{esc(site)}</a>'
        f'<div id="main-menu" class="navigation"><ul id="main-menu-links" class="links clearfix">{nav_links("", "li")}</ul></div>'
        f'<div id="superfish-1">{sub_menus()}</div></div></div>'
        '<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix"><div id="content" class="column">'
        f'<div class="section"><a id="main-content"></a><h1 class="title" id="page-title">{esc(a.title)}</h1>'
        '<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">'
        '<div id="node-20771" class="node node-story node-promoted clearfix" about="/content/20771" typeof="sioc:Item foaf:Document">'
        f'<div class="meta submitted"><span property="dc:date dc:created" content="{a.date}">Submitted by '
        f'<span class="username">{esc(a.author)}</span> on {a.date[:10]}</span></div>'
        '<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden">'
        f'<div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div></div>'
        f"</div></div></div></div>{outs(outside)}</div></div>"
        '<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">'
        '<div id="block-search-form" class="block block-search"><form action="/" method="post"><input type="text" name="search_block_form">'
        "</form></div></div></div></div></div></div>"
        f'<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix">{footer_links()}'
        f"<p>&copy; {esc(site)}</p></div></div></div></div></div></body></html>"
    )


def blogger(doc, url, site, inside, outside, seed):
    a = doc.article
    body = render_blocks(
        doc,
        inside,
        p="{}<br /><br />",
        h2="<b>{}</b><br /><br />",
        h3="<b>{}</b><br />",
        ul=("<ul>", "</ul>"),
        li="<li>{}</li>",
        sep="\n",
    )
    return (
        "<!DOCTYPE html><html class='v2' dir='ltr' lang='en'>"
        f"{head(doc, url, site, seed, extra=ATOM_LINK)}"
        "<body class='loading variant-simplysimple'><div class='navbar no-items section' id='navbar'></div>"
        "<div class='content'><div class='content-outer'><header><div class='header-outer'><div class='header section' id='header'>"
        f"<div class='widget Header' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'>"
        f"<a href='/'>{esc(site)}</a></h1></div><div class='descriptionwrapper'><p class='description'><span>Stories from "
        f"the north</span></p></div></div></div></div></div></header>"
        f"<div class='tabs-outer'><div class='tabs section' id='crosscol'><div class='widget PageList' id='PageList1'>"
        f"<div class='widget-content'><ul>{nav_links('', 'li')}</ul></div></div></div></div>"
        "<div class='main-outer'><div class='columns fauxcolumns'><div class='columns-inner'><div class='column-center-outer'>"
        "<div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>"
        f"<div class='date-outer'><h2 class='date-header'><span>{a.date[:10]}</span></h2><div class='date-posts'>"
        "<div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope>"
        f"<a name='7718230041'></a><h3 class='post-title entry-title' itemprop='name'>{esc(a.title)}</h3>"
        "<div class='post-header'><div class='post-header-line-1'></div></div>"
        "<div class='post-body entry-content float-container' id='post-body-7718230041' itemprop='description articleBody'>"
        f'<div dir="ltr" style="text-align: left;" trbidi="on">\n{body}\n</div><div style=\'clear: both;\'></div></div>'
        "<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>"
        f"Posted by <span class='fn' itemprop='author'><span itemprop='name'>{esc(a.author)}</span></span></span>"
        f"</div></div></div>{outs(outside)}</div></div></div></div></div></div></div>"
        "<div class='column-right-outer'><div class='sidebar section' id='sidebar-right-1'>"
        "<div class='widget BlogArchive' id='BlogArchive1'><h2>Blog Archive</h2><ul class='hierarchy'>"
        + "".join(f"<li><a href='/2026/{m:02d}/'>2026/{m:02d}</a></li>" for m in range(1, 13))
        + "</ul></div></div></div></div></div></div>"
        f"<footer><div class='footer-outer'><div class='foot section' id='footer-1'>{footer_links()}</div>"
        "<div class='widget Attribution'>Powered by Blogger.</div></div></footer></div></div></body></html>"
    )


def joomla_k2(doc, url, site, inside, outside, seed):
    a = doc.article
    body = render_blocks(doc, inside)
    return (
        f'<!DOCTYPE html><html lang="en-gb" dir="ltr">{head(doc, url, site, seed)}'
        '<body class="site com_k2 view-item no-layout no-task itemid-112"><div class="body"><div class="container">'
        f'<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/">'
        f'<span class="site-title">{esc(site)}</span></a></div></header>'
        f'<nav class="navigation" role="navigation"><div class="moduletable_menu"><ul class="nav menu nav-pills mod-list">'
        f'{nav_links("", "li")}</ul></div><div class="moduletable_mega">{sub_menus()}</div></nav>'
        '<div class="row-fluid"><main id="content" role="main" class="span9">'
        '<span id="startOfPageId5120"></span><div id="k2Container" class="itemView">'
        f'<div class="itemHeader"><span class="itemDateCreated">{a.date[:10]}</span>'
        f'<h2 class="itemTitle">{esc(a.title)}</h2><span class="itemAuthor">Written by <a rel="author" href="/author/x">'
        f"{esc(a.author)}</a></span></div>"
        '<div class="itemBody"><div class="itemFullText">'
        f"{body}</div><div class='clr'></div></div>{outs(outside)}</div></main>"
        '<div id="aside" class="span3"><div class="well"><h3 class="page-header">Search</h3><form action="/" method="post">'
        '<input name="searchword" type="search"></form></div></div></div></div></div>'
        f'<footer class="footer" role="contentinfo"><div class="container"><hr>{footer_links()}'
        f'<p class="pull-right"><a href="#top" id="back-top">Back to Top</a></p><p>&copy; 2026 {esc(site)}</p></div></footer>'
        "</body></html>"
    )


def php_table(doc, url, site, inside, outside, seed):
    """A hand-written PHP portal: nested tables, <span class=newsdetail> text, <br> between paragraphs."""
    a = doc.article
    body = render_blocks(doc, inside, p="{}<br><br>", sep="\n")
    menu = "".join(
        f'<td class="mnu"><a href="/news.php?cat={i}">{esc(s)}</a></td>'
        for i, s in enumerate(SECTIONS[:15])
    )
    return (
        f'<html>{head(doc, url, site, seed)}<body topmargin="0" leftmargin="0">'
        f'<table width="980" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td>'
        f'<table width="100%"><tr><td class="logo"><a href="/index.php">{esc(site)}</a></td>'
        f'<td align="right" class="dt">{a.date[:10]}</td></tr></table>'
        f'<table width="100%" class="menubar"><tr>{menu}</tr></table>'
        f'<div class="submenu">{sub_menus()}</div>'
        '<table width="100%" cellpadding="4"><tr><td width="680" valign="top" class="main">'
        f'<span class="newshead">{esc(a.title)}</span><br><span class="newsby">By {esc(a.author)}</span><br><br>'
        f'<span class="newsdetail">{body}</span>{outs(outside)}</td>'
        '<td width="300" valign="top" class="right"><table width="100%"><tr><td class="poll"><b>Poll</b><br>'
        'Should schools open on Saturdays?<br><input type="radio" name="p"> Yes<br><input type="radio" name="p"> No<br>'
        '<input type="submit" value="Vote"></td></tr></table></td></tr></table>'
        f'<table width="100%" class="foot"><tr><td align="center">{footer_links(" | ")}<br>'
        f"Copyright 2026 {esc(site)}. All rights reserved.</td></tr></table></td></tr></table></body></html>"
    )


def php_bootstrap(doc, url, site, inside, outside, seed):
    a = doc.article
    body = render_blocks(doc, inside)
    return (
        f'<!DOCTYPE html><html lang="en">{head(doc, url, site, seed)}<body>'
        f'<nav class="navbar navbar-default navbar-static-top"><div class="container"><div class="navbar-header">'
        f'<a class="navbar-brand" href="/">{esc(site)}</a></div><ul class="nav navbar-nav">{nav_links("", "li")}</ul>'
        f'<div class="dropdown-mega">{sub_menus()}</div></div></nav>'
        '<div class="container"><div class="row"><div class="col-md-8">'
        f'<div class="news-details"><h1 class="news-title">{esc(a.title)}</h1>'
        f'<div class="news-meta"><i class="fa fa-user"></i> {esc(a.author)} &nbsp; <i class="fa fa-clock-o"></i> {a.date[:10]}</div>'
        f'<div class="news-content">{body}</div></div>{outs(outside)}</div>'
        '<div class="col-md-4"><div class="panel panel-default"><div class="panel-heading">Weather</div>'
        '<div class="panel-body">Peshawar 18&deg;C, clear</div></div></div></div></div>'
        f'<footer class="footer"><div class="container">{footer_links()}<p class="text-muted">&copy; 2026 {esc(site)}</p>'
        "</div></footer></body></html>"
    )


AMP_BOILER = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}"
    "to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}"
    "</style></noscript>"
    '<script async src="https://cdn.ampproject.org/v0.js"></script>'
    '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>'
    '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>'
    '<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>'
    '<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>'
    '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>'
    "<style amp-custom>.ad-lbl{font-size:11px;color:#888;text-align:center}.story p{margin:0 0 1em}</style>"
)


def amp(doc, url, site, inside, outside, seed):
    a = doc.article
    body = render_blocks(doc, inside)
    return (
        f'<!doctype html><html amp lang="en">{head(doc, url, site, seed, extra=AMP_BOILER, amp=True)}<body>'
        f'<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>{nav_links("", "li")}</ul>'
        f'<div class="sb-more">{sub_menus()}</div></amp-sidebar>'
        f'<header class="amp-hdr"><button on="tap:sidebar.toggle">&#9776;</button><a href="/">{esc(site)}</a></header>'
        f'<main><div class="story"><h1 class="story-hl">{esc(a.title)}</h1>'
        f'<div class="story-by"><span class="by">{esc(a.author)}</span> | <span class="upd">Updated: {a.date[:10]}</span></div>'
        '<amp-img src="/img/lead.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>'
        f'<div class="story-body">{body}</div></div>{outs(outside)}</main>'
        f'<footer class="amp-ftr">{footer_links()}<p>&copy; 2026 {esc(site)}</p></footer></body></html>'
    )


def jsonld(doc, url, site, inside, outside, seed):
    a = doc.article
    body = render_blocks(doc, inside)
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "mainEntityOfPage": {"@type": "WebPage", "@id": url},
                "headline": a.title,
                "datePublished": a.date,
                "dateModified": a.date,
                "author": [{"@type": "Person", "name": a.author}],
                "publisher": {
                    "@type": "NewsMediaOrganization",
                    "name": site,
                    "logo": {"@type": "ImageObject", "url": f"{url.split('/news')[0]}/logo.png"},
                },
                "image": [f"{url.split('/news')[0]}/img/lead-1200.jpg"],
                "articleSection": "Regional",
                "inLanguage": a.lang,
                "articleBody": "\n\n".join(a.paragraphs),
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Home", "item": "/"},
                    {"@type": "ListItem", "position": 2, "name": "Regional", "item": "/regional/"},
                ],
            },
        ],
    }
    ld_tag = (
        '<script type="application/ld+json">'
        + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        + "</script>"
    )
    return (
        f'<!DOCTYPE html><html lang="{a.lang}">{head(doc, url, site, seed, extra=ld_tag)}<body class="article-page">'
        f'<header class="masthead"><a class="masthead__logo" href="/">{esc(site)}</a>'
        f'<nav class="primary-nav"><ul>{nav_links("", "li")}</ul></nav><div class="mega">{sub_menus()}</div></header>'
        '<main class="main"><div class="story">'
        f'<h1 class="story__headline">{esc(a.title)}</h1><p class="story__byline">{esc(a.author)} &middot; '
        f'<time datetime="{a.date}">{a.date[:10]}</time></p>'
        f'<div class="story__content">{body}</div></div>{outs(outside)}</main>'
        f'<footer class="site-foot">{footer_links()}<small>&copy; 2026 {esc(site)}</small></footer></body></html>'
    )


def divsoup(doc, url, site, inside, outside, seed):
    """No article/main/nav/header/footer/aside, no <p>, no <h*>: divs, spans and <br>."""
    a = doc.article
    body = render_blocks(
        doc,
        inside,
        p='<div class="tx">{}</div>',
        h2='<div class="tx b">{}</div>',
        h3='<div class="tx b">{}</div>',
        quote='<div class="tx i">{}</div>',
        ul=('<div class="lst">', "</div>"),
        ol=('<div class="lst">', "</div>"),
        li='<div class="li">&bull; {}</div>',
        tail='<div class="tx">{}</div>',
    )
    nav = "".join(f'<span class="m"><a href="/{slugify(s)}/">{esc(s)}</a></span>' for s in SECTIONS)
    return (
        f'<html>{head(doc, url, site, seed)}<body><div id="wrap"><div class="top"><div class="lg">'
        f'<a href="/">{esc(site)}</a></div><div class="mn">{nav}</div><div class="mm">{sub_menus()}</div></div>'
        '<div class="mid"><div class="l">'
        f'<div class="hl">{esc(a.title)}</div><div class="by">{esc(a.author)} <span class="d">{a.date[:10]}</span></div>'
        f'<div class="img"><img src="/up/2026/lead.jpg" alt=""></div>'
        f'<div class="cnt">{body}</div>{outs(outside)}</div>'
        '<div class="r"><div class="wx">Rajshahi 31&deg;C</div></div></div>'
        f'<div class="btm">{footer_links()}<div class="cp">&copy; 2026 {esc(site)}</div></div></div></body></html>'
    )


def obfuscated(doc, url, site, inside, outside, seed):
    """CSS-in-JS / hashed class names only; structure tags kept minimal."""
    a = doc.article
    body = render_blocks(
        doc,
        inside,
        p='<p class="c-x9 sc-1q7kz">{}</p>',
        h2='<h2 class="c-h2 sc-9zqp">{}</h2>',
        h3='<h3 class="c-h3 sc-9zqr">{}</h3>',
        quote='<blockquote class="c-bq sc-ab31"><p class="c-x9">{}</p></blockquote>',
        ul=('<ul class="c-ul">', "</ul>"),
        li='<li class="c-li">{}</li>',
    )
    nav = "".join(f'<a class="_1nq4 _3kq" href="/{slugify(s)}/">{esc(s)}</a>' for s in SECTIONS)
    return (
        f'<!DOCTYPE html><html lang="en">{head(doc, url, site, seed)}<body><div id="__root" class="_0f1">'
        f'<div class="_7tq sc-k1"><a class="_2lg" href="/">{esc(site)}</a><div class="_8nv">{nav}</div>'
        f'<div class="_9mm">{sub_menus()}</div></div>'
        '<div class="_4ct sc-z0x"><div class="c-a1 sc-u7w">'
        f'<h1 class="c-t1 sc-aa9">{esc(a.title)}</h1><div class="c-m2"><span class="c-m3">{esc(a.author)}</span>'
        f'<span class="c-m4">{a.date[:10]}</span></div>'
        f'<div class="c-b7 sc-p8e">{body}</div></div>{outs(outside)}</div>'
        f'<div class="_5ft sc-f9">{footer_links()}<span class="_5cp">&copy; 2026 {esc(site)}</span></div>'
        "</div></body></html>"
    )


def translit(doc, url, site, inside, outside, seed):
    """Class names in romanised Urdu/Hindi: khabar-matn (news text), sarkhi (headline), etc."""
    a = doc.article
    body = render_blocks(doc, inside, p='<p class="para">{}</p>')
    return (
        f'<!DOCTYPE html><html lang="en">{head(doc, url, site, seed)}<body class="khabar-safha">'
        f'<div class="sar-varaq"><a class="nishan" href="/">{esc(site)}</a>'
        f'<ul class="fehrist-e-zumre">{nav_links("", "li")}</ul><div class="zaili-fehrist">{sub_menus()}</div></div>'
        '<div class="markazi-hissa"><div class="khabar-dabba">'
        f'<h1 class="sarkhi">{esc(a.title)}</h1><div class="tafseelat"><span class="likhari">{esc(a.author)}</span>'
        f' <span class="tareekh">{a.date[:10]}</span></div>'
        f'<div class="khabar-matn">{body}</div></div>{outs(outside)}</div>'
        '<div class="kinara"><div class="mausam">Shimla 14&deg;C</div></div>'
        f'<div class="zer-varaq">{footer_links()}<p>&copy; 2026 {esc(site)}</p></div></body></html>'
    )


def liveblog(doc, url, site, inside, outside, seed):
    """WordPress live blog: each update an <article> with a time, its heading and paragraph."""
    a = doc.article
    times = ["13:05 PKT", "12:40 PKT", "12:10 PKT", "11:35 PKT"]
    blocks = list(zip(doc.kinds, a.paragraphs, strict=True))
    parts = [f'<div class="lb-intro"><p>{esc(blocks[0][1])}</p></div>']
    parts.extend(n.html for n in inside.get(0, []))
    parts.append('<div class="liveblog-feed">')
    entry = 0
    i = 1
    while i < len(blocks):
        h = blocks[i][1]
        txt = blocks[i + 1][1]
        parts.append(
            f'<article class="liveblog-entry" id="liveblog-entry-{9000 + entry}">'
            f'<header class="liveblog-meta"><time class="liveblog-time" datetime="2026-07-28">{times[entry]}</time>'
            f'<span class="liveblog-author">By {esc(a.author)}</span></header>'
            f'<div class="liveblog-entry-text"><h3>{esc(h)}</h3><p>{esc(txt)}</p></div>'
        )
        parts.extend(n.html for n in inside.get(i + 1, []))
        parts.append("</article>")
        entry += 1
        i += 2
    parts.append("</div>")
    parts.extend(n.html for n in inside.get(len(blocks), []))
    return (
        f'<!DOCTYPE html><html lang="en">{head(doc, url, site, seed)}<body class="single liveblog">'
        f'<header class="site-header"><a href="/">{esc(site)}</a><nav><ul>{nav_links("", "li")}</ul></nav>'
        f'<div class="mega">{sub_menus()}</div></header><main>'
        f'<article class="post liveblog-post"><h1 class="entry-title">{esc(a.title)}</h1>'
        f'<div class="entry-content">{"".join(parts)}</div></article>{outs(outside)}</main>'
        f"<footer>{footer_links()}<p>&copy; 2026 {esc(site)}</p></footer></body></html>"
    )


def urdu_rtl(doc, url, site, inside, outside, seed):
    a = doc.article
    body = render_blocks(doc, inside, h2='<h2 class="zaili-sarkhi">{}</h2>')
    nav = "".join(
        f"<li><a href='/cat/{i}'>{s}</a></li>"
        for i, s in enumerate(
            [
                "صفحہ اول",
                "پاکستان",
                "دنیا",
                "کاروبار",
                "کھیل",
                "صحت",
                "تعلیم",
                "کالم",
                "اداریہ",
                "ویڈیو",
                "پنجاب",
                "سندھ",
                "خیبر پختونخوا",
                "بلوچستان",
                "گلگت بلتستان",
                "آزاد کشمیر",
            ]
        )
    )
    return (
        f'<!DOCTYPE html><html lang="ur" dir="rtl">{head(doc, url, site, seed)}<body class="rtl single">'
        f'<header class="site-header"><a class="logo" href="/">{esc(site)}</a><nav class="main-menu"><ul>{nav}</ul></nav>'
        f'<div class="mega">{sub_menus()}</div></header>'
        '<div class="container"><div class="content-area">'
        f'<article class="post single-post"><h1 class="post-title">{esc(a.title)}</h1>'
        f'<div class="post-meta"><span class="author">{esc(a.author)}</span> <span class="date">{a.date[:10]}</span></div>'
        f'<div class="post-content">{body}</div></article>{outs(outside)}</div>'
        '<aside class="sidebar"><div class="widget"><h4>موسم</h4><p>ملتان 41&deg;</p></div></aside></div>'
        f'<footer class="site-footer">{footer_links()}<p>&copy; 2026 {esc(site)}</p></footer></body></html>'
    )


# --------------------------------------------------------------------------- noisy pages


def wp_comments(title: str, items: list[tuple[str, str]]) -> Noise:
    lis = "".join(
        f'<li class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">'
        f'<div class="comment-author vcard"><b class="fn">{esc(n)}</b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><time>March 10, 2026 at 8:{10 + k} am</time></div></footer>'
        f'<div class="comment-content"><p>{esc(t)}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>'
        f"</article></li>"
        for k, (n, t) in enumerate(items)
    )
    count = f"{len(items)} thoughts on &ldquo;{esc(title)}&rdquo;"
    form = (
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply '
        '<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> '
        '<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>'
        '<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label>'
        '<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>'
        "</form></div>"
    )
    return Noise(
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{count}</h2>'
        f'<ol class="comment-list">{lis}</ol>{form}</div>',
        [
            "thoughts on",
            *[t for _, t in items],
            "Leave a Reply",
            "Your email address will not be published",
            "Required fields are marked",
        ],
    )


def cookie_banner(text: str, button: str, cls: str = "cookie-notice") -> Noise:
    return Noise(
        f'<div id="{cls}" class="{cls}" role="dialog"><div class="{cls}-container"><span class="{cls}-text">'
        f'{esc(text)}</span><a href="#" class="{cls}-accept button">{esc(button)}</a></div></div>',
        [text.split(".")[0]],
    )


def noisy_pages() -> list[tuple[str, object, Doc, str, str, dict, list]]:
    """(name, layout, doc, site, domain, inside, outside) for each noisy page."""
    P = []

    # 00 -- Astra WordPress, Swat trout
    h = heads(4)
    P.append(
        (
            "wp_astra",
            wp_astra,
            A_SWAT,
            "Swat Valley Herald",
            "swatherald.example",
            {
                -1: [
                    raw(
                        '<div class="bsa-listen"><button class="bsa-play" aria-label="play"></button>'
                        '<span>Listen to this article</span> <span class="bsa-dur">2 min</span></div>',
                        "Listen to this article",
                    )
                ],
                0: [
                    card_list(
                        "You might also like",
                        h[:3],
                        box="div",
                        box_attr=' class="wp-block-group inline-related"',
                        title_tag="p",
                        title_attr=' class="has-small-font-size"',
                        thumbs=True,
                    )
                ],
                1: [
                    raw(
                        '<div class="code-block code-block-3" style="margin:8px auto;text-align:center;">'
                        '<span class="ad-label">Advertisement</span><ins class="adsbygoogle" data-ad-slot="6611"></ins></div>',
                        "Advertisement",
                    )
                ],
                2: [teaser("Continue reading:", h[3])],
                5: [
                    raw(
                        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social">'
                        '<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>'
                        '<li class="share-whatsapp"><a class="share-whatsapp sd-button" href="#" title="Click to share on WhatsApp">'
                        '<span>WhatsApp</span></a></li><li class="share-facebook"><a class="share-facebook sd-button" href="#" '
                        'title="Click to share on Facebook"><span>Facebook</span></a></li></ul></div></div></div>',
                        "Share this:",
                        "WhatsApp",
                    ),
                    raw(
                        '<div class="ast-single-author-box"><div class="ast-author-meta"><div class="about-author-title-wrapper">'
                        '<h3 class="about-author">About The Author</h3></div><div class="ast-author-details">'
                        '<h4 class="author-title">Sher Alam Khan</h4><div class="post-author-bio">Sher Alam Khan has reported on '
                        "Swat and Malakand for eleven years. He writes on fisheries, forests and the hotel trade.</div></div></div></div>",
                        "About The Author",
                        "has reported on Swat and Malakand for eleven years",
                    ),
                ],
            },
            [
                wp_comments(
                    A_SWAT.article.title,
                    [
                        ("Bakht Zada", "My cousin runs a farm in Kalam, feed is the real problem."),
                        ("Nazia", "Good news for the valley after a hard year."),
                    ],
                ),
                cookie_banner(
                    "We use cookies to give you the best experience on our website. Read our privacy notice.",
                    "Accept all",
                ),
            ],
        )
    )

    # 01 -- tagDiv Newspaper WordPress, Thar solar pumps
    h = heads(8)
    P.append(
        (
            "wp_tagdiv",
            wp_tagdiv,
            A_THAR,
            "Sindh Courier",
            "sindhcourier.example",
            {
                0: [
                    raw(
                        '<div class="td-a-rec td-a-rec-id-content_inlineleft tdi_3 td_block_template_1">'
                        '<span class="td-adspot-title">- Advertisement -</span><div id="gpt-inline-1"></div></div>',
                        "Advertisement",
                    )
                ],
                1: [
                    raw(
                        "<p>Subscribe to our WhatsApp channel for the latest updates from Thar and lower Sindh. "
                        '<a href="https://whatsapp.example/channel/x">Click to join</a></p>',
                        "Subscribe to our WhatsApp channel",
                        "Click to join",
                    )
                ],
                2: [
                    card_list(
                        "Don't miss",
                        h[:2],
                        box="div",
                        box_attr=' class="td-fix-index td_block_inline_text"',
                        title_tag="h4",
                        title_attr=' class="td-block-title"',
                        list_tag=None,
                        item_tag="div",
                        item_attr=' class="td-module-title"',
                    )
                ],
                5: [
                    raw(
                        '<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>'
                        '<li><a href="/tag/tharparkar/">Tharparkar</a></li><li><a href="/tag/solar-energy/">solar energy</a></li>'
                        '<li><a href="/tag/drinking-water/">drinking water</a></li></ul></div>',
                        "TAGS",
                        "solar energy",
                    ),
                    raw(
                        '<div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"></div>'
                        '<div class="td-default-sharing"><a class="td-social-sharing-buttons td-social-facebook" href="#">'
                        '<div class="td-sp td-sp-facebook"></div><div class="td-social-but-text">Share on Facebook</div></a>'
                        '<a class="td-social-sharing-buttons td-social-twitter" href="#"><div class="td-social-but-text">Tweet on Twitter</div></a>'
                        "</div></div>",
                        "Share on Facebook",
                        "Tweet on Twitter",
                    ),
                ],
            },
            [
                raw(
                    f'<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post">'
                    f'<div class="td-post-next-prev-content"><span>Previous article</span><a href="{href(h[2])}">{esc(h[2])}</a></div></div>'
                    f'<div class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post">'
                    f'<div class="td-post-next-prev-content"><span>Next article</span><a href="{href(h[3])}">{esc(h[3])}</a></div></div></div>',
                    "Previous article",
                    "Next article",
                    h[2],
                    h[3],
                ),
                raw(
                    '<div class="td_block_wrap td_block_related_posts tdi_7 td_with_ajax_pagination td-pb-border-top">'
                    '<h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a>'
                    '<a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4><div class="td_block_inner">'
                    + "".join(
                        f'<div class="td-related-span4"><div class="td_module_related_posts"><h3 class="entry-title td-module-title">'
                        f'<a href="{href(x)}">{esc(x)}</a></h3></div></div>'
                        for x in h[4:7]
                    )
                    + "</div></div>",
                    "RELATED ARTICLES",
                    "MORE FROM AUTHOR",
                    *h[4:7],
                ),
                raw(
                    '<div class="comments" id="comments"><div id="respond" class="comment-respond"><h4 class="td-comments-title-wrap">'
                    '<span class="td-comments-title">LEAVE A REPLY</span></h4><form id="commentform" class="comment-form">'
                    '<div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment">'
                    '<textarea placeholder="Comment:" id="comment" name="comment"></textarea>'
                    '<div class="td-warning-comment">Please enter your comment!</div></div>'
                    '<div class="comment-form-input-wrap td-form-author"><input placeholder="Name:*" name="author" type="text">'
                    '<div class="td-warning-author">Please enter your name here</div></div>'
                    '<div class="comment-form-input-wrap td-form-email"><input placeholder="Email:*" name="email" type="text">'
                    '<div class="td-warning-email-error">You have entered an incorrect email address!</div>'
                    '<div class="td-warning-email">Please enter your email address here</div></div>'
                    '<p class="form-submit"><input name="submit" type="submit" class="submit" value="Post Comment"></p></form></div></div>',
                    "LEAVE A REPLY",
                    "Please enter your comment",
                    "Please enter your name here",
                    "incorrect email address",
                ),
                card_list(
                    "Most Popular",
                    [h[7], *heads(2)],
                    box="div",
                    box_attr=' class="td_block_wrap td_block_popular"',
                    title_tag="h4",
                    title_attr=' class="block-title"',
                    list_tag=None,
                    item_tag="div",
                    item_attr=' class="td_module_6"',
                    thumbs=True,
                ),
            ],
        )
    )

    # 02 -- Jannah WordPress, Kathmandu buses
    h = heads(6)
    P.append(
        (
            "wp_jannah",
            wp_jannah,
            A_KTM,
            "Himalaya Post",
            "himalayapost.example",
            {
                -1: [
                    raw(
                        '<nav id="breadcrumb"><a href="/"><span class="tie-icon-home"></span> Home</a>'
                        '<em class="delimiter">/</em><a href="/world/">World</a><em class="delimiter">/</em>'
                        '<span class="current">South Asia Desk</span></nav>',
                        "South Asia Desk",
                    )
                ],
                0: [
                    raw(
                        '<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter">'
                        '<span class="stream-title">Sponsored</span><a href="/go/ad-77"><img src="/ads/banner-300.jpg" alt=""></a></div>',
                        "Sponsored",
                    )
                ],
                2: [
                    card_list(
                        "Trending now",
                        h[:2],
                        box="div",
                        box_attr=' id="inline-related-post" class="mag-box mini-posts-box content-only"',
                        title_tag="h3",
                        list_tag="ul",
                        list_attr=' class="posts-items"',
                        item_attr=' class="widget-single-post-item"',
                        thumbs=True,
                    )
                ],
                4: [
                    raw(
                        '<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title">'
                        '<span class="tie-icon-tags"></span> Tags</div><span class="tagcloud"><a href="/tag/transport/">Transport</a>'
                        '<a href="/tag/electric-vehicles/">Electric vehicles</a><a href="/tag/lalitpur/">Lalitpur</a></span></div>',
                        "Electric vehicles",
                        "Lalitpur",
                    ),
                    raw(
                        '<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links">'
                        '<a href="#" class="facebook-share-btn large-share-button"><span class="share-btn-icon tie-icon-facebook"></span>'
                        '<span class="social-text">Facebook</span></a><a href="#" class="email-share-btn"><span class="screen-reader-text">'
                        'Share via Email</span></a><a href="#" class="print-share-btn"><span class="screen-reader-text">Print</span></a>'
                        "</div></div>",
                        "Share via Email",
                    ),
                ],
            },
            [
                raw(
                    '<div class="about-author container-wrapper about-author-1"><div class="author-info"><h3 class="author-name">'
                    '<a href="/author/binita/">Binita Shrestha</a></h3><div class="author-bio">Binita covers cities, transport and '
                    "migration from the Kathmandu bureau. Write to her at the desk address below.</div>"
                    '<ul class="social-icons"><li class="social-icons-item"><a class="social-link" href="#">X</a></li></ul></div></div>',
                    "covers cities, transport and migration",
                ),
                raw(
                    f'<div id="read-next-block" class="container-wrapper read-next-slider-4"><h2 class="read-next-block-title">Read Next</h2>'
                    f'<div class="slide"><h3 class="thumb-title"><a href="{href(h[2])}">{esc(h[2])}</a></h3></div></div>',
                    "Read Next",
                    h[2],
                ),
                card_list(
                    "Related Articles",
                    h[3:6],
                    box="div",
                    box_attr=' id="related-posts" class="container-wrapper has-extra-post"',
                    title_tag="h3",
                    title_attr=' class="mag-box-title the-global-title"',
                    list_tag=None,
                    item_tag="div",
                    item_attr=' class="related-item"',
                    thumbs=True,
                    ago=True,
                ),
                raw(
                    '<div id="comments" class="comments-area"><div id="add-comment-block" class="container-wrapper">'
                    '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">'
                    'Leave a Reply <small><a id="cancel-comment-reply-link" href="#respond">Cancel reply</a></small></h3>'
                    '<form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p>'
                    '<p class="comment-form-comment"><textarea name="comment"></textarea></p><p class="form-submit">'
                    '<input type="submit" value="Post Comment"></p></form></div></div></div>',
                    "Leave a Reply",
                    "Cancel reply",
                ),
                raw(
                    '<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span>'
                    '<span class="screen-reader-text">Back to top button</span></a>',
                    "Back to top button",
                ),
            ],
        )
    )

    # 03 -- Drupal 9, Kochi water metro
    h = heads(7)
    P.append(
        (
            "drupal9",
            drupal9,
            A_KOCHI,
            "Malabar Tide",
            "malabartide.example",
            {
                0: [
                    raw(
                        '<div class="media media--type-image media--view-mode-default"><div class="field field--name-field-media-image">'
                        '<img src="/sites/default/files/2026-02/boat.jpg" alt=""></div>'
                        '<div class="field field--name-field-credit field--type-string">Photo credit: KWML handout</div></div>',
                        "Photo credit: KWML handout",
                    )
                ],
                1: [
                    card_list(
                        "More from this section",
                        h[:3],
                        box="div",
                        box_attr=' class="paragraph paragraph--type--related-content paragraph--view-mode--default"',
                        title_tag="div",
                        title_attr=' class="field field--name-field-heading"',
                        list_tag="div",
                        list_attr=' class="field field--name-field-stories field__items"',
                        item_tag="div",
                        item_attr=' class="field__item"',
                    )
                ],
                3: [teaser("Click here to read:", h[3])],
                5: [
                    raw(
                        '<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix">'
                        '<div class="field__label">Topics</div><div class="field__items"><div class="field__item">'
                        '<a href="/taxonomy/term/81" hreflang="en">Water transport</a></div><div class="field__item">'
                        '<a href="/taxonomy/term/122" hreflang="en">Ernakulam</a></div></div></div>',
                        "Water transport",
                        "Ernakulam",
                    )
                ],
            },
            [
                card_list(
                    "Most read",
                    h[4:7],
                    box="div",
                    box_attr=' class="views-element-container block block-views block-views-blockmost-read-block-1"',
                    title_tag="h2",
                    list_tag="ol",
                    item_attr=' class="views-row"',
                ),
                raw(
                    '<section class="comment-section"><h2>Comments</h2><article class="comment js-comment by-anonymous">'
                    '<div class="comment__meta">Anand K. &middot; 2 Feb 2026</div><div class="comment__content"><p>'
                    "Please add an evening boat from Kadamakudy, the last ferry leaves too early.</p></div></article>"
                    '<p class="comment-disclaimer">Comments are moderated and reflect the views of their authors, not of this newspaper.</p>'
                    '<h2 class="title comment-form__title">Add new comment</h2><form class="comment-comment-form comment-form">'
                    '<div class="js-form-item form-item"><label for="edit-name">Your name</label><input type="text" id="edit-name"></div>'
                    '<div class="url-textfield js-form-wrapper form-wrapper"><label>Leave this field blank</label><input type="text"></div>'
                    '<div class="js-form-item form-item"><label for="edit-comment-body">Comment</label><textarea id="edit-comment-body"></textarea></div>'
                    '<div class="form-actions"><input type="submit" value="Save"></div></form></section>',
                    "Please add an evening boat from Kadamakudy",
                    "Comments are moderated",
                    "Add new comment",
                    "Leave this field blank",
                ),
            ],
        )
    )

    # 04 -- Drupal 7, Neelum bridge
    h = heads(6)
    P.append(
        (
            "drupal7",
            drupal7,
            A_NEELUM,
            "Kashmir Valley Times",
            "kvtimes.example",
            {
                0: [
                    raw(
                        '<div class="service-links"><h2 class="element-invisible">Share this</h2><ul class="links">'
                        '<li class="service-links-facebook first"><a href="#" class="service-links-facebook">Facebook</a></li>'
                        '<li class="service-links-twitter"><a href="#">X</a></li><li class="service-links-whatsapp last">'
                        '<a href="#">WhatsApp</a></li></ul></div>',
                        "Share this",
                        "WhatsApp",
                    )
                ],
                1: [
                    raw(
                        '<div class="dfp-tag-wrapper"><div class="dfp-tag-label">ADVERTISING</div>'
                        '<div id="dfp-ad-inline_1" class="dfp-tag-wrapper"></div></div>',
                        "ADVERTISING",
                    )
                ],
                2: [teaser("Must see:", h[0], strong="b")],
                4: [
                    raw(
                        '<div class="print-link"><span class="print_html"><a href="/print/20771" title="Display a printer-friendly version">'
                        'Printer-friendly version</a></span> <span class="print_mail"><a href="/printmail/20771">Send by email</a></span></div>',
                        "Printer-friendly version",
                        "Send by email",
                    ),
                    raw(
                        '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix">'
                        '<div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even">'
                        '<a href="/tags/neelum">Neelum</a></div><div class="field-item odd"><a href="/tags/infrastructure">infrastructure</a>'
                        "</div></div></div>",
                        "Tags:",
                        "infrastructure",
                    ),
                ],
            },
            [
                card_list(
                    "Latest News",
                    h[1:5],
                    box="div",
                    box_attr=' id="block-views-latest-news-block" class="block block-views"',
                    title_tag="h2",
                    list_tag="div",
                    list_attr=' class="view-content"',
                    item_tag="div",
                    item_attr=' class="views-row"',
                    ago=True,
                ),
                raw(
                    '<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2>'
                    '<div class="comment comment-by-anonymous clearfix"><div class="submitted">Submitted by Raja Tariq</div>'
                    '<div class="content"><div class="field-item even">The contractor deserves credit, it was finished before the '
                    'snow.</div></div><ul class="links inline"><li class="comment-reply first last"><a href="#">reply</a></li></ul></div>'
                    '<h2 class="title comment-form">Post new comment</h2><form class="comment-form" id="comment-form">'
                    '<div class="form-item form-type-textfield form-item-name"><label>Your name <span class="form-required">*</span></label>'
                    '<input type="text" name="name"></div><div class="form-item"><label>Subject</label><input type="text"></div>'
                    '<div class="form-item"><label>Comment <span class="form-required">*</span></label><textarea></textarea></div>'
                    '<div class="form-actions"><input type="submit" value="Save"> <input type="submit" value="Preview"></div></form>'
                    '<div class="comment-policy">Disclaimer: views expressed by readers in the comments are their own and are not '
                    "endorsed by Kashmir Valley Times.</div></div>",
                    "The contractor deserves credit",
                    "Post new comment",
                    "views expressed by readers",
                ),
            ],
        )
    )

    # 05 -- Blogger, Jaffna manuscripts
    h = heads(6)
    P.append(
        (
            "blogger",
            blogger,
            A_JAFFNA,
            "Northern Lanka Notes",
            "northernlanka.example",
            {
                0: [
                    raw(
                        f'<b>Must Read:</b> <a href="{href(h[0])}">{esc(h[0])}</a><br /><br />',
                        "Must Read",
                        h[0],
                    )
                ],
                1: [
                    raw(
                        '<div class="separator" style="clear: both; text-align: center;"><a href="/img/leaves.jpg" '
                        'style="margin-left: 1em; margin-right: 1em;"><img border="0" height="240" src="/img/leaves-s.jpg" width="400" /></a></div>'
                        '<span style="font-size: x-small;">Image Credit: Jaffna Heritage Circle</span><br /><br />',
                        "Image Credit",
                    )
                ],
                2: [
                    raw(
                        '<span style="color: #2b00fe;"><b>Join our Telegram channel for daily heritage news: '
                        '<a href="https://t.example/northernlankanotes">t.example/northernlankanotes</a></b></span><br /><br />',
                        "Join our Telegram",
                        "t.example/northernlankanotes",
                    )
                ],
                4: [
                    raw(
                        "<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: "
                        "<a href='/search/label/Heritage' rel='tag'>Heritage</a>, <a href='/search/label/Jaffna' rel='tag'>Northern Province</a>"
                        "</span></div>",
                        "Labels:",
                        "Northern Province",
                    ),
                    raw(
                        "<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='#' "
                        "title='Email This'><span class='share-button-link-text'>Email This</span></a><a class='goog-inline-block "
                        "share-button sb-blog' href='#' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a>"
                        "<a class='goog-inline-block share-button sb-twitter' href='#' title='Share to X'><span "
                        "class='share-button-link-text'>Share to X</span></a><a class='goog-inline-block share-button sb-facebook' "
                        "href='#' title='Share to Facebook'><span class='share-button-link-text'>Share to Facebook</span></a></div>",
                        "Email This",
                        "BlogThis!",
                        "Share to X",
                        "Share to Facebook",
                    ),
                ],
            },
            [
                raw(
                    "<div class='comments threaded' id='comments'><a name='comments'></a><h4>2 comments:</h4>"
                    "<div class='comments-content'><div class='comment-thread'><ol><li class='comment'><div class='comment-block'>"
                    "<div class='comment-header'><cite class='user'>Tharshini</cite><span class='datetime secondary-text'>"
                    "May 11, 2026 at 9:02 PM</span></div><p class='comment-content'>My grandmother had leaves like these, we never "
                    "knew what to do with them.</p><span class='comment-actions secondary-text'><a class='comment-reply'>Reply</a>"
                    "<a href='#'>Delete</a></span></div></li><li class='comment'><div class='comment-block'><div class='comment-header'>"
                    "<cite class='user'>Unknown</cite></div><p class='comment-content'>Wonderful work by the students.</p></div></li>"
                    "</ol></div></div><p class='comment-footer'><div class='comment-form'><a name='comment-form'></a>"
                    "<h4 id='comment-post-message'>Post a Comment</h4></div></p></div>"
                    "<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' "
                    "href='/2026/05/newer.html' title='Newer Post'>Newer Post</a></span><span id='blog-pager-older-link'>"
                    "<a class='blog-pager-older-link' href='/2026/05/older.html' title='Older Post'>Older Post</a></span>"
                    "<a class='home-link' href='/'>Home</a></div><div class='post-feeds'><div class='feed-links'>Subscribe to: "
                    "<a class='feed-link' href='/feeds/1/comments/default' type='application/atom+xml'>Post Comments (Atom)</a></div></div>",
                    "2 comments:",
                    "we never knew what to do with them",
                    "Wonderful work by the students",
                    "Post a Comment",
                    "Newer Post",
                    "Older Post",
                    "Post Comments (Atom)",
                ),
                card_list(
                    "Popular Posts",
                    h[1:4],
                    box="div",
                    box_attr=" class='widget PopularPosts' id='PopularPosts1'",
                    title_tag="h2",
                    list_tag="ul",
                    item_attr=" class='item-title'",
                ),
            ],
        )
    )

    # 06 -- custom PHP, table layout, Peshawar BRT
    h = heads(7)
    P.append(
        (
            "php_table",
            php_table,
            A_PESH,
            "Frontier Daily",
            "frontierdaily.example",
            {
                -1: [
                    raw(
                        '<div class="newstools"><a href="/print.php?id=88120">Print News</a> | <a href="/mail.php?id=88120">'
                        'Email News</a> | Font: <a href="#">A+</a> <a href="#">A-</a></div>',
                        "Print News",
                        "Email News",
                    )
                ],
                0: [
                    raw(
                        f'<b>RELATED NEWS:</b> <a href="{href(h[0])}">{esc(h[0])}</a><br><br>',
                        "RELATED NEWS",
                        h[0],
                    )
                ],
                1: [
                    raw(
                        '<div class="adv" align="center"><a href="/banner.php?b=14"><img src="/banners/shifa-300x250.gif" border="0"></a>'
                        "<br><small>Advt.</small></div>",
                        "Advt.",
                    )
                ],
                3: [
                    raw(
                        '<font color="#cc0000"><b>Follow us on Facebook, X and YouTube for breaking news from Khyber Pakhtunkhwa.</b></font><br><br>',
                        "Follow us on Facebook",
                    )
                ],
                4: [
                    raw('<div class="views">Total views: 1,284</div>', "Total views"),
                    raw(
                        '<table width="100%" class="cmnt"><tr><td><b>Comments (0)</b><br>Be the first to comment on this news.<br>'
                        '<form method="post" action="/comment.php"><input name="nm" value="Name"><br><textarea name="c"></textarea><br>'
                        '<input type="submit" value="Send Comment"></form></td></tr></table>',
                        "Comments (0)",
                        "Be the first to comment",
                    ),
                    raw(
                        f'<div class="pn"><a href="{href(h[1])}">&laquo; Previous News</a> | <a href="{href(h[2])}">Next News &raquo;</a></div>',
                        "Previous News",
                        "Next News",
                    ),
                ],
            },
            [
                raw(
                    '<table width="100%" class="tops"><tr><td class="tops-h"><b>Top Stories</b></td></tr>'
                    + "".join(f'<tr><td><a href="{href(x)}">{esc(x)}</a></td></tr>' for x in h[3:7])
                    + "</table>",
                    "Top Stories",
                    *h[3:7],
                )
            ],
        )
    )

    # 07 -- AMP, Ladakh apricots (ANI)
    h = heads(6)
    P.append(
        (
            "amp",
            amp,
            A_LEH,
            "Himalayan Express",
            "himexpress.example",
            {
                0: [
                    raw(
                        '<div class="ad-wrap"><div class="ad-lbl">ADVERTISEMENT</div><amp-ad width="300" height="250" type="doubleclick" '
                        'data-slot="/2219/himexpress/amp_inline_1"></amp-ad></div>',
                        "ADVERTISEMENT",
                    )
                ],
                1: [
                    raw(
                        '<div class="trend"><h4 class="trend-t">Trending now</h4><amp-carousel height="90" layout="fixed-height" type="carousel">'
                        + "".join(
                            f'<div class="trend-i"><a href="{href(x)}">{esc(x)}</a></div>'
                            for x in h[:3]
                        )
                        + "</amp-carousel></div>",
                        "Trending now",
                        *h[:3],
                    )
                ],
                2: [
                    raw(
                        '<p class="app-cta"><a href="https://app.example/himexpress">Download the Himalayan Express app for faster news '
                        "on your phone</a></p>",
                        "app for faster news",
                    )
                ],
                4: [
                    raw(
                        '<p class="disclaimer"><i>(Disclaimer: This story is auto-generated from a syndicated feed; only the image and '
                        "headline may have been reworked by staff.)</i></p>",
                        "syndicated feed",
                        "auto-generated",
                    ),
                    raw(
                        '<div class="social-share"><span class="ss-lbl">Share this story</span>'
                        '<amp-social-share type="whatsapp" width="32" height="32"></amp-social-share>'
                        '<amp-social-share type="facebook" width="32" height="32" data-param-app_id="1"></amp-social-share></div>',
                        "Share this story",
                    ),
                    raw(
                        '<amp-iframe width="600" height="400" layout="responsive" sandbox="allow-scripts allow-same-origin" '
                        'src="https://comments.example/embed"><div placeholder class="cmt-ph">Loading comments&hellip;</div>'
                        '<button overflow type="button">View all comments</button></amp-iframe>',
                        "Loading comments",
                        "View all comments",
                    ),
                ],
            },
            [
                card_list(
                    "More from Ladakh",
                    h[3:6],
                    box="section",
                    box_attr=' class="more-sec"',
                    title_tag="h3",
                ),
                raw(
                    '<div class="follow">Follow us on <a href="#">Instagram</a> <a href="#">Threads</a> <a href="#">YouTube</a></div>',
                    "Follow us on",
                ),
            ],
        )
    )

    # 08 -- JSON-LD page, Hyderabad dialysis
    h = heads(8)
    P.append(
        (
            "jsonld",
            jsonld,
            A_HYD,
            "Indus Observer",
            "indusobserver.example",
            {
                -1: [
                    raw(
                        '<div class="audio-player" data-src="/tts/48822.mp3"><button class="audio-player__btn" type="button">'
                        'Listen to this story</button><span class="audio-player__time">00:00 / 02:41</span></div>',
                        "Listen to this story",
                    )
                ],
                0: [
                    card_list(
                        "Editor's Picks",
                        h[:2],
                        box="aside",
                        box_attr=' class="inline-promo"',
                        title_tag="span",
                        title_attr=' class="inline-promo__label"',
                        list_tag="ul",
                        item_attr=' class="inline-promo__item"',
                    )
                ],
                1: [raw('<p class="photo-credit">Photo: Online</p>', "Photo: Online")],
                3: [
                    raw(
                        '<div class="nl-signup"><h4 class="nl-signup__title">Get the day\'s top Sindh stories in your inbox</h4>'
                        '<form class="nl-signup__form" action="/newsletter"><input type="email" placeholder="Your email address">'
                        '<button type="submit">Sign me up</button></form><p class="nl-signup__fine">You can unsubscribe at any time.</p></div>',
                        "top Sindh stories in your inbox",
                        "Sign me up",
                        "unsubscribe at any time",
                    )
                ],
                5: [
                    raw(
                        "<p><em>Disclaimer: The views expressed in the comments below are those of the readers and do not reflect "
                        "the policy of the Indus Observer.</em></p>",
                        "do not reflect the policy",
                    )
                ],
            },
            [
                raw(
                    '<div class="comments-cta"><button class="comments-cta__btn">View 7 comments</button></div>',
                    "View 7 comments",
                ),
                card_list(
                    "Hot this week",
                    h[2:7],
                    box="section",
                    box_attr=' class="rail rail--hot"',
                    title_tag="h2",
                    title_attr=' class="rail__title"',
                    list_tag="ol",
                    item_attr=' class="rail__item"',
                    thumbs=True,
                ),
            ],
        )
    )

    # 09 -- div soup, Rajshahi mangoes
    h = heads(8)
    P.append(
        (
            "divsoup",
            divsoup,
            A_RAJ,
            "Barind Barta",
            "barindbarta.example",
            {
                0: [
                    card_list(
                        "You may like",
                        h[:3],
                        box="div",
                        box_attr=' class="rl"',
                        title_tag="div",
                        title_attr=' class="rl-t"',
                        list_tag=None,
                        item_tag="div",
                        item_attr=' class="rl-i"',
                        thumbs=True,
                    )
                ],
                1: [raw('<div class="cap">Photo: Collected</div>', "Photo: Collected")],
                2: [
                    raw(
                        f'<div class="tx2">Read more: <a href="{href(h[3])}">{esc(h[3])}</a></div>',
                        "Read more:",
                        h[3],
                    )
                ],
                4: [
                    raw(
                        '<div class="shr"><span>Share:</span> <span class="fb">Facebook</span> <span class="ms">Messenger</span> '
                        '<span class="wa">WhatsApp</span> <span class="cp">Copy link</span></div>',
                        "Messenger",
                        "Copy link",
                    ),
                    raw(
                        '<div class="fbc"><div class="fbc-h">0 Comments</div><div class="fbc-s">Sort by <span>Oldest</span></div>'
                        '<div class="fbc-in">Add a comment...</div><div class="fbc-f">Facebook Comments Plugin</div></div>',
                        "0 Comments",
                        "Sort by",
                        "Add a comment",
                        "Facebook Comments Plugin",
                    ),
                ],
            },
            [
                raw(
                    '<div class="tabs"><div class="tab-h"><span class="on">Latest</span> <span>Most read</span></div>'
                    + "".join(
                        f'<div class="tab-i"><a href="{href(x)}">{esc(x)}</a></div>' for x in h[4:8]
                    )
                    + "</div>",
                    "Most read",
                    *h[4:8],
                )
            ],
        )
    )

    # 10 -- obfuscated classes, Gwadar fishermen
    h = heads(7)
    P.append(
        (
            "obfuscated",
            obfuscated,
            A_GWADAR,
            "Makran Today",
            "makrantoday.example",
            {
                0: [
                    raw(
                        '<div class="c-x9 _r2q"><span class="c-q1">Scroll to continue with content</span>'
                        '<div class="c-q2" id="gpt-ad-3"></div></div>',
                        "Scroll to continue with content",
                    )
                ],
                1: [
                    card_list(
                        "Don't miss",
                        h[:2],
                        box="div",
                        box_attr=' class="c-m4 sc-77a"',
                        title_tag="p",
                        title_attr=' class="c-m5"',
                        list_tag=None,
                        item_tag="div",
                        item_attr=' class="c-m6"',
                    )
                ],
                2: [
                    raw(
                        '<div class="c-n1 sc-4kk"><p class="c-n2">Get our Balochistan briefing every morning</p>'
                        '<div class="c-n3"><input type="email" placeholder="Email"><button class="c-n4">Subscribe</button></div>'
                        '<p class="c-n5">By signing up you agree to our privacy policy.</p></div>',
                        "Balochistan briefing every morning",
                        "By signing up you agree",
                    )
                ],
                4: [
                    raw(
                        '<div class="c-w1"><img class="c-w2" src="/a/naseer.jpg" alt=""><div class="c-w3"><span class="c-w4">'
                        'Naseer Baloch</span><p class="c-w5">Naseer Baloch is our Makran correspondent. He has covered the '
                        "coast since 2015.</p></div></div>",
                        "is our Makran correspondent",
                    ),
                    raw(
                        '<div class="c-y1"><a class="c-y2" href="#comments">14 comments</a> <span class="c-y3">Join the conversation</span></div>',
                        "14 comments",
                        "Join the conversation",
                    ),
                ],
            },
            [
                card_list(
                    None,
                    h[2:6],
                    box="div",
                    box_attr=' class="c-r8 sc-09z"',
                    list_tag="ol",
                    list_attr=' class="c-r9"',
                    item_attr=' class="c-r10"',
                ),
                raw(
                    '<div class="c-z1">Trending now: <a href="'
                    + href(h[6])
                    + '">'
                    + esc(h[6])
                    + "</a></div>",
                    "Trending now:",
                    h[6],
                ),
            ],
        )
    )

    # 11 -- romanised Urdu/Hindi class names, Shimla apples (UNI)
    h = heads(6)
    P.append(
        (
            "translit",
            translit,
            A_SHIMLA,
            "Pahadi Samachar",
            "pahadisamachar.example",
            {
                0: [
                    raw(
                        '<div class="ishtihar"><small>Advertisement</small><div class="ishtihar-khana" id="ad-1"></div></div>',
                        "Advertisement",
                    )
                ],
                1: [
                    card_list(
                        "In Focus",
                        h[:3],
                        box="div",
                        box_attr=' class="mutalliqa-khabrein"',
                        title_tag="h4",
                        list_tag="ul",
                        item_attr=' class="khabar-kadi"',
                    )
                ],
                2: [
                    raw(
                        '<p class="para">For more such stories, follow us on Instagram and join our WhatsApp community.</p>',
                        "join our WhatsApp community",
                        "follow us on Instagram",
                    )
                ],
                4: [
                    raw(
                        '<div class="baantein"><span>Share:</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">Copy</a></div>',
                        "WhatsApp",
                    ),
                    raw(
                        '<div class="tabsare"><h4 class="tabsare-sarkhi">Reader comments (3)</h4><div class="tabsara">'
                        "<b>Rakesh Thakur</b><p>Growers in Kotkhai are suffering the most this year.</p></div>"
                        '<label class="tabsare-label" for="tb">Write your comment here</label><textarea id="tb"></textarea>'
                        '<p class="inkar">The opinions expressed in comments are personal and do not represent Pahadi Samachar.</p></div>',
                        "Reader comments",
                        "Growers in Kotkhai are suffering the most",
                        "Write your comment here",
                        "opinions expressed in comments are personal",
                    ),
                ],
            },
            [
                card_list(
                    "Sabse zyada padhi gayi",
                    h[3:6],
                    box="div",
                    box_attr=' class="sabse-zyada"',
                    title_tag="h3",
                ),
                cookie_banner(
                    "This site uses cookies. By continuing to browse, you agree to our use of cookies.",
                    "Got it",
                    "cookie-patti",
                ),
            ],
        )
    )

    # 12 -- Urdu RTL
    uh = ur_heads(6)
    P.append(
        (
            "urdu_rtl",
            urdu_rtl,
            U_MULTAN,
            "روزنامہ سرائیکی خبر",
            "saraikikhabar.example",
            {
                0: [
                    raw(
                        f'<p><strong>یہ بھی پڑھیں:</strong> <a href="/ur/1">{uh[0]}</a></p>',
                        "یہ بھی پڑھیں",
                        uh[0],
                    )
                ],
                1: [
                    raw(
                        '<div class="ad-box"><span class="ad-label">اشتہار</span><div id="ad-ur-1"></div></div>',
                        "اشتہار",
                    )
                ],
                2: [
                    raw(
                        '<p><a href="https://whatsapp.example/channel/ur">ہمارے واٹس ایپ چینل کو فالو کریں</a></p>',
                        "ہمارے واٹس ایپ چینل کو فالو کریں",
                    )
                ],
                5: [
                    raw(
                        '<div class="post-tags"><span>ٹیگز:</span> <a href="/tag/1">آم</a> <a href="/tag/2">زراعت</a> '
                        '<a href="/tag/3">جنوبی پنجاب</a></div>',
                        "ٹیگز",
                        "جنوبی پنجاب",
                    ),
                    raw(
                        '<div class="share"><span>شیئر کریں</span> <a href="#">فیس بک</a> <a href="#">ٹوئٹر</a> <a href="#">واٹس ایپ</a></div>',
                        "شیئر کریں",
                        "فیس بک",
                    ),
                ],
            },
            [
                card_list(
                    "متعلقہ خبریں", uh[1:4], box="div", box_attr=' class="related"', title_tag="h3"
                ),
                raw(
                    f'<div class="more"><a href="/ur/5">{uh[4]}</a> <a class="more-link" href="/ur/5">مزید پڑھیں</a></div>',
                    uh[4],
                    "مزید پڑھیں",
                ),
                raw(
                    '<div class="comments"><h3>تبصرے (2)</h3><div class="c"><b>عمران</b><p>ہمارے علاقے کا آم سب سے میٹھا ہوتا ہے۔</p></div>'
                    '<form><label for="ct">اپنا تبصرہ یہاں لکھیں</label><textarea id="ct"></textarea><button>بھیجیں</button></form>'
                    '<p class="note">ادارے کا قارئین کی آراء سے متفق ہونا ضروری نہیں۔</p></div>',
                    "تبصرے",
                    "ہمارے علاقے کا آم سب سے میٹھا ہوتا ہے",
                    "اپنا تبصرہ یہاں لکھیں",
                    "ادارے کا قارئین کی آراء سے متفق ہونا ضروری نہیں",
                ),
            ],
        )
    )

    # 13 -- live blog, Karachi rain
    h = heads(3)
    P.append(
        (
            "liveblog",
            liveblog,
            A_LIVE,
            "Karachi Metro News",
            "karachimetro.example",
            {
                0: [
                    raw(
                        '<div class="liveblog-status"><span class="lb-badge">LIVE UPDATES</span> <span class="lb-refresh">'
                        'Auto-refresh is on</span> <button class="lb-toggle">Turn off</button></div>'
                        '<div class="liveblog-key-events"><h4>Key events</h4><ul><li><a href="#liveblog-entry-9003">Closures announced</a></li>'
                        '<li><a href="#liveblog-entry-9001">Rain totals</a></li></ul></div>'
                        '<div class="liveblog-pinned"><span class="pin">Pinned post</span></div>',
                        "LIVE UPDATES",
                        "Auto-refresh is on",
                        "Key events",
                        "Closures announced",
                        "Rain totals",
                        "Pinned post",
                    )
                ],
                2: [
                    raw(
                        '<footer class="liveblog-entry-tools"><button class="lb-share">Share this update</button> '
                        '<a href="#liveblog-entry-9000" class="lb-link">Copy link to this update</a></footer>',
                        "Share this update",
                        "Copy link to this update",
                    )
                ],
                6: [raw('<div class="lb-ad"><span>Advertisement</span></div>', "Advertisement")],
                9: [
                    raw(
                        '<div class="liveblog-more"><button class="lb-load-more">Load more updates</button></div>'
                        '<p class="liveblog-note">Refresh the page to see the latest posts.</p>',
                        "Load more updates",
                        "Refresh the page to see the latest posts",
                    )
                ],
            },
            [
                card_list(
                    "Also on Karachi Metro News",
                    h,
                    box="aside",
                    box_attr=' class="also-on"',
                    title_tag="h3",
                )
            ],
        )
    )

    # 14 -- Joomla K2, Peshawar BRT
    h = heads(7)
    P.append(
        (
            "joomla_k2",
            joomla_k2,
            A_PESH,
            "Khyber Mail",
            "khybermail.example",
            {
                -1: [
                    raw(
                        '<div class="itemToolbar"><ul><li><span class="itemTextResizerTitle">font size</span> '
                        '<a href="#" id="fontDecrease">decrease font size</a> <a href="#" id="fontIncrease">increase font size</a></li>'
                        '<li><a class="itemPrintLink" rel="nofollow" href="/print">Print</a></li><li><a class="itemEmailLink" '
                        'rel="nofollow" href="/mailto">Email</a></li></ul></div>',
                        "decrease font size",
                        "increase font size",
                    )
                ],
                1: [
                    raw(
                        '<div class="moduletable inline-sponsored"><h3>Sponsored Links</h3><ul><li><a href="/go/1">Cheap flights to '
                        'Dubai this spring</a></li><li><a href="/go/2">Study medicine abroad: free counselling</a></li></ul></div>',
                        "Sponsored Links",
                        "Cheap flights to Dubai",
                        "Study medicine abroad",
                    )
                ],
                2: [
                    raw(
                        "<p><em>Get the latest news on your phone: join our WhatsApp group by sending HI to 0300-0000000.</em></p>",
                        "join our WhatsApp group",
                        "sending HI to",
                    )
                ],
                4: [
                    raw(
                        '<div class="itemLinks"><div class="itemTagsBlock"><span>Tagged under</span><ul class="itemTags">'
                        '<li><a href="/tag/brt">BRT</a></li><li><a href="/tag/ramazan">Ramazan</a></li></ul></div></div>',
                        "Tagged under",
                    ),
                    raw(
                        '<div class="itemAuthorBlock"><div class="itemAuthorDetails"><h3 class="authorName">'
                        '<a rel="author" href="/author/oc">Our Correspondent</a></h3><p>Reports for the Khyber Mail from the city desk.'
                        "</p></div></div>",
                        "Reports for the Khyber Mail from the city desk",
                    ),
                ],
            },
            [
                card_list(
                    "Latest from Our Correspondent",
                    h[:3],
                    box="div",
                    box_attr=' class="itemAuthorLatest"',
                    title_tag="h3",
                    list_tag="ul",
                ),
                card_list(
                    "Related items",
                    h[3:6],
                    box="div",
                    box_attr=' class="itemRelated"',
                    title_tag="h3",
                    list_tag="ul",
                    item_attr=' class="even"',
                ),
                raw(
                    f'<div class="itemNavigation"><span class="itemNavigationTitle">More in this category:</span> '
                    f'<a class="itemPrevious" href="{href(h[6])}">&laquo; {esc(h[6])}</a></div>',
                    "More in this category",
                    h[6],
                ),
                raw(
                    '<div class="itemComments"><div class="itemCommentsForm"><h3>Leave a comment</h3><p class="itemCommentsFormNotes">'
                    "Make sure you enter all the required information, indicated by an asterisk (*). HTML code is not allowed.</p>"
                    '<form action="/" method="post" id="comment-form"><label class="formComment">Message *</label><textarea></textarea>'
                    '<label class="formName">Name *</label><input type="text"><button type="submit" class="button">Submit comment</button>'
                    "</form></div></div>",
                    "Leave a comment",
                    "HTML code is not allowed",
                    "Submit comment",
                ),
            ],
        )
    )

    # 15 -- GeneratePress WordPress, Kathmandu buses -> use Kochi? no: Shimla
    h = heads(6)
    P.append(
        (
            "wp_generatepress",
            wp_generatepress,
            A_LEH,
            "Trans-Himalaya Weekly",
            "thweekly.example",
            {
                0: [
                    raw(
                        '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" '
                        'href="https://t.example/thweekly">Join our Telegram for instant alerts</a></div></div>',
                        "Join our Telegram for instant alerts",
                    )
                ],
                1: [
                    raw(
                        f'<p class="has-background has-pale-cyan-blue-background-color"><strong>Don&#8217;t miss:</strong> '
                        f'<a href="{href(h[0])}">{esc(h[0])}</a></p>',
                        "Don\u2019t miss",
                        h[0],
                    )
                ],
                2: [
                    raw(
                        '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/07/apricots.jpg" alt="">'
                        '</figure><p class="has-small-font-size">(Image: Courtesy Leh Growers\' Union)</p>',
                        "Image: Courtesy Leh Growers",
                    )
                ],
                4: [
                    raw(
                        '<div class="gp-author-box"><div class="author-box-avatar"></div><div class="author-box-info">'
                        '<h5 class="author-title">About ANI</h5><div class="author-description">This copy comes from our wire partner '
                        "and has been edited for length.</div></div></div>",
                        "This copy comes from our wire partner",
                    )
                ],
            },
            [
                raw(
                    f'<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev">'
                    f'<a href="{href(h[1])}" rel="prev">&larr; {esc(h[1])}</a></span></div><div class="nav-next"><span class="next">'
                    f'<a href="{href(h[2])}" rel="next">{esc(h[2])} &rarr;</a></span></div></nav>',
                    h[1],
                    h[2],
                ),
                card_list(
                    "Recommended Stories",
                    h[3:6],
                    box="div",
                    box_attr=' class="wp-show-posts-recommended"',
                    title_tag="h2",
                ),
                raw(
                    '<div class="comments-area"><div id="comments"><p class="no-comments">Comments are closed.</p></div></div>',
                    "Comments are closed",
                ),
            ],
        )
    )

    # 16 -- AMP, Neelum bridge
    h = heads(5)
    P.append(
        (
            "amp",
            amp,
            A_NEELUM,
            "Pir Panjal Post",
            "pirpanjal.example",
            {
                -1: [
                    raw(
                        '<div class="bc"><a href="/">Home</a> &rsaquo; <a href="/ajk/">AJK &amp; Gilgit-Baltistan</a></div>',
                        "AJK & Gilgit-Baltistan",
                    )
                ],
                0: [
                    raw(
                        f'<p class="rd-also"><strong>Continue reading</strong> | <a href="{href(h[0])}">{esc(h[0])}</a></p>',
                        "Continue reading",
                        h[0],
                    )
                ],
                2: [
                    raw(
                        '<div class="ad-wrap"><div class="ad-lbl">Story continues after this ad</div><amp-ad width="300" height="250" '
                        'type="adsense" data-ad-client="ca-pub-0000"></amp-ad></div>',
                        "Story continues after this ad",
                    )
                ],
                4: [
                    raw(
                        '<p class="photo-by">Photos by Tariq Mir for Pir Panjal Post</p>',
                        "Photos by Tariq Mir",
                    ),
                    raw(
                        '<div class="cmt-count"><a href="#cmts">Comments: 5</a> &middot; <a href="#cmts">Add yours</a></div>',
                        "Comments: 5",
                        "Add yours",
                    ),
                ],
            },
            [
                card_list(
                    "More from this section",
                    h[1:5],
                    box="section",
                    box_attr=' class="more-sec"',
                    title_tag="h3",
                )
            ],
        )
    )

    # 17 -- Bootstrap PHP portal, Thar solar pumps
    h = heads(7)
    P.append(
        (
            "php_bootstrap",
            php_bootstrap,
            A_THAR,
            "Desert Times",
            "deserttimes.example",
            {
                -1: [
                    raw(
                        '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/sindh">Sindh</a></li>'
                        '<li class="active">Thar Coal &amp; Water</li></ol>',
                        "Thar Coal & Water",
                    )
                ],
                1: [
                    raw(
                        f'<div class="well well-sm"><strong>ALSO READ |</strong> <a href="{href(h[0])}">{esc(h[0])}</a></div>',
                        "ALSO READ",
                        h[0],
                    )
                ],
                2: [
                    raw(
                        '<p class="text-center"><small>- Advertisement -</small></p><div class="adsense-inline"></div>',
                        "Advertisement",
                    )
                ],
                3: [
                    raw(
                        '<div class="poll-box"><h4>Have your say</h4><p>Should every Thar village get a filtration plant?</p>'
                        '<label><input type="radio"> Yes</label> <label><input type="radio"> No</label> <button class="btn btn-xs">Vote</button></div>',
                        "Have your say",
                        "Should every Thar village get a filtration plant",
                    )
                ],
                5: [
                    raw(
                        '<div class="btn-group"><a class="btn btn-default" href="/print">Print this story</a>'
                        '<a class="btn btn-default" href="/email">Email this story</a></div>',
                        "Print this story",
                        "Email this story",
                    ),
                    raw(
                        '<p class="text-muted"><small>Found a mistake? Select the text and press Ctrl+Enter.</small></p>',
                        "Ctrl+Enter",
                    ),
                ],
            },
            [
                card_list(
                    "Trending now",
                    h[1:5],
                    box="div",
                    box_attr=' class="panel panel-default trending"',
                    title_tag="div",
                    title_attr=' class="panel-heading"',
                    list_tag="ul",
                    list_attr=' class="list-group"',
                    item_attr=' class="list-group-item"',
                ),
                raw(
                    '<div class="pager"><a class="prev" href="'
                    + href(h[5])
                    + '">&larr; Previous story</a> '
                    '<a class="next" href="' + href(h[6]) + '">Next story &rarr;</a></div>',
                    "Previous story",
                    "Next story",
                ),
            ],
        )
    )

    # 18 -- div soup, Jaffna manuscripts (IANS)
    h = heads(5)
    P.append(
        (
            "divsoup",
            divsoup,
            A_JAFFNA,
            "Lanka Regional",
            "lankaregional.example",
            {
                0: [
                    raw(
                        '<div class="inl"><span class="inl-t">Recommended Stories</span>'
                        + "".join(f'<div><a href="{href(x)}">{esc(x)}</a></div>' for x in h[:2])
                        + "</div>",
                        "Recommended Stories",
                        *h[:2],
                    )
                ],
                2: [
                    raw(
                        '<div class="sub">Subscribe to our WhatsApp channel <a href="#">here</a></div>',
                        "Subscribe to our WhatsApp channel",
                    )
                ],
                4: [
                    raw(
                        '<div class="tg">Tags <a href="/t/1">palm leaf</a> <a href="/t/2">conservation</a> <a href="/t/3">Tamil heritage</a></div>',
                        "conservation",
                        "Tamil heritage",
                    ),
                    raw('<div class="cmt">Loading comments...</div>', "Loading comments"),
                ],
            },
            [
                raw(
                    '<div class="nx"><div>Next story</div><div><a href="'
                    + href(h[2])
                    + '">'
                    + esc(h[2])
                    + "</a></div></div>",
                    "Next story",
                    h[2],
                ),
                raw(
                    '<div class="ck">We and our partners use cookies to personalise content and ads. <span>Manage preferences</span> '
                    "<span>I agree</span></div>",
                    "We and our partners use cookies",
                    "Manage preferences",
                ),
            ],
        )
    )

    # 19 -- obfuscated classes, Kochi water metro (PTI)
    h = heads(6)
    P.append(
        (
            "obfuscated",
            obfuscated,
            A_KOCHI,
            "Backwater Bulletin",
            "backwaterbulletin.example",
            {
                0: [
                    raw(
                        '<p class="c-x9 sc-1q7kz"><b>Also read:</b> <a href="'
                        + href(h[0])
                        + '">'
                        + esc(h[0])
                        + "</a></p>",
                        "Also read",
                        h[0],
                    )
                ],
                1: [
                    raw(
                        '<div class="c-v3 sc-tt1"><span class="c-v4">Advertisement &middot; Scroll to continue</span></div>',
                        "Scroll to continue",
                    )
                ],
                3: [
                    card_list(
                        "More on this",
                        h[1:3],
                        box="div",
                        box_attr=' class="c-m4 sc-77a"',
                        title_tag="span",
                        title_attr=' class="c-m5"',
                        list_tag="ul",
                        item_attr=' class="c-m6"',
                    )
                ],
                5: [
                    raw(
                        '<div class="c-s1"><button class="c-s2" aria-label="Share on WhatsApp">Share</button>'
                        '<button class="c-s2" aria-label="Copy link">Copy link</button><button class="c-s2">Save</button></div>',
                        "Copy link",
                    ),
                    raw(
                        '<p class="c-x9 sc-1q7kz">Catch all the latest coverage of Kerala on our app. Download now.</p>',
                        "Download now",
                    ),
                ],
            },
            [
                card_list(
                    "You might also like",
                    h[3:6],
                    box="div",
                    box_attr=' class="c-r8 sc-09z"',
                    title_tag="h2",
                    title_attr=' class="c-r7"',
                    list_tag="ul",
                    item_attr=' class="c-r10"',
                    thumbs=True,
                )
            ],
        )
    )

    # 20 -- JSON-LD page, Shimla apples (UNI)
    h = heads(6)
    P.append(
        (
            "jsonld",
            jsonld,
            A_SHIMLA,
            "Hill State Herald",
            "hillstateherald.example",
            {
                0: [
                    raw(
                        '<p class="story__inline-link">Click here to read: <a href="'
                        + href(h[0])
                        + '">'
                        + esc(h[0])
                        + "</a></p>",
                        "Click here to read",
                        h[0],
                    )
                ],
                1: [
                    raw(
                        '<figure class="story__figure"><img src="/img/orchard.jpg" alt=""><figcaption>Apples being packed in '
                        'Kotkhai.</figcaption></figure><p class="story__credit">Photo: HSH/File</p>',
                        "Photo: HSH/File",
                    )
                ],
                2: [
                    raw(
                        '<div class="story__promo"><p>Subscribe to our morning newsletter and get the top Himachal stories before '
                        'breakfast.</p><a class="btn" href="/newsletters">Sign up</a></div>',
                        "Subscribe to our morning newsletter",
                        "before breakfast",
                    )
                ],
                4: [
                    raw(
                        '<div class="story__disclaimer">Disclaimer: Views expressed in reader comments are solely those of the '
                        "commenters.</div>",
                        "solely those of the commenters",
                    ),
                    raw(
                        '<div class="story__comments"><span class="count">3</span> Comments <button>Show comments</button></div>',
                        "Show comments",
                    ),
                ],
            },
            [
                card_list(
                    "Hot this week",
                    h[1:6],
                    box="section",
                    box_attr=' class="rail rail--hot"',
                    title_tag="h2",
                    title_attr=' class="rail__title"',
                    list_tag="ol",
                    item_attr=' class="rail__item"',
                )
            ],
        )
    )

    # 21 -- tagDiv Newspaper, Rajshahi mangoes
    h = heads(5)
    P.append(
        (
            "wp_tagdiv",
            wp_tagdiv,
            A_RAJ,
            "Padma Observer",
            "padmaobserver.example",
            {
                0: [
                    raw(
                        '<div class="td-a-ad id_inline_content_ad"><span class="td-adspot-title">Sponsored content</span></div>',
                        "Sponsored content",
                    )
                ],
                1: [
                    raw(
                        '<p style="text-align:center;"><em>(Photo: Padma Observer)</em></p>',
                        "Photo: Padma Observer",
                    )
                ],
                2: [
                    raw(
                        f'<h4 class="wp-block-heading">You may also read</h4><ul><li><a href="{href(h[0])}">{esc(h[0])}</a></li>'
                        f'<li><a href="{href(h[1])}">{esc(h[1])}</a></li></ul>',
                        "You may also read",
                        h[0],
                        h[1],
                    )
                ],
                4: [
                    raw(
                        "<p><strong>Join our Telegram channel and follow our Facebook page for the latest updates.</strong></p>",
                        "Join our Telegram channel",
                    )
                ],
            },
            [
                raw(
                    '<div class="td-author-name-wrap"><div class="td-author-description">The Staff Correspondent reports from '
                    "Rajshahi and the Barind tract.</div></div>",
                    "reports from Rajshahi and the Barind tract",
                ),
                card_list(
                    "Promoted Stories",
                    h[2:5],
                    box="div",
                    box_attr=' id="taboola-below-article-thumbnails" class="trc_related_container"',
                    title_tag="span",
                    title_attr=' class="trc_header_left_box"',
                    list_tag=None,
                    item_tag="div",
                    item_attr=' class="videoCube"',
                    thumbs=True,
                ),
            ],
        )
    )

    return P


CLEAN = [
    ("wp_astra", wp_astra, C_SKARDU, "Baltistan Times", "baltistantimes.example"),
    ("drupal9", drupal9, C_CHITRAL, "Hindu Kush Herald", "hkherald.example"),
    ("amp", amp, C_HUNZA_QA, "Karakoram Weekly", "karakoramweekly.example"),
    ("divsoup", divsoup, C_KARACHI_WATER, "Port City Daily", "portcitydaily.example"),
    ("urdu_rtl", urdu_rtl, U_SWAT_CLEAN, "روزنامہ وادی", "wadi.example"),
    ("blogger", blogger, C_BLOG, "Desert Diaries", "desertdiaries.example"),
    ("jsonld", jsonld, C_KANDY, "Hill Country News", "hillcountrynews.example"),
    ("obfuscated", obfuscated, C_KARACHI_WATER, "Sea View Times", "seaviewtimes.example"),
    ("translit", translit, C_CHITRAL, "Kohistan Khabar", "kohistankhabar.example"),
]


# --------------------------------------------------------------------------- checks


def page_text(markup: str) -> str:
    """Rough visible text of a page (tags removed, entities decoded), for self-checks only."""
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    return re.sub(r"\s+", " ", htmlmod.unescape(t))


def check(name: str, markup: str, doc: Doc, noise: list[Noise]) -> None:
    text = page_text(markup)
    a = doc.article
    body = "\n".join(a.paragraphs)
    for para in a.paragraphs:
        assert re.sub(r"\s+", " ", para) in text, (name, "body text not on page", para[:60])
    for n in noise:
        for s in n.strings:
            assert s in text, (name, "noise string not visible on page", s)
            assert s.lower() not in body.lower(), (name, "noise string occurs in the body", s)
            assert s.lower() not in a.title.lower(), (
                name,
                "noise string occurs in the headline",
                s,
            )


def main() -> None:
    folder = PAGES / SPLIT
    written = []
    for n, (lname, layout, doc, site, domain, inside, outside) in enumerate(noisy_pages()):
        a = doc.article
        url = f"https://{domain}/news/{a.slug}-{n}"
        if layout is amp:
            url = f"https://{domain}/amp/news/{a.slug}-{n}"
        noise = [x for xs in inside.values() for x in xs] + list(outside)
        markup = layout(doc, url, site, inside, outside, 100 + n)
        name = f"noisy-{n:02d}-{lname}"
        check(name, markup, doc, noise)
        write_page(SPLIT, name, url, markup, a, noise)
        written.append(name)
    for n, (lname, layout, doc, site, domain) in enumerate(CLEAN):
        a = doc.article
        url = f"https://{domain}/news/{a.slug}-clean-{n}"
        if layout is amp:
            url = f"https://{domain}/amp/news/{a.slug}-clean-{n}"
        markup = layout(doc, url, site, {}, [], 300 + n)
        name = f"clean-{n:02d}-{lname}"
        check(name, markup, doc, [])
        write_page(SPLIT, name, url, markup, a, [])
        written.append(name)
    for name in written:
        json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    print(f"wrote {len(written)} pages to {folder}")


if __name__ == "__main__":
    main()
