"""Write a blind held-out set to pages/heldout20/: news as it is republished and redistributed.

Written BLIND: the writer read only fixturekit.py, make_heldout.py and make_heldout2.py
(for the page/truth/noise conventions and the helper API) and nothing else in the
repository; no extractor was run on these pages. What is new: fourteen layouts in
which the story is shown by someone other than its publisher (a UK diaspora weekly,
a Gulf English daily, a state outlet's English page, an aggregator's full-coverage
view, a magazine-style flipping app, an RSS-to-email digest archive, a read-later
reader view, an archive snapshot under its toolbar, a syndication partner's embed,
a debate-society blog reprinting an op-ed, a messenger instant view, a link post
with the article quoted above comment threads, a wire agency's client-portal export
and a lightweight mobile page with a sticky app bar). Bodies carry sub-headings,
block quotes, lists and small tables (each item or table row is one truth line,
cells joined by single spaces); four stories are in right-to-left Urdu. Each story
appears once noisy and once clean, in two different layouts, so every layout has one
noisy and one clean page. Noise is worded afresh in English and Urdu and sits outside
the article container and inside it (before the first block, between blocks, after
the last block, after the wire credit), mostly in blocks with no telling class or id.
Every outlet, agency, person and sentence is invented; only place names are real.
The script checks itself before writing and fails loudly on any mismatch.

Run: python benchmarks/extraction/make_heldout20.py  (deterministic).
"""

from __future__ import annotations

import random
import re
from html.parser import HTMLParser

from fixturekit import Article, Noise, esc, write_page

SPLIT = "heldout20"
LATEST = "2026-12-01"


def story(slug, title, author, date, blocks, **kw) -> tuple[Article, list[str]]:
    """Blocks use a tiny markup: '## ' sub-heading, '> ' quote, '* ' list item, '| ' row."""
    return Article(slug, title, author, date, [truth_line(b) for b in blocks], **kw), blocks


def kind(block: str) -> str:
    for prefix, name in (("## ", "h"), ("> ", "q"), ("* ", "li"), ("| ", "tr")):
        if block.startswith(prefix):
            return name
    return "p"


def cells(block: str) -> list[str]:
    return [c.strip() for c in block[2:].split("|")]


def truth_line(block: str) -> str:
    k = kind(block)
    if k == "tr":
        return " ".join(cells(block))
    return block if k == "p" else block[len("## ") if k == "h" else 2 :]


STORIES = [
    story(
        "skardu-apricot-app",
        "اسکردو میں خواتین کی تنظیم نے خشک خوبانی کے آرڈر آن لائن لینا شروع کر دیے",
        "رضیہ بانو",
        "2026-08-19T11:20:00+05:00",
        [
            "اسکردو: بلتستان کے گاؤں کواردو کی خواتین کی ایک تنظیم نے خشک خوبانی اور خوبانی کے "
            "تیل کے آرڈر ایک موبائل ایپ کے ذریعے لینا شروع کر دیے ہیں، جس سے ان کا مال پہلی بار "
            "کراچی اور لاہور کے خریداروں تک براہ راست پہنچ رہا ہے۔",
            "تنظیم کی سربراہ گل بانو نے بتایا کہ اس وقت ساٹھ خواتین اس کی رکن ہیں اور ہر رکن "
            "اپنے باغ کی خوبانی صاف کر کے مشترکہ شیڈ میں سکھاتی ہے۔",
            "## پہلے بیوپاری، اب براہ راست خریدار",
            "ان کا کہنا تھا کہ پہلے بیوپاری گاؤں آ کر اونے پونے داموں مال خرید لیتے تھے، مگر "
            "اب خریدار ایپ پر تصویریں دیکھ کر آرڈر دیتے ہیں اور رقم پیشگی بھیج دیتے ہیں۔",
            "> ہم نے پہلی بار اپنی محنت کی پوری قیمت دیکھی ہے، اب گاؤں کی لڑکیاں بھی حساب کتاب "
            "سیکھ رہی ہیں۔",
            "تنظیم اس وقت تین چیزیں فروخت کر رہی ہے:",
            "* خشک خوبانی، آدھے اور ایک کلو کے تھیلوں میں",
            "* خوبانی کی گری کا تیل، چھوٹی بوتلوں میں",
            "* سردیوں کے لیے خوبانی اور اخروٹ کا ملا جلا ڈبہ",
            "محکمہ زراعت کے ایک افسر نے کہا کہ اگر خواتین صفائی اور پیکنگ کا معیار برقرار رکھیں "
            "تو اگلے سال ان کا مال بیرون ملک بھی بھیجا جا سکتا ہے۔",
            "خریداروں کی شکایات اور تبصرے بھی اب ایپ پر آتے ہیں، جنہیں تنظیم کی ارکان ہر ہفتے "
            "مل بیٹھ کر پڑھتی ہیں۔",
            "اگلا سیزن جولائی میں شروع ہوگا۔",
        ],
        place="اسکردو",
        lang="ur",
    ),
    story(
        "turbat-date-cold-rooms",
        "Turbat date growers turn to shared cold rooms as prices slide",
        "Shahzaib Dashti",
        "2026-09-08T08:40:00+05:00",
        [
            "TURBAT, Sept 8 (IWS) — Date growers in the Kech valley have begun pooling their "
            "harvest in three shared cold rooms this season, hoping to hold back fruit until "
            "prices recover from a slump that followed a bumper crop.",
            "The rooms, built by a growers' association with a loan from a provincial rural bank, "
            "can hold around nine hundred tonnes between them, according to the association's "
            "secretary.",
            "## Why prices fell",
            "Traders said the harvest was larger than usual after a mild spring, and that buyers "
            "from Karachi had held off because of high transport costs on the coastal highway.",
            "| Variety | Last season (Rs per 40 kg) | This month (Rs per 40 kg)",
            "| Begum Jangi | 9,500 | 6,800",
            "| Muzati | 7,200 | 5,100",
            "| Kaharba | 6,000 | 4,300",
            "Growers who are members of the association pay a fixed monthly fee for space, and "
            "can follow the temperature of their stored fruit through text messages sent twice "
            "a day.",
            "> If we can wait six weeks, we sell at a fair price instead of giving our dates away "
            "at the farm gate.",
            "An official at the district agriculture office said the department would share "
            "photos and grading guides with growers so that stored fruit meets the standards of "
            "supermarket buyers.",
            "Electricity cuts remain the biggest worry.",
        ],
        tail="(Reporting by Shahzaib Dashti; editing by Mahnoor Qazi, Indus Wire Service)",
        agency="IWS",
        place="Turbat",
    ),
    story(
        "sust-dry-port-season",
        "Seasonal trade resumes at Sust dry port as border pass reopens",
        "Lin Haoyu",
        "2026-04-02T17:05:00+08:00",
        [
            "GILGIT, April 2 (Eastbridge) -- The first trucks of the season crossed into the Sust "
            "dry port on Thursday after the mountain pass on the border reopened following the "
            "winter closure, officials said.",
            "Customs staff said about forty vehicles carrying household goods, solar panels and "
            "fruit were cleared on the first day, and that numbers were expected to rise over "
            "the coming weeks.",
            "Traders in Gilgit-Baltistan depend on the summer months for most of their annual "
            "business, and many had stocked warehouses in advance.",
            "A customs official said a new scanning system installed during the winter had cut "
            "inspection time for each truck to under an hour.",
            "Traders can now download clearance forms from the customs website instead of "
            "queuing at the port office, the official added.",
            "Local transporters said they hoped the season would run until late November, "
            "weather permitting.",
            "Hotel owners in Gojal also welcomed the reopening, saying drivers and traders fill "
            "their rooms for most of the summer.",
        ],
        agency="Eastbridge",
        place="Gilgit",
    ),
    story(
        "thar-solar-wells",
        "Solar pumps shorten the walk to water in Tharparkar villages",
        "Sunita Kolhi",
        "2026-05-27T10:10:00+05:00",
        [
            "MITHI, May 27 (Mehran Newswire): Women in more than thirty villages of Tharparkar no "
            "longer walk for hours to draw water, after solar-powered pumps were fitted to old "
            "dug wells under a district programme.",
            "## How the scheme works",
            "Each pump fills a covered tank next to the well, and a village committee decides the "
            "hours at which families and livestock can use it.",
            "Committee members collect a small monthly contribution from each household to pay "
            "for repairs, which a trained mechanic from a nearby town carries out.",
            "* Wells are chosen where the water is not too salty to drink.",
            "* Panels are mounted on raised frames to keep them clear of sand.",
            "* Each committee must include at least two women.",
            "The district water engineer said an earlier attempt with diesel pumps had failed "
            "because villages could not afford fuel during drought years.",
            "> Before, my daughters spent the morning at the well. Now they are in school by "
            "eight.",
            "A local charity that sponsors part of the scheme said it would share monthly reports "
            "on water use with donors and publish photos of each installation.",
            "Thirty more wells are on the list for next year.",
        ],
        tail="Mehran Newswire/ak/rj",
        agency="Mehran Newswire",
        place="Mithi",
    ),
    story(
        "peshawar-bookshops-catalogue",
        "پشاور کے پرانے کتب فروشوں نے کتابوں کی مشترکہ آن لائن فہرست بنا لی",
        "فرحان اللہ خلیل",
        "2026-03-14T09:30:00+05:00",
        [
            "پشاور: قصہ خوانی بازار کے قریب کتابوں کی پرانی دکانوں کے مالکان نے مل کر اپنی "
            "کتابوں کی ایک مشترکہ آن لائن فہرست تیار کی ہے، جسے قارئین فون پر دیکھ کر کتاب "
            "منگوا سکتے ہیں۔",
            "اس منصوبے میں اس وقت سترہ دکانیں شامل ہیں جن کے پاس مجموعی طور پر پچاس ہزار سے "
            "زیادہ کتابیں موجود ہیں، جن میں پشتو، اردو اور فارسی کے نایاب نسخے بھی شامل ہیں۔",
            "## نوجوانوں کی مدد",
            "فہرست بنانے کا کام یونیورسٹی کے چند طلبہ نے رضاکارانہ طور پر کیا، جنہوں نے دو ماہ "
            "تک ہر کتاب کی تصویر کھینچ کر اس کا اندراج کیا۔",
            "ایک دکاندار حاجی عبدالغفور نے بتایا کہ گزشتہ چند برسوں میں گاہک کم ہو گئے تھے اور "
            "کئی دکانیں بند ہونے کے قریب تھیں۔",
            "> لوگ اب بھی کتاب پڑھنا چاہتے ہیں، بس انہیں یہ معلوم نہیں ہوتا تھا کہ کون سی کتاب "
            "کس دکان میں ہے۔",
            "دکانداروں کے مطابق پہلے مہینے میں ہی ملک کے مختلف شہروں سے چار سو سے زائد آرڈر "
            "موصول ہوئے، جبکہ بیرون ملک مقیم کئی پاکستانیوں نے بھی رابطہ کیا۔",
            "کتب فروشوں نے سوشل میڈیا پر ایک صفحہ بھی بنایا ہے جسے فالو کرنے والوں کو ہر ہفتے "
            "نئی آنے والی کتابوں کی خبر دی جاتی ہے، اور کچھ قارئین نے ماہانہ سبسکرپشن کی تجویز "
            "بھی دی ہے۔",
            "منصوبے کے لیے کسی اسپانسر کی مدد نہیں لی گئی۔",
        ],
        place="پشاور",
        lang="ur",
    ),
    story(
        "multan-mango-heat",
        "ملتان میں شدید گرمی سے آم کے باغات متاثر، کاشتکار پریشان",
        "محمد عرفان بھٹہ",
        "2026-06-11T15:45:00+05:00",
        [
            "ملتان: جنوبی پنجاب میں دو ہفتوں سے جاری شدید گرمی نے آم کے باغات کو نقصان پہنچایا "
            "ہے اور کاشتکاروں کا کہنا ہے کہ اس سال پیداوار میں نمایاں کمی کا خدشہ ہے۔",
            "باغبانوں کی ایک تنظیم کے مطابق درجہ حرارت بڑھنے سے کچا پھل وقت سے پہلے گرنے لگا "
            "ہے، خاص طور پر ان باغات میں جہاں نہری پانی کی باری تاخیر سے آئی۔",
            "## برآمدات پر اثر",
            "برآمد کنندگان نے بتایا کہ بیرون ملک خریداروں نے معیار کی شرائط سخت کر دی ہیں اور "
            "چھوٹے اور داغ دار پھل کی کھیپیں قبول نہیں کی جا رہیں۔",
            "| ضلع | متاثرہ رقبہ (ایکڑ) | متوقع کمی",
            "| ملتان | 12,000 | 25 فیصد",
            "| مظفرگڑھ | 8,500 | 30 فیصد",
            "| خانیوال | 6,200 | 20 فیصد",
            "محکمہ زراعت نے کاشتکاروں کو شام کے وقت آبپاشی کرنے اور باغات میں گری ہوئی کیریاں "
            "فوری طور پر اٹھانے کا مشورہ دیا ہے۔",
            "> ہم نے بیس برس میں ایسی گرمی نہیں دیکھی، درخت پانی مانگ رہے ہیں اور نہر خشک پڑی ہے۔",
            "محکمے نے ایک ہیلپ لائن اور موبائل ایپ بھی متعارف کرائی ہے جس پر کاشتکار اپنے باغ کی "
            "تصاویر بھیج کر ماہرین سے مشورہ لے سکتے ہیں۔",
        ],
        place="ملتان",
        lang="ur",
    ),
    story(
        "muzaffarabad-rescue-volunteers",
        "مظفرآباد میں نوجوانوں کو زلزلے اور سیلاب میں امدادی کارروائیوں کی تربیت",
        "ثمینہ اعوان",
        "2026-10-05T12:00:00+05:00",
        [
            "مظفرآباد: آزاد کشمیر کے دارالحکومت میں دو سو سے زائد نوجوان رضاکاروں نے زلزلے، "
            "سیلاب اور لینڈ سلائیڈنگ کے دوران امدادی کارروائیوں کی دس روزہ تربیت مکمل کر لی ہے۔",
            "تربیت کا اہتمام ضلعی ڈیزاسٹر مینجمنٹ اتھارٹی نے کیا، جس میں طلبہ، دکانداروں اور "
            "سرکاری ملازمین نے حصہ لیا۔",
            "## تربیت میں کیا سکھایا گیا",
            "* ملبے تلے دبے افراد کو محفوظ طریقے سے نکالنا",
            "* زخمیوں کو ابتدائی طبی امداد دینا",
            "* دریا کے کنارے آباد گھروں کو بروقت خالی کرانا",
            "اتھارٹی کے ایک افسر نے بتایا کہ رضاکاروں کے نام اور فون نمبر ایک فہرست میں درج کیے "
            "گئے ہیں تاکہ ہنگامی حالت میں انہیں فوری بلایا جا سکے۔",
            "> دو ہزار پانچ کے زلزلے میں ہم نے دیکھا تھا کہ پہلے چند گھنٹے سب سے اہم ہوتے ہیں، "
            "اور ان گھنٹوں میں مدد محلے والے ہی کرتے ہیں۔",
            "تربیت مکمل کرنے والوں کے فون میں ایک ایپ بھی ڈاؤن لوڈ کرائی گئی جس کے ذریعے انہیں "
            "موسم اور دریا کی سطح سے متعلق انتباہات موصول ہوں گے۔",
            "اگلا تربیتی کورس باغ اور راولاکوٹ میں ہوگا۔",
        ],
        place="مظفرآباد",
        lang="ur",
    ),
    story(
        "lahore-canal-students",
        "Lahore students map pollution along the city's canal",
        "Hira Nadeem Butt",
        "2026-02-24T19:00:00+05:00",
        [
            "A group of university students in Lahore has spent the winter testing water from "
            "more than forty points along the city's main canal, and their results suggest that "
            "pollution rises sharply where drains join it.",
            "The students, members of an environmental society at a public university, collected "
            "samples every Saturday between November and February and tested them in the "
            "university's chemistry laboratory.",
            "## What they found",
            "Levels of bacteria were several times higher downstream of two residential drains "
            "than at the point where the canal enters the city, the group said in a report "
            "shared with the irrigation department.",
            "Their photos of plastic waste piling up at bridges have been shared widely online, "
            "and the society says more than two thousand people have signed up to volunteer at "
            "clean-up days.",
            "> We are not experts, but the numbers are too clear to ignore.",
            "The society publishes its results in a monthly newsletter and has asked the city to "
            "post test results at the canal bridges.",
            "The irrigation department said it would review the report and that a plan to divert "
            "drains away from the canal was already under study.",
            "Swimming in the canal, a summer tradition for many young people in the city, "
            "remains officially banned.",
        ],
    ),
    story(
        "karachi-fishermen-calls",
        "Karachi fishermen get storm warnings on their phones",
        "Zubair Ali Jokhio",
        "2026-07-16T13:25:00+05:00",
        [
            "KARACHI, July 16: Fishermen at Ibrahim Hyderi and Rehri have started receiving storm "
            "and sea-state warnings as Sindhi and Urdu voice messages, under a pilot run by a "
            "fishermen's cooperative and the provincial fisheries department.",
            "The messages are sent twice a day during the monsoon and more often when the weather "
            "office issues a cyclone alert, a cooperative official said.",
            "Boat owners do not need a smartphone or any app; the warnings arrive as ordinary "
            "phone calls that play a recorded message.",
            "## A response to last year's losses",
            "The pilot began after several small boats were caught by high waves last August, "
            "when crews at sea said they had no way of hearing the weather bulletin.",
            "> A radio is easy to lose on a boat. A phone is always in someone's pocket.",
            "Around three thousand fishermen have registered so far, and the cooperative said "
            "members who sign up relatives on shore will also receive the calls.",
            "The cost of the calls is shared by the department and a mobile operator that "
            "sponsors the pilot, cooperative staff said.",
            "The fisheries department plans to extend the service to Keti Bandar next year.",
        ],
        tail="— Chenab Newswire",
        agency="Chenab Newswire",
        place="Karachi",
    ),
    story(
        "gwadar-water-oped",
        "Gwadar cannot truck its way out of a water crisis",
        "Durdana Hoth",
        "2026-01-20T07:00:00+05:00",
        [
            "Every summer, the same pictures come out of Gwadar: lines of plastic cans at a "
            "standpipe, a tanker surrounded by children, a reservoir bed cracked like old paint.",
            "And every summer, the answer is more tankers.",
            "## The cost of the quick fix",
            "Tankers are expensive, they are slow to reach the old town, and they hand a small "
            "number of contractors enormous power over who drinks and when.",
            "The city's two dams depend on rain that arrives less often each decade. A "
            "desalination plant built years ago runs below capacity because its repairs have "
            "never been fully funded.",
            "What would a serious plan look like? At a minimum, it would include:",
            "* A public timetable for repairing the desalination plant, with monthly progress "
            "reports.",
            "* Metering and fair pricing for tanker water while the plant is fixed.",
            "* Rainwater harvesting on every new government building in the district.",
            "> A city that sells itself as a port of the future cannot keep its residents waiting "
            "for the next truck.",
            "None of this is glamorous, and none of it will attract sponsors or advertisements "
            "for ribbon-cutting ceremonies. But it is what residents have asked for, in public "
            "meetings and in the comments they leave under every official post on the subject.",
        ],
    ),
    story(
        "swat-trout-recovery",
        "Swat trout farms recover two years after floods",
        "Wajid Ali Akhunzada",
        "2026-11-03T10:00:00+05:00",
        [
            "MINGORA, Nov 3 (TPX) — Trout farms in upper Swat have returned to near their former "
            "output two years after floods swept away ponds and hatcheries along the river, "
            "farmers and fisheries officials said on Tuesday.",
            "More than sixty farms in Madyan, Bahrain and Kalam were damaged in the floods, and "
            "many owners rebuilt further from the river with help from soft loans.",
            "## Moving ponds uphill",
            "Farmers said the new ponds are fed by side streams rather than the main river, which "
            "keeps them safer during high water but means less flow in the dry months.",
            "A fisheries officer said the government hatchery had supplied more than four hundred "
            "thousand fingerlings this year, the highest number since the floods.",
            "> We lost everything in one night. This year we sold fish to restaurants in "
            "Islamabad again.",
            "Restaurant owners along the road to Kalam said tourists often ask for trout, and "
            "some have started to advertise farm-to-table meals.",
            "Farmers said feed prices remained a concern.",
        ],
        agency="TPX",
        place="Mingora",
    ),
    story(
        "rawalakot-girls-cricket",
        "Rawalakot girls' cricket team reaches national championship",
        "Mehwish Sudhan",
        "2026-09-29T16:30:00+05:00",
        [
            "A girls' cricket team from Rawalakot has qualified for the national inter-district "
            "championship for the first time, after winning all five of its regional matches "
            "this month.",
            "The team trains three evenings a week on a college ground it shares with boys' "
            "teams, and its coach said the players often wait for the boys to finish before they "
            "can use the nets.",
            "## Support from the town",
            "Local shopkeepers raised money for kits and travel, and a bakery in the main bazaar "
            "has become the team's first sponsor.",
            "The team's matches are streamed by a local channel, whose subscriptions have "
            "doubled since the run began, and the captain said comments from viewers abroad had "
            "encouraged the players.",
            "> Our parents were worried at first. Now they come to every match.",
            "The district sports officer said a separate practice pitch for girls would be ready "
            "by spring.",
            "The championship begins in Lahore on October 12.",
        ],
    ),
    story(
        "ziarat-juniper-fire",
        "Fire damages juniper forest near Ziarat",
        "Indus Wire Service",
        "2026-06-21T21:10:00+05:00",
        [
            "QUETTA, June 21 (IWS) — A fire spread through part of the juniper forest near Ziarat "
            "on Saturday before forest guards and villagers brought it under control, officials "
            "said.",
            "The forest department said about forty hectares had been affected, mostly "
            "undergrowth and young trees on a slope east of the town.",
            "Villagers used branches and sand to beat back the flames because fire engines could "
            "not reach the steep ground, a forest officer said.",
            "The cause of the fire was not immediately known. Officials said strong winds and dry "
            "grass after a rainless spring had helped it spread.",
            "The Ziarat juniper forest is among the oldest in the world, and some of its trees "
            "are believed to be several thousand years old.",
            "> The old trees were saved, but we lost many young ones that would have replaced "
            "them.",
            "The department said it would ask the provincial government for more guards and for "
            "firebreaks to be cut before next summer.",
        ],
        tail="IWS fq/ms 2110 PKT",
        agency="IWS",
        place="Quetta",
    ),
    story(
        "passu-coworking",
        "A co-working space brings remote jobs to a village in Gojal",
        "Karim Shah Hunzai",
        "2026-10-22T09:05:00+05:00",
        [
            "In a converted guest house in Passu, a dozen young people sit at long tables with "
            "laptops, working for clients in Karachi, Dubai and London.",
            "The co-working space opened last spring after a fibre internet link reached the "
            "village, and it now has forty paying members, most of them graduates who had moved "
            "to cities to find work.",
            "## Steady power, steady work",
            "Members pay a monthly fee that covers a desk, a backup battery system and a fast "
            "connection, which its founder said was the main reason people came back.",
            "| Plan | Monthly fee (Rs) | Hours",
            "| Day desk | 6,000 | 9 am to 6 pm",
            "| Full access | 10,000 | Around the clock",
            "Many members work in design, translation and customer support, and a few sell local "
            "products through online shops; the space also sends out a weekly newsletter of "
            "remote job openings.",
            "> I can earn the same as in Islamabad and still help my parents with the harvest.",
            "The founder said a women's evening batch had started, and that more than fifty "
            "people had signed up for free training in bookkeeping software.",
            "Power cuts in winter remain a problem.",
            "Residents of nearby villages have asked for a second space in Gulmit.",
        ],
    ),
]

EN_HEAD = [
    "Copper smelter trial run delayed at Chagai",
    "Ferry service to Astola island approved for winter",
    "Kohat tunnel closed overnight for lighting repairs",
    "Sukkur barrage gates inspected ahead of flood season",
    "Hunza women's football club plays first away match",
    "Pistachio harvest begins early in Zhob",
    "Mirpur expatriates fund new dialysis ward",
    "Bahawalpur camel milk dairy expands to three cities",
    "Chitral students win regional robotics contest",
    "Hyderabad bangle makers seek cheaper gas connection",
    "Kaghan road widening to start after Eid",
    "Panjgur schools reopen after teachers' strike ends",
    "Rohtas fort walls repaired with lime mortar",
    "Jhelum river boat race returns after a decade",
]
UR_HEAD = [
    "کوہاٹ میں امرود کے کاشتکاروں کے لیے نئی منڈی",
    "سوات میں برفباری کے بعد سیاحوں کی آمد میں اضافہ",
    "حیدرآباد میں چوڑی سازی کی صنعت گیس کی قلت کا شکار",
    "گلگت میں سرکاری اسکولوں کے اساتذہ کی بھرتی کا اعلان",
    "باغ میں نئے پل کی تعمیر مکمل، ٹریفک بحال",
    "بہاولپور کے صحرا میں سالانہ جیپ ریلی کی تیاریاں",
    "کوئٹہ میں سیب کی قیمتوں میں اچانک کمی",
    "نیلم ویلی میں موبائل سگنل کی بحالی کا مطالبہ",
    "ڈیرہ اسماعیل خان میں کھجور میلہ اختتام پذیر",
]


def links(items: list[str], wrap: str = "li") -> str:
    return "".join(
        f'<{wrap}><a href="/s/{i + 11}">{esc(h)}</a></{wrap}>' for i, h in enumerate(items)
    )


def heads(r: random.Random, ur: bool, n: int) -> list[str]:
    return r.sample(UR_HEAD if ur else EN_HEAD, n)


# --- generic noise: (rng, urdu?) -> Noise; no telling classes or ids ------------------


def related(r, ur):
    t = (
        "اسی سلسلے کی دوسری خبریں"
        if ur
        else r.choice(["Threads connected to this report", "Also unfolding in the region"])
    )
    items = heads(r, ur, 3)
    return Noise(f"<div><h4>{esc(t)}</h4><ul>{links(items)}</ul></div>", [t, *items])


def most_read(r, ur):
    t = (
        "آج قارئین نے سب سے زیادہ یہ کھولا"
        if ur
        else r.choice(["Readers keep opening these", "Climbing the charts since breakfast"])
    )
    items = heads(r, ur, 4)
    return Noise(f"<div><b>{esc(t)}</b><ol>{links(items)}</ol></div>", [t, *items])


def teaser(r, ur):
    h = heads(r, ur, 1)[0]
    lead = "پوری تفصیل آگے:" if ur else r.choice(["Keep going with:", "Next in your feed:"])
    return Noise(f'<p><a href="/s/3">{esc(lead)} {esc(h)} ›</a></p>', [lead.rstrip(":"), h])


def also(r, ur):
    h = heads(r, ur, 1)[0]
    lead = "ساتھ ہی دیکھتے جائیے" if ur else r.choice(["Worth a look too", "In the same vein"])
    return Noise(f'<p><strong>{esc(lead)} →</strong> <a href="/s/4">{esc(h)}</a></p>', [lead, h])


def reco(r, ur):
    t = "آپ کے مطالعے کی بنیاد پر منتخب" if ur else "Chosen for you from what you read last week"
    items = heads(r, ur, 2)
    cards = "".join(
        f'<div><a href="/r/{i}"><img src="/t/{i}.jpg" alt=""><span>{esc(h)}</span></a></div>'
        for i, h in enumerate(items)
    )
    return Noise(f"<div><p>{esc(t)}</p>{cards}</div>", [t, *items])


def newsletter(r, ur):
    if ur:
        s = ["ہر جمعے کی شام ہفتے بھر کی چنیدہ خبریں آپ کے ان باکس میں", "مجھے شامل کیجیے"]
        return Noise(
            f'<div><p>{s[0]}۔</p><input type="email" placeholder="ای میل"><button>{s[1]}</button>'
            "</div>",
            s,
        )
    s = r.choice(
        [
            [
                "The Tuesday Dispatch rounds up the week in the mountains and on the coast",
                "Put me on the list",
            ],
            [
                "One email each Sunday with the five stories our editors argued about most",
                "Count me in",
            ],
        ]
    )
    return Noise(
        f'<div><p>{s[0]}.</p><input type="email" placeholder="you@example.com">'
        f"<button>{s[1]}</button></div>",
        s,
    )


def share(r, ur):
    t = "یہ خبر آگے پہنچائیے" if ur else r.choice(["Send this to someone", "Pass it along"])
    c = "ربط نقل کریں" if ur else "Copy address"
    return Noise(
        f'<div><span>{esc(t)}</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a> '
        f'<a href="#">X</a> <a href="#">{c}</a></div>',
        [t, c],
    )


def bio(r, ur):
    s = (
        "صحافی کا تعارف: نرگس بلوچ دس برس سے زراعت اور دیہی معیشت پر رپورٹنگ کر رہی ہیں۔"
        if ur
        else r.choice(
            [
                "Nadia Rustam Khel writes about farming and markets and joined us from a "
                "radio station in Bannu.",
                "Our reporter Taimur Khattak covers the north-west and has previously worked "
                "for two Peshawar dailies.",
            ]
        )
    )
    return Noise(f'<div><img src="/a/1.jpg" alt=""><p>{esc(s)}</p></div>', [s])


def photo(r, ur):
    who = r.choice(["Farrukh Anjum Rind", "Samreen Chandio"]) if not ur else "شمیم اختر بلتی"
    cap = f"تصویر: {who}" if ur else f"Photograph: {who}"
    return Noise(
        f'<figure><img src="/p/1.jpg" alt=""><figcaption>{esc(cap)}</figcaption></figure>'
        f"<p>{esc(cap)}</p>",
        [who],
    )


def paywall(r, ur):
    s = (
        ["اس مہینے کی تین مفت خبروں میں سے یہ آپ کی دوسری خبر ہے", "رکنیت کے منصوبے دیکھیے"]
        if ur
        else ["This is the second of your three free reads this month", "See supporter plans"]
    )
    return Noise(f'<div><p>{s[0]}.</p><p><a href="/join">{s[1]}</a></p></div>', s)


def cookie(r, ur):
    s = (
        ["یہ سائٹ آپ کی ترجیحات یاد رکھنے کے لیے آپ کے آلے پر چھوٹی فائلیں رکھتی ہے", "ٹھیک ہے"]
        if ur
        else [
            "We keep small files on your device to remember settings and count visits, some "
            "of them for partners who help pay for our reporting",
            "Let me choose",
        ]
    )
    btn = "" if ur else "<button>That's fine</button>"
    return Noise(f"<div><p>{s[0]}.</p>{btn}<button>{s[1]}</button></div>", s)


def app(r, ur):
    s = (
        "تازہ خبریں سب سے پہلے پانے کے لیے ہماری ایپ اپنے فون میں رکھیے"
        if ur
        else r.choice(
            [
                "Headlines reach you quicker in our app — tap to install it for Android or iPhone",
                "Get alerts before the evening bulletin: our free app is on both app stores",
            ]
        )
    )
    return Noise(f'<p><a href="/app">{esc(s)}</a></p>', [s])


def follow(r, ur):
    s = (
        "ہمارے نامہ نگاروں کی تازہ تصاویر اور ویڈیوز کے لیے انسٹاگرام پر ہمارا صفحہ دیکھیے"
        if ur
        else r.choice(
            [
                "Our correspondents post from the field on Instagram and X — find us at @valleydesk",
                "Keep up with us on WhatsApp, Threads and YouTube",
            ]
        )
    )
    return Noise(f"<p><em>{esc(s)}</em></p>", [s])


def advert(r, ur):
    s = "تشہیری جگہ" if ur else r.choice(["Paid placement", "Message from a partner"])
    return Noise(f'<div><small>— {s} —</small><div style="min-height:250px"></div></div>', [s])


def comments(r, ur):
    if ur:
        t, c1, c2, prompt = (
            "پڑھنے والوں کی رائے (2)",
            "بہت اچھی خبر ہے، حکومت کو بھی ساتھ دینا چاہیے۔",
            "ہمارے علاقے میں بھی ایسا کام ہونا چاہیے۔",
            "رائے دینے کے لیے لاگ ان کیجیے",
        )
    else:
        t, c1, c2, prompt = r.choice(
            [
                (
                    "Readers have their say (3)",
                    "Good to see some positive news for once.",
                    "Who pays when the money runs out? Always the same question.",
                    "Log in to add your voice",
                ),
                (
                    "12 responses",
                    "My uncle farms near there and says this is overdue.",
                    "Interesting piece but the numbers need a source.",
                    "Write a response…",
                ),
            ]
        )
    return Noise(
        f"<section><h3>{esc(t)}</h3><div><b>Saba_K</b><p>{esc(c1)}</p></div>"
        f'<div><b>m.rauf</b><p>{esc(c2)}</p></div><p><a href="#">{esc(prompt)}</a></p></section>',
        [t, c1, c2, prompt],
    )


def disclaimer(r, ur):
    s = (
        "تبصرے لکھنے والوں کے ذاتی خیالات ہیں، ادارہ ان کی ذمہ داری قبول نہیں کرتا"
        if ur
        else "Posts below are the personal views of the people writing them; moderators remove "
        "anything abusive"
    )
    return Noise(f"<p><small>{esc(s)}.</small></p>", [s])


def loading(r, ur):
    s = (
        "گفتگو لوڈ ہو رہی ہے"
        if ur
        else r.choice(["Fetching the conversation", "Comments warming up"])
    )
    return Noise(f'<div><p>{esc(s)}…</p><div style="height:40px"></div></div>', [s])


POOL = {
    "top": [photo, advert, share, paywall, app],
    "mid": [related, teaser, reco, also, newsletter, advert, app, photo, follow, most_read],
    "end": [comments, bio, share, newsletter, follow, paywall],
    "tail": [also, follow, loading, disclaimer, teaser],
    "outside": [most_read, related, newsletter, cookie, comments, reco],
}


class Bag:
    """Collects the noise a page shows; on a clean page it shows nothing."""

    def __init__(self, noisy: bool, rng: random.Random, ur: bool):
        self.noisy, self.rng, self.ur, self.items = noisy, rng, ur, []
        self.used: set[str] = set()

    def add(self, n: Noise) -> str:
        self.items.append(n)
        return n.html

    def pick(self, pool: str) -> Noise:
        """A generic noise block from a pool, never the same kind twice on one page."""
        gen = self.rng.choice([g for g in POOL[pool] if g.__name__ not in self.used])
        self.used.add(gen.__name__)
        noise = gen(self.rng, self.ur)
        self.items.append(noise)
        return noise

    def __call__(self, pool: str) -> str:
        return self.pick(pool).html if self.noisy else ""

    def own(self, markup: str, *strings: str) -> str:
        """Noise particular to a layout, worded for it."""
        return self.add(Noise(markup, list(strings))) if self.noisy else ""


# --- body, page frame ----------------------------------------------------------------


def groups(blocks: list[str]) -> list[tuple[int, int]]:
    """(first, last) index of each rendered block; list items and table rows are grouped."""
    out, i = [], 0
    while i < len(blocks):
        j, k = i, kind(blocks[i])
        while k in ("li", "tr") and j + 1 < len(blocks) and kind(blocks[j + 1]) == k:
            j += 1
        out.append((i, j))
        i = j + 1
    return out


def render(a: Article, blocks, inside, p: str = "", h: str = "h2", tail: str = "p") -> str:
    """Story blocks with noise after block i (-1: before the first, 'tail': after the credit)."""
    out = [n.html for n in inside.get(-1, [])]
    ends = {j for _, j in groups(blocks)}
    assert all(k in ends for k in inside if isinstance(k, int) and k >= 0), "noise inside a group"
    for i, j in groups(blocks):
        b, k = blocks[i], kind(blocks[i])
        if k == "p":
            out.append(f"<p{p}>{esc(b)}</p>")
        elif k == "h":
            out.append(f"<{h}>{esc(truth_line(b))}</{h}>")
        elif k == "q":
            out.append(f"<blockquote><p>{esc(truth_line(b))}</p></blockquote>")
        elif k == "li":
            out.append(
                "<ul>" + "".join(f"<li>{esc(x[2:])}</li>" for x in blocks[i : j + 1]) + "</ul>"
            )
        else:
            rows = []
            for n, x in enumerate(blocks[i : j + 1]):
                c = "th" if n == 0 else "td"
                rows.append("<tr>" + "".join(f"<{c}>{esc(v)}</{c}>" for v in cells(x)) + "</tr>")
            out.append(f"<table><tbody>{''.join(rows)}</tbody></table>")
        out.extend(n.html for n in inside.get(j, []))
    if a.tail:
        out.append(f"<{tail}{p}>{esc(a.tail)}</{tail}>")
    out.extend(n.html for n in inside.get("tail", []))
    return "\n".join(out)


def plan_inside(a: Article, blocks, bag: Bag) -> dict:
    ends = [j for _, j in groups(blocks)][1:-1]
    mids = sorted(bag.rng.sample(ends, 2 if len(blocks) > 8 else 1))
    inside: dict = {-1: [bag.pick("top")], len(blocks) - 1: [bag.pick("end")]}
    for m in mids:
        inside[m] = [bag.pick("mid")]
    if a.tail:
        inside["tail"] = [bag.pick("tail")]
    return inside


def rtl(a: Article) -> str:
    return ' lang="ur" dir="rtl"' if a.lang == "ur" else ""


MONTHS = re.findall(
    r"\w+", "January February March April May June July August September October November December"
)


def day(a: Article) -> str:
    y, m, d = a.date[:10].split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]} {y}"


def head(a: Article, url: str, site: str, lang: str = "en", extra: str = "") -> str:
    d = ' dir="rtl"' if lang == "ur" else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"{d}><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{esc(a.title)} | {esc(site)}</title><link rel="canonical" href="{url}">'
        f'<meta property="og:title" content="{esc(a.title)}">'
        f'<meta property="og:site_name" content="{esc(site)}">'
        f'<meta name="author" content="{esc(a.author)}">'
        f'<meta property="article:published_time" content="{a.date}">'
        f"<style>body{{font-family:sans-serif}}</style>{extra}</head>"
    )


def nav(site: str, items: list[str], cls: str = "masthead") -> str:
    lis = "".join(f'<li><a href="/{i}/">{esc(x)}</a></li>' for i, x in enumerate(items))
    return f'<header class="{cls}"><a class="logo" href="/">{esc(site)}</a><nav><ul>{lis}</ul></nav></header>'


def foot(site: str, items: list[str]) -> str:
    links_ = " · ".join(f'<a href="/f/{i}">{esc(x)}</a>' for i, x in enumerate(items))
    return f"<footer><p>{links_}</p><p>© 2026 {esc(site)}</p></footer>"


EN_NAV = ["News", "Pakistan", "World", "Business", "Sport", "Opinion", "Culture"]
EN_FOOT = ["About us", "Contact", "Terms of use", "Privacy", "Corrections"]


# --- fourteen layouts: (article, url, site, blocks, inside, bag) -> page --------------


def diaspora_weekly(a, url, site, blocks, inside, bag):
    ur = a.lang == "ur"
    by = f"تحریر: {a.author}" if ur else f"By {a.author}"
    return (
        head(a, url, site, a.lang)
        + '<body class="single-post">'
        + bag.own(
            '<div class="cmplz-cookiebanner"><p>The Pennine Awaz and 38 advertising partners '
            "store cookies to personalise what you see.</p><button>Accept and carry on</button>"
            "<button>Options</button></div>",
            "38 advertising partners store cookies",
            "Accept and carry on",
        )
        + nav(site, ["Bradford", "Leeds", "Community", "Pakistan", "Kashmir", "Sport", "اردو"])
        + '<div id="content" class="site-content"><main id="main">'
        + f'<article class="post type-post"><header class="entry-header"><h1 class="entry-title">'
        f'{esc(a.title)}</h1><div class="entry-meta"><span class="author">{esc(by)}</span> '
        f'<time datetime="{a.date}">{day(a)}</time></div></header>'
        + f'<div class="entry-content"{rtl(a)}>{render(a, blocks, inside)}</div></article>'
        + bag.own(
            "<div><p>Our print edition is in newsagents across West Yorkshire every Thursday. "
            "Home delivery starts at £3 a month.</p></div>",
            "print edition is in newsagents across West Yorkshire",
            "Home delivery starts at £3 a month",
        )
        + bag("outside")
        + '</main><aside id="secondary">'
        + bag("outside")
        + "</aside></div>"
        + foot(site, ["Advertise with us", "Contact the newsroom", "Privacy", "Complaints"])
        + "</body></html>"
    )


def gulf_daily(a, url, site, blocks, inside, bag):
    return (
        head(a, url, site, "en")
        + "<body>"
        + bag.own(
            '<div class="top-strip"><span>Dubai 41°C</span> <span>Prayer times: Fajr 4:12 · '
            "Dhuhr 12:23 · Asr 3:46</span></div>",
            "Prayer times",
            "Dubai 41°C",
        )
        + nav(site, ["UAE", "Gulf", "Pakistan", "India", "Business", "Sport", "Lifestyle"])
        + '<div class="story-wrapper"><div class="breadcrumb">Home › World › Pakistan</div>'
        + f'<h1 class="story-title">{esc(a.title)}</h1><div class="story-byline">'
        f"{esc(a.author)} · Published {day(a)}</div>"
        + bag.own(
            "<div><p>You have opened 3 of 5 complimentary articles this month. Register free to "
            "keep reading.</p></div>",
            "You have opened 3 of 5 complimentary articles",
            "Register free to keep reading",
        )
        + f'<div class="story-body"{rtl(a)}>{render(a, blocks, inside)}</div>'
        + bag.own(
            "<div><p>Breaking alerts from the Gulf and South Asia, straight to your lock screen. "
            "Download the Creek Observer app.</p></div>",
            "Download the Creek Observer app",
        )
        + bag("outside")
        + bag.own("<div><span>ADVERTISEMENT</span><div></div></div>", "ADVERTISEMENT")
        + "</div>"
        + foot(site, ["About us", "Subscriptions", "E-paper", "Contact", "Privacy"])
        + "</body></html>"
    )


def state_outlet(a, url, site, blocks, inside, bag):
    return (
        head(a, url, site, "en")
        + "<body>"
        + nav(site, ["Home", "China", "World", "Belt & Road", "Business", "Opinion", "Photos"])
        + '<div id="detail"><div class="w1000">'
        + f'<div class="title">{esc(a.title)}</div>'
        + f'<div class="info">Source: {esc(site)} | Editor: Zhou Mingyue | Author: {esc(a.author)}'
        f" | Updated: {a.date[:10]} {a.date[11:16]}</div>"
        + bag.own(
            '<div class="share"><span>Share to:</span> <a>WeChat</a> <a>Weibo</a> <a>LinkedIn</a>'
            "</div>",
            "Share to:",
        )
        + f'<div id="Content"{rtl(a)}>{render(a, blocks, inside, h="h3")}</div>'
        + bag.own(
            "<div><p>Scan the code to follow our English service on your favourite platforms."
            '</p><img src="/qr.png" alt=""></div>',
            "Scan the code to follow our English service",
        )
        + bag.own(
            "<div><h3>Hot Topics</h3><ul><li><a>Port cities boost green shipping</a></li>"
            "<li><a>Rail link trial carries first fruit cargo</a></li></ul></div>",
            "Hot Topics",
            "Port cities boost green shipping",
            "Rail link trial carries first fruit cargo",
        )
        + bag("outside")
        + "</div></div>"
        + foot(
            site, ["About us", "Contact us", "Copyright notice: reproduction requires permission"]
        )
        + "</body></html>"
    )


def full_coverage(a, url, site, blocks, inside, bag):
    cov = [
        ("Desert Sun Daily", "Villagers in Thar welcome solar wells", "3 hours ago"),
        (
            "Hyderabad Evening Post",
            "Thar committee model could spread, say engineers",
            "5 hours ago",
        ),
        ("Sindh Current", "What the numbers say about water in the desert", "Yesterday"),
    ]
    cards = "".join(
        f"<article><div>{esc(o)}</div><h4><a>{esc(t)}</a></h4><time>{w}</time></article>"
        for o, t, w in cov
    )
    return (
        head(a, url, site, "en")
        + '<body><div class="app">'
        + nav(site, ["Home", "For you", "Following", "Pakistan", "World", "Local"], "topbar")
        + bag.own(
            f"<section><h2>Full coverage of this story</h2><div>{cards}</div>"
            "<button>Follow this topic</button></section>",
            "Full coverage of this story",
            "Follow this topic",
            *[t for _, t, _ in cov],
        )
        + f'<div class="reader-pane"><div class="src">{esc(ORIGIN[a.slug])}</div>'
        + f'<h1>{esc(a.title)}</h1><div class="meta">{esc(a.author)} · {day(a)}</div>'
        + f'<div class="text"{rtl(a)}>{render(a, blocks, inside)}</div>'
        + bag.own(
            "<div><p>Open the original on Indus Desert Herald</p><p>Is this coverage useful? "
            "Yes · No · Send feedback</p></div>",
            "Open the original on Indus Desert Herald",
            "Is this coverage useful?",
        )
        + "</div>"
        + bag("outside")
        + "</div>"
        + foot(site, ["Help", "Privacy", "Terms", "About"])
        + "</body></html>"
    )


def magazine_flip(a, url, site, blocks, inside, bag):
    return (
        head(a, url, site, "en")
        + "<body>"
        + nav(site, ["For You", "Explore", "Magazines", "Notifications", "Profile"], "flip-top")
        + bag.own(
            "<div><p>Flipped by Shandana Orakzai into Frontier Bookshelf</p><p>1.2K readers follow "
            "this magazine</p><button>Follow</button></div>",
            "Flipped by Shandana Orakzai into Frontier Bookshelf",
            "1.2K readers follow this magazine",
        )
        + f'<div class="item-view"><div class="src">{esc(ORIGIN[a.slug])}</div><h1>{esc(a.title)}</h1>'
        + f"<div>{esc(a.author)} · {day(a)}</div>"
        + f'<div class="item-body"{rtl(a)}>{render(a, blocks, inside, h="h3")}</div></div>'
        + bag.own(
            "<div><span>Like 214</span> <span>Comment 18</span> <span>Flip</span> "
            "<span>Share</span></div>",
            "Like 214",
            "Comment 18",
        )
        + bag.own(
            "<div><h3>More in Frontier Bookshelf</h3><ul><li>Lahore's paper market goes "
            "digital</li><li>A Pashto poet's letters found in an attic</li></ul></div>",
            "More in Frontier Bookshelf",
            "Lahore's paper market goes digital",
            "A Pashto poet's letters found in an attic",
        )
        + foot(site, ["About", "Help", "Publishers", "Privacy"])
        + "</body></html>"
    )


EMAIL_P = ' style="margin:0 0 14px;font-family:Georgia,serif"'
TOOLBAR_LTR = ' dir="ltr" lang="en"'


def digest_archive(a, url, site, blocks, inside, bag):
    others = [
        ("Karachi Harbour Notes", "Container dwell times fall for the third month"),
        ("Potohar Weekly", "Hill station traffic plan announced for the holidays"),
    ]
    cards = "".join(
        f'<tr><td><p style="color:#666">{esc(f)}</p><h3>{esc(t)}</h3>'
        '<p><a href="#">Continue on the site</a></p></td></tr>'
        for f, t in others
    )
    return (
        head(a, url, site, "en")
        + "<body>"
        + nav(site, ["Digest archive", "My feeds", "Settings", "Help"], "archive-nav")
        + '<table role="presentation" width="100%"><tbody>'
        + bag.own(
            "<tr><td><p>Your Wednesday reading: 7 new items from 4 feeds</p>"
            '<p><a href="#">View this issue in your browser</a></p></td></tr>',
            "Your Wednesday reading: 7 new items from 4 feeds",
            "View this issue in your browser",
        )
        + bag.own(cards, "Continue on the site", *[t for _, t in others])
        + f'<tr><td><p style="color:#666">{esc(ORIGIN[a.slug])}</p>'
        + f"<h2>{esc(a.title)}</h2><p>{esc(a.author)} · {day(a)}</p>"
        + f"<div{rtl(a)}>{render(a, blocks, inside, p=EMAIL_P)}</div></td></tr>"
        + bag.own(
            "<tr><td><p>You are receiving this because you follow 4 feeds with Feedpost and chose "
            "a morning digest.</p><p>Change delivery time · Unsubscribe from all digests</p>"
            "</td></tr>",
            "You are receiving this because you follow 4 feeds with Feedpost",
            "Unsubscribe from all digests",
        )
        + "</tbody></table>"
        + foot(site, ["Feedpost home", "Privacy", "Terms"])
        + "</body></html>"
    )


def reader_saved(a, url, site, blocks, inside, bag):
    return (
        head(a, url, site, "en")
        + '<body class="reader">'
        + nav(site, ["← My List", "Archive", "Favourites", "Tags"], "rv-nav")
        + bag.own(
            "<div><span>Saved 2 days ago</span> · <span>Add tags</span> · <span>Highlight</span>"
            " · <span>Listen (6 min)</span></div>",
            "Saved 2 days ago",
            "Listen (6 min)",
        )
        + f'<article><header><h1>{esc(a.title)}</h1><div class="rv-src">{esc(a.author)} · '
        f"{ORIGIN[a.slug]} · {day(a)}</div></header>"
        + f'<div class="rv-body"{rtl(a)}>{render(a, blocks, inside)}</div></article>'
        + bag.own(
            "<div><p>Satchel Premium keeps a permanent copy of everything you save and unlocks "
            "unlimited highlights. Try it free for 14 days.</p></div>",
            "Satchel Premium keeps a permanent copy of everything you save",
            "Try it free for 14 days",
        )
        + bag.own(
            "<div><h4>Readers who saved this also kept</h4><ul><li>The slow return of the "
            "Neelum ferries</li><li>How a valley rebuilt its schools</li></ul></div>",
            "Readers who saved this also kept",
            "The slow return of the Neelum ferries",
            "How a valley rebuilt its schools",
        )
        + foot(site, ["Help", "Privacy", "Export your list"])
        + "</body></html>"
    )


def wayback_snapshot(a, url, site, blocks, inside, bag):
    ur = a.lang == "ur"
    orig = "ravichronicle.example" if not ur else "siachenurdu.example"
    menu = (
        ["صفحہ اول", "پاکستان", "کشمیر", "گلگت بلتستان", "کھیل", "کالم"]
        if ur
        else ["Lahore", "Punjab", "National", "Environment", "Sport", "Columns"]
    )
    paper = "روزنامہ سیاچن" if ur else "The Ravi Chronicle"
    return (
        head(a, url, site, a.lang)
        + "<body>"
        + f'<div id="bf-toolbar"{TOOLBAR_LTR if ur else ""}>'
        + f'<a href="/">{esc(site)}</a> <input value="https://{orig}/news/{a.slug}"> '
        + "<span>Previous capture</span> · <span>Next capture</span>"
        + bag.own(
            "<span>286 captures</span> <span>14 Jan 2019 – 30 Nov 2026</span> <p>This copy was "
            "captured on 25 February 2026 and may differ from the live page.</p>"
            "<span>About this capture</span> <span>Help keep the archive free: donate</span>",
            "286 captures",
            "captured on 25 February 2026 and may differ from the live page",
            "Help keep the archive free",
        )
        + "</div>"
        + nav(paper, menu)
        + f'<div class="news-body"><h1>{esc(a.title)}</h1><p class="byline">{esc(a.author)} — '
        f"{day(a)}</p>"
        + f'<div class="story-text"{rtl(a)}>{render(a, blocks, inside)}</div></div>'
        + bag("outside")
        + foot(
            paper,
            ["Contact", "Advertise", "Archive"] if not ur else ["رابطہ", "اشتہارات", "آرکائیو"],
        )
        + "</body></html>"
    )


def syndication_embed(a, url, site, blocks, inside, bag):
    return (
        head(a, url, site, "en")
        + "<body>"
        + nav(site, EN_NAV)
        + '<main><div class="partner-story">'
        + bag.own("<p>Partner content</p>", "Partner content")
        + f"<h1>{esc(a.title)}</h1><p>By {esc(a.author)} | {day(a)}</p>"
        + bag.own(
            "<p><em>This article originally appeared on Sindh Tide and is republished here "
            "under the Coastal Newsroom Partnership.</em></p>",
            "This article originally appeared on Sindh Tide",
            "Coastal Newsroom Partnership",
        )
        + f"<div{rtl(a)}>{render(a, blocks, inside)}</div>"
        + bag.own(
            "<div><p>Want to carry our partners' journalism on your own site? Ask the syndication "
            "desk about terms.</p></div>",
            "Ask the syndication desk about terms",
        )
        + "</div>"
        + bag("outside")
        + "</main>"
        + foot(site, EN_FOOT)
        + "</body></html>"
    )


def debate_blog(a, url, site, blocks, inside, bag):
    return (
        head(a, url, site, "en")
        + '<body class="wp-blog">'
        + nav(site, ["Home", "Debates", "Committee", "Reading list", "Join", "Contact"])
        + '<div class="wrap"><article>'
        + f'<h2 class="post-title">{esc(a.title)}</h2>'
        + f'<p class="post-meta">Words by {esc(a.author)} · {day(a)}</p>'
        + bag.own(
            "<p>Reprinted for members with the author's permission ahead of Thursday's debate. "
            "The motion: This House would nationalise every water tanker.</p>",
            "Reprinted for members with the author's permission",
            "This House would nationalise every water tanker",
        )
        + f"<div{rtl(a)}>{render(a, blocks, inside, h='h3')}</div>"
        + bag.own(
            "<p>Filed under Reading list · Tagged water, Balochistan, motions</p>",
            "Filed under Reading list",
        )
        + "</article>"
        + bag.own(
            "<div><h3>4 thoughts on this post</h3><div><b>Osman (2nd year, Law)</b><p>Happy to "
            "oppose this one on Thursday, tankers are a symptom not the cause.</p></div>"
            "<div><b>Fizza R.</b><p>Can someone bring printed copies for first years?</p></div>"
            "<p>Add a reply — we never show your email address.</p></div>",
            "4 thoughts on this post",
            "tankers are a symptom not the cause",
            "Can someone bring printed copies for first years?",
            "we never show your email address",
        )
        + bag.own(
            "<div><p>New members: find the Union stall in the Student Centre every Monday "
            "lunchtime.</p></div>",
            "find the Union stall in the Student Centre",
        )
        + "</div>"
        + foot(site, ["Constitution", "Safeguarding", "Student Union", "Instagram"])
        + "</body></html>"
    )


def instant_view(a, url, site, blocks, inside, bag):
    return (
        head(a, url, site, "en")
        + '<body><div class="tl_page_wrap"><div class="tl_page">'
        + bag.own(
            "<div><span>Instant View</span> · from the Frontier Valley Wire channel · "
            "<span>48.3K subscribers</span> <button>Join channel</button></div>",
            "from the Frontier Valley Wire channel",
            "48.3K subscribers",
            "Join channel",
        )
        + f'<article class="tl_article_content"{rtl(a)}><h1>{esc(a.title)}</h1>'
        + f'<address><a rel="author">{esc(a.author)}</a> <time datetime="{a.date}">{day(a)}'
        "</time></address>"
        + render(a, blocks, inside, h="h3")
        + "</article>"
        + bag.own(
            "<div><span>👁 12.6K views</span> <p>Was this Instant View useful? 👍 👎</p></div>",
            "12.6K views",
            "Was this Instant View useful?",
        )
        + f'<div class="tl_footer">{esc(site)} · <a>Report content</a></div>'
        + "</div></div></body></html>"
    )


def link_post(a, url, site, blocks, inside, bag):
    ur = a.lang == "ur"
    sub = "h/PeshawarReads" if ur else "h/AzadKashmir"
    if bag.noisy:
        post = (
            f'<div class="post"><h1>{esc(a.title)}</h1>'
            + bag.own(
                '<div class="vote">▲ <span>2.3k</span> ▼</div><p>Posted by u/poonch_pacer · 7h · '
                "kashmirsportsline.example</p>",
                "Posted by u/poonch_pacer",
                "kashmirsportsline.example",
            )
            + "</div>"
            + bag.own("<p>Sort by: Best</p>", "Sort by: Best")
            + '<div class="comment"><p><b>u/FullTextBot</b></p>'
            + bag.own(
                "<p>Full text below for anyone who hits the meter:</p>",
                "Full text below for anyone who hits the meter",
            )
            + f'<div class="md"><blockquote{rtl(a)}>{render(a, blocks, inside, h="h3")}'
            "</blockquote></div>"
            + bag.own(
                "<p><small>I am a bot. Byline: "
                f"{esc(a.author)}, {day(a)}. Questions go to the moderators.</small></p>"
                "<p>Reply · Share · Report · 41 points</p>",
                "I am a bot.",
                "Questions go to the moderators",
                "41 points",
            )
            + "</div>"
            + bag.own(
                '<div class="comment"><p><b>u/rawalakot_rain</b> · 512 points</p><p>My cousin is '
                "the wicketkeeper!! Whole town is going to Lahore</p><p>Reply · Share</p>"
                '<div class="comment"><p><b>u/tea_and_scorecards</b> · 88 points</p><p>Hope the '
                "federation pays for their travel this time</p></div></div>"
                "<p>Join h/AzadKashmir · 84.1k members</p>",
                "My cousin is the wicketkeeper",
                "Hope the federation pays for their travel this time",
                "512 points",
                "84.1k members",
            )
        )
    else:
        post = (
            f'<div class="post"><h1>{esc(a.title)}</h1><p>{esc(a.author)} · {day(a)}</p>'
            f'<div class="md"{rtl(a)}>{render(a, blocks, inside, h="h3")}</div></div>'
        )
    return (
        head(a, url, site, "en")
        + "<body>"
        + nav(site, ["Home", "Popular", "All", sub], "hive-top")
        + f"<main>{post}</main>"
        + foot(site, ["User agreement", "Content policy", "Privacy"])
        + "</body></html>"
    )


def wire_portal(a, url, site, blocks, inside, bag):
    meta = (
        f"<dl><dt>Slug</dt><dd>{a.slug.upper()}</dd><dt>Version</dt><dd>1</dd>"
        f"<dt>Language</dt><dd>{a.lang}</dd><dt>Released</dt><dd>{a.date}</dd></dl>"
    )
    return (
        head(a, url, site, "en")
        + '<body class="newsml-export">'
        + nav(site, ["Wires", "Pictures", "Video", "Search", "Sign out"], "portal-bar")
        + bag.own(
            "<div><p>Embargo: none. For subscriber use under the service agreement; onward "
            "syndication to third parties is not permitted.</p></div>",
            "onward syndication to third parties is not permitted",
        )
        + f'<div class="newsItem"><div class="itemMeta">{meta}</div>'
        + f'<h1 class="headline">{esc(a.title)}</h1><p class="byline">{esc(a.author)}</p>'
        + f'<div class="body-content"{rtl(a)}>{render(a, blocks, inside, tail="pre")}</div></div>'
        + bag.own(
            "<div><p>Export this item: NITF XML · plain text · PDF · Add to basket</p>"
            "<p>Corrections to this item will be moved as a new version.</p></div>",
            "Export this item: NITF XML",
            "Corrections to this item will be moved as a new version",
        )
        + bag.own(
            "<div><h4>Also in this package</h4><ul><li>Ziarat fire: photos from the slope (6)</li>"
            "<li>Factbox: Balochistan's protected forests</li></ul></div>",
            "Also in this package",
            "Ziarat fire: photos from the slope",
            "Factbox: Balochistan's protected forests",
        )
        + foot(site, ["Client support", "Service status", "Terms of supply"])
        + "</body></html>"
    )


def mobile_lite(a, url, site, blocks, inside, bag):
    return (
        head(a, url, site, "en")
        + '<body class="m">'
        + bag("outside")
        + nav(site, ["☰", "Search"], "m-top")
        + f'<main><h1>{esc(a.title)}</h1><p class="m-by">{esc(a.author)} · {day(a)}</p>'
        + f'<div class="m-text"{rtl(a)}>{render(a, blocks, inside)}</div>'
        + bag.own(
            "<div><p>Tap to load 9 comments</p></div>",
            "Tap to load 9 comments",
        )
        + bag.own(
            "<div><h3>Trending in the north</h3><ol><li>Attabad lake boats back in service</li>"
            "<li>Khunjerab fair draws record visitors</li></ol></div>",
            "Trending in the north",
            "Attabad lake boats back in service",
            "Khunjerab fair draws record visitors",
        )
        + "</main>"
        + foot(site, ["About", "Contact", "Privacy"])
        + '<nav class="appbar" style="position:fixed;bottom:0"><a href="/">Home</a> '
        '<a href="/latest">Latest</a> <a href="/sections">Sections</a>'
        + bag.own(
            '<a href="/app">Open in the Karakoram Now app — quicker, with alerts</a>',
            "Open in the Karakoram Now app",
        )
        + "</nav></body></html>"
    )


LAYOUTS = [
    (diaspora_weekly, "The Pennine Awaz", "pennineawaz.example", "community"),
    (gulf_daily, "The Creek Observer", "creekobserver.example", "world/pakistan"),
    (state_outlet, "Orient Daily Gazette", "english.orientgazette.example", "world"),
    (full_coverage, "Newsloom", "newsloom.example", "articles"),
    (magazine_flip, "Foliant", "foliant.example", "item"),
    (digest_archive, "Feedpost", "feedpost.example", "archive/issue"),
    (reader_saved, "Satchel", "getsatchel.example", "read"),
    (wayback_snapshot, "Backfile Archive", "backfile.example", "web/20260225"),
    (syndication_embed, "Harbour Line", "harbourline.example", "partners"),
    (debate_blog, "Northmoor Debating Union", "northmoordebates.example", "blog"),
    (instant_view, "Tidings", "tidings.example", "iv"),
    (link_post, "Threadhive", "threadhive.example", "h/post"),
    (wire_portal, "IWS ClientLink", "clientlink.iws.example", "item"),
    (mobile_lite, "Karakoram Now", "m.karakoramnow.example", "story"),
]

# where a redistributed story first appeared (shown by aggregator-style layouts)
ORIGIN = {
    "thar-solar-wells": "Indus Desert Herald",
    "swat-trout-recovery": "Swat Morning Star",
    "peshawar-bookshops-catalogue": "Qissa Khwani Times",
    "rawalakot-girls-cricket": "Poonch Sports Line",
    "multan-mango-heat": "Sadaa-e-Multan",
    "ziarat-juniper-fire": "Indus Wire Service",
    "muzaffarabad-rescue-volunteers": "jhelumvalleynews.example",
    "passu-coworking": "gojaltimes.example",
}


# --- self-check ------------------------------------------------------------------------

BLOCK_TAGS = set(
    re.findall(
        r"\w+",
        "address article aside blockquote br button dd div dl dt figcaption figure footer h1 h2 "
        "h3 h4 h5 h6 header input li main nav ol p pre section table tbody td th tr ul",
    )
)
HIDDEN = {"head", "script", "style", "noscript", "template"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def check(name: str, page: str, a: Article, noise: list[Noise], noisy: bool) -> None:
    parser = Visible()
    parser.feed(page)
    text = norm("".join(parser.parts))
    body = "\n".join(a.paragraphs).casefold()
    problems = [f"body line not visible: {p[:60]}" for p in a.paragraphs if norm(p) not in text]
    if a.title not in text:
        problems.append("title not visible")
    if a.tail and (a.tail not in text or a.tail.casefold() in body):
        problems.append("tail credit missing or inside the body")
    if not 5 <= len(a.paragraphs) <= 12 or a.date[:10] > LATEST:
        problems.append("body length or date out of range")
    if noisy != bool(noise):
        problems.append("noisy page without noise, or clean page with noise")
    for s in {s for n in noise for s in n.strings}:
        if norm(s) not in text:
            problems.append(f"noise not visible: {s}")
        if s.casefold() in body or s.casefold() in a.title.casefold():
            problems.append(f"noise string inside body or title: {s}")
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))


def main() -> None:
    assert len(STORIES) == len(LAYOUTS) == 14
    assert sum(a.lang == "ur" for a, _ in STORIES) == 4
    for i, (a, blocks) in enumerate(STORIES):
        for noisy, li in ((True, i), (False, (i + 7) % len(LAYOUTS))):
            fn, site, domain, path = LAYOUTS[li]
            rng = random.Random(f"{SPLIT}/{a.slug}/{noisy}")
            bag = Bag(noisy, rng, a.lang == "ur")
            inside = plan_inside(a, blocks, bag) if noisy else {}
            url = f"https://{domain}/{path}/{a.slug}"
            page = fn(a, url, site, blocks, inside, bag)
            name = f"{'noisy' if noisy else 'clean'}-{i:02d}-{fn.__name__}"
            check(name, page, a, bag.items, noisy)
            write_page(SPLIT, name, url, page, a, bag.items)


if __name__ == "__main__":
    main()
