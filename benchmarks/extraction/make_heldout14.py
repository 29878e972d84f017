"""Write the fourteenth held-out set to pages/heldout14/, written BLIND.

Blind: the only files read while writing this generator were fixturekit.py,
make_heldout.py and make_heldout2.py (for the page, truth and noise conventions and the
helper API). No extraction code, configuration, tests, other generators, existing pages
or results were opened, and no extractor was run on these pages.

What is new: eighteen invented stories from Balochistan, Gilgit-Baltistan and other
regions of Pakistan, six of them in right-to-left Urdu. Each story appears once noisy
and once clean, in two different layouts out of eighteen new ones: WordPress Gutenberg
blocks, Squarespace, django CMS, Tumblr, Nuxt/Vue, a Bootstrap 5 news template, a
government press release, a phpBB-style forum post (paragraphs split by <br>), a
pdf2htmlEX-style export with absolutely positioned lines, custom elements
(<news-article>, <story-paragraph>), a browser reader view, a page with a sticky audio
player, a Shopify-like blog, a TYPO3 news record (teaser split from the body), a long
read with footnotes, a photo gallery, an Urdu Blogger post and an Urdu InPage export.

Bodies are richer than plain paragraphs: sub-headings, bulleted and numbered lists,
block quotes and tables. Each text block is one line of the truth: a list item is a
line, a table row is a line (its cells joined by single spaces), a sub-heading and a
quote are lines. On the footnotes layout the footnote texts are body lines after the
paragraphs; the "[1]" markers and the back-links are not. Title, byline, date and the
wire credit after the body are never body.

Noise is worded afresh (English and Urdu) and sits outside the article container and
inside it (before the first block, between blocks, right after the last block and after
the wire credit), mostly in blocks with no telling class or id. Some layouts add their
own noise (Tumblr notes, forum replies and signatures, running heads of the PDF pages,
the sticky player, shop products, gallery photo credits, Blogger widgets, InPage
continuation lines). Clean pages carry no recorded noise, and every story's body is
full of sentences about reading, sharing, following, comments, subscriptions, apps,
newsletters, photos, advertisements, sponsors and members, plus one-line paragraphs.

Every outlet, person and sentence here is invented; only the place names are real.
The generator checks itself: each recorded noise string is in the page's visible text
and not in its body, and each body line is in the visible text.

Run: python benchmarks/extraction/make_heldout14.py  (deterministic).
"""

from __future__ import annotations

import json
import random
import re
import textwrap
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from typing import Any

from fixturekit import Article, Noise, esc, write_page

SPLIT = "heldout14"


# --- stories ---------------------------------------------------------------------------


@dataclass
class Story:
    slug: str
    title: str
    author: str
    date: str
    blocks: list[Any]  # str is a paragraph; (kind, value) for h, ul, ol, q, table
    tail: str | None = None
    agency: str | None = None
    place: str | None = None
    lang: str = "en"
    notes: dict[int, str] = field(default_factory=dict)  # block index -> footnote


def H(text: str) -> tuple[str, str]:
    return ("h", text)


def UL(*items: str) -> tuple[str, list[str]]:
    return ("ul", list(items))


def OL(*items: str) -> tuple[str, list[str]]:
    return ("ol", list(items))


def Q(text: str) -> tuple[str, str]:
    return ("q", text)


def TABLE(*rows: list[str]) -> tuple[str, list[list[str]]]:
    return ("table", list(rows))


STORIES = [
    Story(
        "quetta-library-app",
        "Quetta's central library puts its Urdu collection on a phone app",
        "Shazia Mengal",
        "2026-03-09T11:20:00+05:00",
        [
            "QUETTA: The central library on Jinnah Road has put more than four thousand Urdu "
            "and Brahui books on a free phone app, letting members read on their handsets "
            "during the power cuts that close the reading rooms most evenings.",
            "Download the app, sign in with your card number, and read.",
            "That is all the posters in the lobby say.",
            "Chief librarian Nasreen Achakzai said the library had 11,000 registered members, "
            "and that about a fifth of them had signed up for the app in its first week.",
            H("What members get"),
            UL(
                "Free reading of the full Urdu and Brahui collection",
                "A monthly newsletter listing new titles",
                "A reminder when a borrowed paper book is due",
                "A comments page where readers can suggest books to buy",
            ),
            Q("\u201cWe want people to read more, not to queue more,\u201d Ms Achakzai said."),
            "Students who spoke to this newspaper said the app was slow on older phones, and "
            "that the sign-up page asked for too many details.",
            "The library says it will add Pashto titles and a shelf of scanned newspapers "
            "from the 1960s by the end of the year.",
            "Readers without a card can register at the front desk with a copy of their "
            "identity card.",
        ],
        place="Quetta",
    ),
    Story(
        "hunza-radio-podcast",
        "Hunza community radio starts posting its shows as podcasts",
        "Karim Baig",
        "2026-05-14T09:00:00+05:00",
        [
            "KARIMABAD, May 14 (PPI): A community radio station in Hunza has begun posting its "
            "Burushaski and Wakhi programmes online as podcasts, so that listeners who have "
            "moved to Karachi, Lahore and the Gulf can follow them.",
            "The most popular episode so far is a grandmother in Gulmit singing about the "
            "first road to reach the valley.",
            "Listen. Share. Call in.",
            "That is the slogan the station's volunteers paint on walls in every village they "
            "visit.",
            "Station manager Shahida Begum said the programmes drew more than 9,000 plays in "
            "the first month, most of them on mobile phones abroad.",
            Q(
                "\u201cPeople abroad leave comments saying they can hear their own villages "
                "again,\u201d she said."
            ),
            "The station relies on a small grant and on advertisements from local shops, "
            "which pay for a thirty-second spot before the evening news.",
            "Volunteers record most programmes on phones and upload them over a slow "
            "connection from the station's single room above a bakery.",
            "Listeners can follow the station on its website or ask for episodes to be sent "
            "to them on a memory card.",
        ],
        tail="\u2014PPI",
        agency="PPI",
        place="Karimabad",
    ),
    Story(
        "gwadar-fish-sms",
        "Gwadar fishermen get daily price alerts by text message",
        "Abdul Wahid Dashti",
        "2026-02-10T08:40:00+05:00",
        [
            "GWADAR, Feb 10 (APP): Fishermen in Gwadar can now receive the morning auction "
            "prices for tuna, pomfret and shrimp by text message before they reach the "
            "harbour, under a scheme run by a local cooperative.",
            "Subscribe by sending the word RATE to a short code; the first month is free.",
            "After that, members pay twenty rupees a week, and the money goes to the "
            "cooperative's boat repair fund.",
            "Cooperative secretary Naseer Baloch said 1,300 boat owners had signed up.",
            TABLE(
                ["Catch", "Price on Monday (per kg)", "Price a year ago"],
                ["Tuna", "Rs 620", "Rs 540"],
                ["Pomfret", "Rs 1,450", "Rs 1,300"],
                ["Shrimp", "Rs 980", "Rs 1,020"],
            ),
            "Older fishermen who cannot read ask their sons to read the alerts aloud, or share "
            "them in the harbour's tea stalls.",
            Q(
                "\u201cBefore, the middlemen knew the price and we did not,\u201d said Hamid "
                "Kalmati, who owns two boats."
            ),
            "The cooperative plans to add weather warnings to the same service before the monsoon.",
        ],
        agency="APP",
        place="Gwadar",
    ),
    Story(
        "skardu-glacier-photos",
        "Photographs of shrinking glaciers go on show in Skardu",
        "Fatima Hussaini",
        "2026-06-03T17:30:00+05:00",
        [
            "An exhibition of photographs comparing glaciers in Baltistan in the 1990s and "
            "today opened at a school hall in Skardu on Wednesday, drawing students, climbers "
            "and porters.",
            "Photo by photo, the pictures show ice that has retreated up the valleys or turned "
            "grey with rock and dust.",
            "The photographs were taken by Ali Raza Shigri, a former high-altitude porter who "
            "has returned to the same viewpoints every summer since 1996.",
            "All photos are printed on paper donated by a Skardu print shop, and the frames "
            "were made by carpentry students.",
            H("Sponsors and visitors"),
            "The exhibition has no sponsors and charges no entry fee; visitors are asked to "
            "write a comment in a notebook at the door.",
            "Comments in the notebook range from a child's drawing of a glacier to a note from "
            "a porter asking for better gear.",
            UL(
                "Open daily from 9am to 5pm until June 20",
                "Free entry for everyone",
                "Guided walks for school groups on Saturdays",
            ),
            "Mr Shigri said he hoped to take the pictures to Gilgit and Islamabad later in the "
            "year.",
        ],
    ),
    Story(
        "turbat-student-paper",
        "Turbat students revive a campus newspaper, in print and online",
        "Mahnaz Rind",
        "2026-09-22T12:15:00+05:00",
        [
            "Students at a university in Turbat have revived a campus newspaper that closed "
            "fifteen years ago, printing 800 copies a fortnight and posting every story "
            "online.",
            "Subscribe for free, the front page says, and a copy will be left at your hostel door.",
            "The editors, all in their second or third year, sell advertisements to "
            "photocopy shops, tailors and a driving school to cover the printing bill.",
            "Advertisements take up one page out of eight.",
            "Editor-in-chief Shahbaz Gichki said the paper had 2,400 followers on social media "
            "and that its comments section was often busier than its letters page.",
            Q("\u201cWe print every reply, even the rude ones, if they are signed,\u201d he said."),
            "Each issue has four sections:",
            OL(
                "News from the campus and the town",
                "Opinion and letters",
                "Sports",
                "Poetry and short fiction",
            ),
            "The latest issue carried a report on hostel water shortages, a poem in Balochi "
            "and a guide to the new bus timetable.",
            "A faculty adviser reads each issue before it goes to print, but the students say "
            "she has never removed a story.",
        ],
    ),
    Story(
        "gilgit-polo-sponsors",
        "Gilgit polo tournament finds new sponsors after lean years",
        "Israr Ahmed",
        "2026-07-11T19:05:00+05:00",
        [
            "GILGIT: A polo tournament held in Gilgit every autumn for more than a century has "
            "found three new sponsors, its organisers said on Saturday, after several years "
            "in which teams paid for their own horses' feed.",
            "Sponsored by a mobile phone company, a bank and a hotel group, the event will "
            "offer prize money for the first time since 2015.",
            "Advertisement boards will go up around the ground, but organisers said there "
            "would be none on the players' shirts.",
            "Tickets stay free.",
            TABLE(
                ["Team", "District", "Titles won"],
                ["Gilgit Blues", "Gilgit", "6"],
                ["Nagar Hawks", "Nagar", "4"],
                ["Ghizer Riders", "Ghizer", "3"],
                ["Hunza Eagles", "Hunza", "2"],
            ),
            "Local fans, many of whom follow the matches on live streams shared on social "
            "media, welcomed the news.",
            Q(
                "\u201cThe horses will eat better than we do now,\u201d joked Ghulam Abbas, a "
                "player from Nagar."
            ),
            "The tournament begins on November 1.",
        ],
        place="Gilgit",
    ),
    Story(
        "zhob-whatsapp-clinic",
        "Mobile clinic in Zhob books patients over WhatsApp",
        "Rahmatullah Mandokhel",
        "2026-04-28T10:10:00+05:00",
        [
            "ZHOB, April 28: A mobile clinic that visits villages in Zhob district has started "
            "taking appointments over WhatsApp, cutting the hours that women and elderly "
            "patients spend waiting in the sun.",
            "Send a message with your name, village and the problem, and the clinic replies "
            "with a time.",
            "That is how the service is explained on a poster in Pashto and Urdu.",
            "Dr Sadia Kakar, who runs the clinic, said it sees about sixty patients a day, and "
            "that nearly half now book ahead.",
            H("Before you visit"),
            UL(
                "Bring your identity card or your child's birth certificate",
                "Bring any old prescriptions",
                "Do not share your appointment message with others; each time slot is for one "
                "family",
            ),
            "The clinic's staff said some families without phones ask a neighbour to book for "
            "them.",
            Q(
                "\u201cNobody should have to choose between a day's wages and a doctor,\u201d "
                "Dr Kakar said."
            ),
            "The health department said it would fund a second van if the trial is judged a "
            "success.",
        ],
        place="Zhob",
    ),
    Story(
        "chitral-kalash-stream",
        "Kalash spring festival streamed live for the first time",
        "Sher Wali Khan",
        "2026-05-16T21:00:00+05:00",
        [
            "CHITRAL, May 16 (AFP) \u2014 The spring festival of the Kalash people in the "
            "valleys near Chitral was streamed live online for the first time this week, "
            "after elders agreed to let a local youth group film the dances on condition that "
            "some rituals stay off camera.",
            "Watch, but do not film the sacred parts, the elders told the group.",
            "Viewers from as far as Canada left thousands of comments during the three-day "
            "stream, many of them from Kalash families living in cities.",
            "The group said it had turned comments off during prayers.",
            Q(
                "\u201cWe want people to see us as we are, not as a postcard,\u201d said Bibi "
                "Gul, 24, one of the organisers."
            ),
            "Tour operators said the stream could bring more visitors, but some residents "
            "worried about crowds on the narrow roads to Bumburet and Rumbur.",
            "Recordings of the public dances will stay online; the rest has been deleted.",
        ],
        tail="\u2014 AFP",
        agency="AFP",
        place="Chitral",
    ),
    Story(
        "khuzdar-cable-apps",
        "Khuzdar cable operators lose viewers to phone apps",
        "Naveed Zehri",
        "2026-11-03T15:45:00+05:00",
        [
            "Cable television operators in Khuzdar say they have lost nearly a third of their "
            "subscribers in two years, as households switch to watching dramas and cricket "
            "on phone apps.",
            "Download, watch, cancel.",
            "That is how one operator, Wali Muhammad, described what his younger customers do "
            "each month.",
            "A cable connection costs Rs 600 a month in the town; a mobile data package large "
            "enough for streaming costs about twice as much, but families share it.",
            TABLE(
                ["Year", "Cable subscribers (approx.)"],
                ["2023", "9,000"],
                ["2024", "7,600"],
                ["2025", "6,100"],
            ),
            "Operators have started offering their own app, with local news and "
            "advertisements from Khuzdar businesses, to win members back.",
            Q(
                "\u201cPeople still want the local channel when there is a jirga or a "
                "flood,\u201d Mr Muhammad said."
            ),
            "The app has 1,100 users so far.",
        ],
        notes={
            3: "Prices were checked with three operators and two mobile shops in the town.",
            5: "The app is free to download; the operators say they will start charging for "
            "it after six months.",
        },
    ),
    Story(
        "multan-mango-online",
        "Multan mango growers sell straight to buyers through Facebook groups",
        "Ayesha Bosan",
        "2026-06-24T13:00:00+05:00",
        [
            "MULTAN: Small mango growers around Multan are selling boxes of Chaunsa and Sindhri "
            "straight to buyers in Lahore and Karachi through Facebook groups, skipping the "
            "wholesale market.",
            "Like, comment, order \u2014 that is the routine in one group with 85,000 members, "
            "where growers post photos of the morning's picking.",
            "Orders close at noon.",
            "Grower Rana Iftikhar said he earns about a third more per box than at the market, "
            "though courier charges and damaged fruit eat into the gain.",
            UL(
                "A 5 kg box of Sindhri sells for about Rs 1,800 in the groups",
                "Courier firms charge Rs 350 to Rs 500 a box to Lahore",
                "Buyers pay on delivery",
            ),
            "Group admins remove posts from sellers who receive repeated complaints, and "
            "members rate each grower after delivery.",
            Q("\u201cThe comments are our shop sign,\u201d Mr Iftikhar said."),
            "Wholesale traders say the online sales are still small compared with exports.",
        ],
        place="Multan",
    ),
    Story(
        "sukkur-barrage-gates",
        "Sukkur barrage canal closure schedule announced",
        "Staff Reporter",
        "2026-12-20T16:20:00+05:00",
        [
            "SUKKUR, Dec 20: The irrigation department has announced the dates on which canals "
            "fed by the Sukkur barrage will be closed for their annual desilting and repairs, "
            "and asked farmers to plan their last watering accordingly.",
            "See the table below for each canal.",
            TABLE(
                ["Canal", "Closed from", "Reopens"],
                ["Rohri Canal", "January 6", "January 26"],
                ["Nara Canal", "January 8", "January 28"],
                ["Khairpur East", "January 10", "January 25"],
                ["Dadu Canal", "January 12", "January 31"],
            ),
            "The dates may change; follow the department's notices in mosques and at union "
            "council offices.",
            "Engineers said two gates on the barrage would also be replaced during the closure.",
            Q(
                "\u201cEvery year the work is squeezed into three weeks. This year we have "
                "planned it in advance,\u201d said a superintending engineer, Ghulam Qadir "
                "Mahar."
            ),
            "Growers' associations asked for the Dadu Canal closure to be shortened because "
            "of late wheat sowing in the area.",
        ],
        place="Sukkur",
        notes={
            0: "The schedule was published in a department notice dated December 19.",
            3: "Notices are also read out on local FM radio after the evening news.",
        },
    ),
    Story(
        "astore-rescue-volunteers",
        "Astore villagers train as winter rescue volunteers",
        "Nadia Shah",
        "2026-10-30T08:30:00+05:00",
        [
            "ASTORE, Oct 30 (APP): More than ninety villagers in the Astore valley have "
            "completed a week of training in avalanche rescue and first aid, ahead of a winter "
            "in which snowfall is expected to be heavier than usual.",
            "Sign up at the union council office, the trainers told each group at the end of "
            "the course.",
            "Those who join receive a radio, a shovel and a probe, and are placed on a call list.",
            H("Advice given to families"),
            OL(
                "Check the weather bulletin before crossing any slope",
                "Tell a neighbour where you are going and when you will return",
                "Keep a torch and a whistle in the house",
                "Do not follow old footprints across fresh snow",
            ),
            "Trainer Sajida Parveen said women made up a third of the class this year.",
            "The last line of the course handbook reads simply: come back alive.",
            "The district administration said a second course would be held in Minimarg in "
            "December.",
        ],
        tail="(APP)",
        agency="APP",
        place="Astore",
    ),
    Story(
        "quetta-complaints-app",
        "کوئٹہ میں شہریوں کی شکایات کے لیے موبائل ایپ متعارف",
        "عبدالباسط کاکڑ",
        "2026-03-18T14:00:00+05:00",
        [
            "کوئٹہ (پی پی آئی) — میٹروپولیٹن کارپوریشن نے شہریوں کی شکایات درج کرنے کے لیے "
            "ایک موبائل ایپ متعارف کرا دی ہے جس کے ذریعے کچرے، ٹوٹی سڑکوں اور پانی کی لائنوں "
            "کی شکایت تصویر کے ساتھ بھیجی جا سکے گی۔",
            "ایپ ڈاؤن لوڈ کیجیے، تصویر کھینچیے اور بھیج دیجیے۔",
            "کارپوریشن کے ترجمان نوید احمد نے بتایا کہ پہلے ہفتے میں ڈھائی ہزار شکایات موصول "
            "ہوئیں جن میں سے زیادہ تر کچرے سے متعلق تھیں۔",
            UL(
                "ہر شکایت کو ایک نمبر دیا جاتا ہے",
                "شکایت حل ہونے پر شہری کو پیغام بھیجا جاتا ہے",
                "شہری اپنی رائے اور تبصرہ بھی درج کر سکتے ہیں",
            ),
            Q("“ہم چاہتے ہیں کہ شہری ہمیں بتائیں، ہم سنیں گے”، ترجمان نے کہا۔"),
            "کچھ شہریوں نے شکایت کی کہ ایپ صرف انگریزی میں ہے اور پرانے فون پر نہیں چلتی۔",
            "کارپوریشن کا کہنا ہے کہ اگلے ماہ اردو اور براہوی زبان کا آپشن شامل کر دیا جائے گا۔",
        ],
        agency="PPI",
        place="کوئٹہ",
        lang="ur",
    ),
    Story(
        "gilgit-women-computer",
        "گلگت میں خواتین کے لیے مفت کمپیوٹر تربیتی مرکز کھل گیا",
        "شمیم اختر",
        "2026-08-07T11:00:00+05:00",
        [
            "گلگت: شہر کے کشروٹ محلے میں خواتین کے لیے ایک مفت کمپیوٹر تربیتی مرکز کھول دیا "
            "گیا ہے جہاں پہلے مرحلے میں ساٹھ طالبات کو داخلہ دیا گیا ہے۔",
            "یہاں طالبات ای میل بنانا، نیوز لیٹر لکھنا اور آن لائن دکان چلانا سیکھیں گی۔",
            "مرکز کی نگران رخسانہ بیگم نے بتایا کہ کورس تین ماہ کا ہے اور کلاسیں صبح اور شام "
            "دو حصوں میں ہوں گی۔",
            H("داخلے کی شرائط"),
            OL(
                "عمر سولہ سال سے زیادہ ہو",
                "میٹرک کی سند کی نقل ساتھ لائیں",
                "والدین یا سرپرست کا اجازت نامہ",
            ),
            "پہلی کلاس میں ایک طالبہ نے اپنی دادی کی تصویر سوشل میڈیا پر شیئر کی اور لکھا کہ "
            "وہ بھی کمپیوٹر سیکھنا چاہتی ہیں۔",
            "اگلا داخلہ ستمبر میں ہوگا۔",
        ],
        place="گلگت",
        lang="ur",
    ),
    Story(
        "gwadar-beach-cleanup",
        "گوادر کے ساحل پر رضاکاروں کی صفائی مہم",
        "سمیرا دشتی",
        "2026-01-25T09:30:00+05:00",
        [
            "گوادر (اے پی پی) — پدی زر کے ساحل پر اتوار کے روز چار سو سے زائد رضاکاروں نے "
            "صفائی مہم میں حصہ لیا اور تقریباً دو ٹن پلاسٹک اور جال کے ٹکڑے جمع کیے۔",
            "تصویر بنائیے، دوستوں کو دکھائیے، اور اگلی بار انہیں ساتھ لائیے۔",
            "یہ پیغام مہم کے منتظمین نے ہر رضاکار کو دیا۔",
            "منتظم یاسر بلوچ نے کہا کہ ماہی گیروں کے پرانے جال سب سے بڑا مسئلہ ہیں جو سمندری "
            "کچھوؤں کے لیے خطرناک ہیں۔",
            TABLE(
                ["جمع شدہ کچرا", "وزن"],
                ["پلاسٹک کی بوتلیں", "۷۰۰ کلو"],
                ["جال کے ٹکڑے", "۹۰۰ کلو"],
                ["دیگر", "۴۰۰ کلو"],
            ),
            "ضلعی انتظامیہ نے اعلان کیا ہے کہ ہر ماہ کے آخری اتوار کو یہ مہم دہرائی جائے گی۔",
        ],
        agency="APP",
        place="گوادر",
        lang="ur",
    ),
    Story(
        "hunza-apricot-orders",
        "ہنزہ کی خشک خوبانی اب آن لائن آرڈر پر",
        "کریم داد",
        "2026-09-02T10:45:00+05:00",
        [
            "ہنزہ کی خواتین کی ایک تنظیم نے خشک خوبانی اور خوبانی کا تیل آن لائن فروخت کرنا "
            "شروع کر دیا ہے، اور پہلے مہینے میں ملک بھر سے چھ سو سے زیادہ آرڈر موصول ہوئے۔",
            "فالو کیجیے، آرڈر کیجیے، اور رائے دیجیے۔",
            "تنظیم کی صدر گل بانو نے بتایا کہ سوشل میڈیا پر ان کے صفحے کے بیس ہزار فالوورز ہیں۔",
            UL(
                "آدھا کلو خشک خوبانی: آٹھ سو روپے",
                "خوبانی کا تیل، سو ملی لیٹر: چھ سو روپے",
                "ترسیل کا خرچ خریدار کے ذمے",
            ),
            Q(
                "“پہلے ہم دکاندار کے رحم و کرم پر تھے، اب خریدار ہم سے براہِ راست بات کرتا ہے”، گل بانو نے کہا۔"
            ),
            "تاہم انہوں نے کہا کہ سردیوں میں قراقرم ہائی وے بند ہونے سے ترسیل میں ہفتوں کی "
            "تاخیر ہو جاتی ہے۔",
        ],
        lang="ur",
    ),
    Story(
        "loralai-book-fair",
        "لورالائی میں تین روزہ کتاب میلہ، ہزاروں افراد کی شرکت",
        "نجیب اللہ ترین",
        "2026-11-14T18:30:00+05:00",
        [
            "لورالائی: شہر کے ڈگری کالج میں منعقدہ تین روزہ کتاب میلہ اتوار کو ختم ہو گیا جس "
            "میں منتظمین کے مطابق سات ہزار سے زائد افراد نے شرکت کی۔",
            "پڑھیے، اور پڑھنے کی عادت دوسروں تک پہنچائیے۔",
            "یہ نعرہ میلے کے دروازے پر لکھا تھا۔",
            "پشتو، اردو اور بلوچی کتابوں کے بیس سے زیادہ اسٹال لگائے گئے تھے اور کتابیں رعایتی "
            "قیمت پر فروخت ہوئیں۔",
            H("سب سے زیادہ بکنے والی کتابیں"),
            OL(
                "پشتو شاعری کے مجموعے",
                "بچوں کی تصویری کہانیاں",
                "مقابلے کے امتحانات کی تیاری کی کتابیں",
            ),
            "میلے میں لائبریری کی رکنیت کے لیے خصوصی کاؤنٹر بھی لگایا گیا جہاں چار سو نئے "
            "ارکان نے اندراج کرایا۔",
            "منتظمین نے اعلان کیا کہ اگلے سال میلہ پانچ دن کا ہوگا۔",
        ],
        place="لورالائی",
        lang="ur",
    ),
    Story(
        "peshawar-storytelling",
        "قصہ خوانی بازار میں داستان گوئی کی محفلیں پھر سے آباد",
        "سلمیٰ یوسفزئی",
        "2026-04-05T20:00:00+05:00",
        [
            "پشاور: قصہ خوانی بازار کے ایک پرانے قہوہ خانے میں ہر جمعرات کی شام داستان گوئی کی "
            "محفل سجنے لگی ہے، جس میں نوجوان داستان گو پرانے قصے نئے انداز میں سناتے ہیں۔",
            "سنیے، ریکارڈ کیجیے، مگر بیچ میں نہ بولیے۔",
            "محفل کے منتظم عارف خٹک نے کہا کہ ہر ہفتے سو کے قریب لوگ آتے ہیں اور بہت سے لوگ "
            "ریکارڈنگ سوشل میڈیا پر شیئر کرتے ہیں۔",
            Q("“یہ بازار کبھی قصوں کے لیے مشہور تھا، ہم وہی روایت واپس لا رہے ہیں”، انہوں نے کہا۔"),
            "قہوہ خانے کے مالک نے بتایا کہ محفل کے دن ان کی آمدنی دگنی ہو جاتی ہے۔",
            "اگلی محفل میں ایک خاتون داستان گو پہلی بار قصہ سنائیں گی۔",
        ],
        place="پشاور",
        lang="ur",
    ),
]


def block_lines(block: Any) -> list[str]:
    """The truth lines of one block: one per paragraph, item, quote, heading or row."""
    if isinstance(block, str):
        return [block]
    kind, value = block
    if kind in ("ul", "ol"):
        return list(value)
    if kind == "table":
        return [" ".join(row) for row in value]
    return [value]


def article_for(story: Story, with_notes: bool) -> Article:
    lines = [line for b in story.blocks for line in block_lines(b)]
    if with_notes:
        lines += [story.notes[k] for k in sorted(story.notes)]
    return Article(
        story.slug,
        story.title,
        story.author,
        story.date,
        lines,
        tail=story.tail,
        agency=story.agency,
        place=story.place,
        lang=story.lang,
    )


# --- noise -----------------------------------------------------------------------------

HEAD_EN = [
    "Ziarat juniper forest gets new fire watchtowers",
    "Karachi-Quetta coach fares cut after fuel price drop",
    "Pasni fishermen report record lobster catch",
    "Shandur pass road to open a week early",
    "Nushki date farmers try cold storage for the first time",
    "Deosai park rangers count more brown bears",
    "Mirpurkhas schools receive solar fans",
    "Dera Ismail Khan bridge tender reissued",
    "Kohat tunnel lights replaced after complaints",
    "Panjgur students top board exams",
    "Naltar ski lift reopens after repairs",
    "Hyderabad potters find buyers abroad",
    "Kharan well-drilling project reaches 40th village",
    "Sost dry port clears backlog of trucks",
]

HEAD_UR = [
    "زیارت میں صنوبر کے جنگل کی حفاظت کے لیے نئے مینار",
    "پسنی میں جھینگے کا ریکارڈ شکار",
    "دیوسائی میں بھورے ریچھوں کی تعداد میں اضافہ",
    "نوشکی کے کھجور کاشتکاروں کے لیے کولڈ اسٹوریج",
    "سوست ڈرائی پورٹ پر ٹرکوں کی قطاریں ختم",
    "پنجگور کے طلبہ بورڈ امتحان میں نمایاں",
    "نلتر میں اسکی لفٹ دوبارہ فعال",
    "خاران میں پینے کے پانی کے نئے کنویں",
]

PHOTOGRAPHERS = ["Kamran Rind", "Gul Zaman", "Shehla Qambrani", "Tariq Hunzai"]
PHOTOGRAPHERS_UR = ["عبدالغفار بلوچ", "نازیہ حسین"]
COMMENTERS = [
    ("Javed K.", "Good move. Now do the same for the villages past Quetta."),
    ("Sana from Sibi", "Who pays for all of this once the grant money runs out?"),
    ("Mir Hassan", "My cousin tried this last month and it worked well."),
    ("anonymous", "Another announcement, let us see if anything changes on the ground."),
]


def anchors(items: list[str], tag: str = "li", base: str = "/news/") -> str:
    return "".join(
        f'<{tag}><a href="{base}{900 + i}">{esc(h)}</a></{tag}>' for i, h in enumerate(items)
    )


def en_see_also(rng: random.Random, s: Story) -> Noise:
    h = rng.choice(HEAD_EN)
    return Noise(f'<p><em>See also:</em> <a href="/news/771">{esc(h)}</a></p>', ["See also:", h])


def en_read_more(rng: random.Random, s: Story) -> Noise:
    h = rng.choice(HEAD_EN)
    return Noise(
        f'<div><strong>Read more:</strong> <a href="/news/772">{esc(h)}</a></div>',
        ["Read more:", h],
    )


DONT_MISS = "Don't miss"


def en_dont_miss(rng: random.Random, s: Story) -> Noise:
    h = rng.choice(HEAD_EN)
    return Noise(
        f"<aside><span>{esc(DONT_MISS)}</span>"
        f'<a href="/news/773"><h4>{esc(h)}</h4></a><p>4 min read</p></aside>',
        [DONT_MISS, h],
    )


def en_recommended(rng: random.Random, s: Story) -> Noise:
    items = rng.sample(HEAD_EN, 3)
    cards = "".join(
        f'<div><a href="/news/{880 + i}"><img src="/t/{i}.jpg" alt=""><span>{esc(h)}</span></a>'
        "</div>"
        for i, h in enumerate(items)
    )
    return Noise(
        f"<section><h3>Recommended for you</h3>{cards}</section>", ["Recommended for you", *items]
    )


def en_newsletter(rng: random.Random, s: Story) -> Noise:
    text = (
        "The Frontier Brief: the day's news from Balochistan and the north, in your inbox at "
        "7am on weekdays."
    )
    return Noise(
        f'<div><p>{esc(text)}</p><form><input type="email" placeholder="you@example.com">'
        "<button>Sign me up</button></form></div>",
        ["The Frontier Brief", "in your inbox at 7am on weekdays", "Sign me up"],
    )


def en_app(rng: random.Random, s: Story) -> Noise:
    return Noise(
        "<div><p><b>Faster on the app.</b> Stories load offline and alerts arrive first.</p>"
        '<a href="/get-android">Install for Android</a> <a href="/get-ios">Install for iPhone</a>'
        "</div>",
        [
            "Faster on the app",
            "Stories load offline and alerts arrive first",
            "Install for Android",
        ],
    )


def en_share(rng: random.Random, s: Story) -> Noise:
    return Noise(
        '<div><span>Pass this story on</span> <a href="#fb">Facebook</a> '
        '<a href="#wa">WhatsApp</a> <a href="#x">X</a> <button>Copy the link</button></div>',
        ["Pass this story on", "Copy the link"],
    )


def en_photo(rng: random.Random, s: Story) -> Noise:
    text = f"Photograph: {rng.choice(PHOTOGRAPHERS)}"
    return Noise(f"<p><small>{esc(text)}</small></p>", [text])


def en_sponsored(rng: random.Random, s: Story) -> Noise:
    return Noise(
        '<div><small>Sponsored</small><a href="https://ads.example/roshan">'
        "<b>Roshan Solar: rooftop kits from Rs 45,000, paid in 12 instalments</b></a>"
        "<p>Paid content. Not produced by our newsroom.</p></div>",
        ["Roshan Solar: rooftop kits from Rs 45,000", "Not produced by our newsroom"],
    )


def en_poll(rng: random.Random, s: Story) -> Noise:
    return Noise(
        "<form><p><b>Quick question:</b> Would you pay Rs 100 a month for local news?</p>"
        '<label><input type="radio" name="v"> Yes</label> '
        '<label><input type="radio" name="v"> No</label> '
        '<button>Cast my vote</button> <a href="/poll/41">Show results</a></form>',
        ["Would you pay Rs 100 a month for local news?", "Cast my vote", "Show results"],
    )


def en_ad_break(rng: random.Random, s: Story) -> Noise:
    return Noise(
        '<div><span>Ad break \u2014 the story resumes below</span><div style="height:250px">'
        "</div></div>",
        ["the story resumes below"],
    )


def en_paywall(rng: random.Random, s: Story) -> Noise:
    return Noise(
        "<div><p>You have read 3 of your 5 free stories this month.</p>"
        '<a href="/join">Unlock everything for Rs 199 a month</a></div>',
        [
            "You have read 3 of your 5 free stories this month",
            "Unlock everything for Rs 199 a month",
        ],
    )


def en_follow(rng: random.Random, s: Story) -> Noise:
    text = "Get our updates where you scroll \u2014 find us on Instagram and TikTok."
    return Noise(f"<p>{esc(text)}</p>", ["Get our updates where you scroll"])


def en_donate(rng: random.Random, s: Story) -> Noise:
    return Noise(
        "<section><h4>No billionaire owns us.</h4><p>Readers who pay what they can keep our "
        "reporters on the road. Give Rs 300 or more today.</p><button>Chip in</button></section>",
        ["No billionaire owns us", "keep our reporters on the road", "Chip in"],
    )


def en_bio(rng: random.Random, s: Story) -> Noise:
    where = s.place or "the provinces"
    text = f"{s.author} reports for us from {where}. Tips are welcome on Signal."
    return Noise(
        f'<div><img src="/authors/1.jpg" alt=""><p>{esc(text)}</p>'
        f'<a href="/author/1">Everything by {esc(s.author)}</a></div>',
        [text, f"Everything by {s.author}"],
    )


def en_corrections(rng: random.Random, s: Story) -> Noise:
    return Noise(
        "<p><small>Notice an error in this report? Tell the editors.</small></p>",
        ["Notice an error in this report?"],
    )


def en_save(rng: random.Random, s: Story) -> Noise:
    return Noise(
        '<div><a href="#print">Print</a> \u00b7 <a href="#mail">Email</a> \u00b7 '
        '<a href="#save">Save for later</a> \u00b7 <a href="#size">Text size</a></div>',
        ["Save for later", "Text size"],
    )


def en_most_read(rng: random.Random, s: Story) -> Noise:
    items = rng.sample(HEAD_EN, 5)
    return Noise(
        f'<div class="rail"><h4>Most read right now</h4><ol>{anchors(items)}</ol></div>',
        ["Most read right now", *items],
    )


def en_hot_week(rng: random.Random, s: Story) -> Noise:
    items = rng.sample(HEAD_EN, 4)
    return Noise(
        f"<div><p><b>Hot this week</b></p>{anchors(items, 'p')}</div>", ["Hot this week", *items]
    )


def en_elsewhere(rng: random.Random, s: Story) -> Noise:
    items = rng.sample(HEAD_EN, 3)
    return Noise(
        f"<section><h4>Elsewhere in the province</h4><ul>{anchors(items)}</ul></section>",
        ["Elsewhere in the province", *items],
    )


def en_trending(rng: random.Random, s: Story) -> Noise:
    return Noise(
        '<nav><span>Trending now:</span> <a href="/t/shandur">#Shandur</a> '
        '<a href="/t/deosai">#Deosai</a> <a href="/t/fuel">#FuelPrices</a></nav>',
        ["Trending now:", "#FuelPrices"],
    )


def en_comments(rng: random.Random, s: Story) -> Noise:
    picked = rng.sample(COMMENTERS, 2)
    items = "".join(f"<div><b>{esc(n)}</b><p>{esc(t)}</p></div>" for n, t in picked)
    rule = "Comments are checked by an editor before they appear. Keep it civil."
    return Noise(
        f"<section><h3>Reader comments (2)</h3><p><small>{esc(rule)}</small></p>{items}"
        '<a href="#reply">Add your comment</a></section>',
        [
            "Reader comments (2)",
            "Comments are checked by an editor before they appear",
            *[t for _, t in picked],
            "Add your comment",
        ],
    )


def en_loading(rng: random.Random, s: Story) -> Noise:
    return Noise(
        "<div><p>Loading comments\u2026</p><p>Log in to join the discussion. Comments close "
        "after 48 hours.</p></div>",
        ["Loading comments", "Log in to join the discussion", "Comments close after 48 hours"],
    )


def en_cookie(rng: random.Random, s: Story) -> Noise:
    return Noise(
        '<div style="position:fixed;bottom:0;left:0;right:0;background:#fff">'
        "<p>This site stores small files on your device to count visits and remember your "
        "settings.</p><button>Accept all</button> <button>Manage preferences</button></div>",
        ["stores small files on your device", "Accept all", "Manage preferences"],
    )


def en_listen(rng: random.Random, s: Story) -> Noise:
    return Noise(
        '<div><button aria-label="play">\u25b6</button> <span>Listen to this story</span> '
        "<span>4 min</span> <small>Voice generated automatically</small></div>",
        ["Listen to this story", "Voice generated automatically"],
    )


def ur_related(rng: random.Random, s: Story) -> Noise:
    items = rng.sample(HEAD_UR, 3)
    return Noise(
        f"<div><h4>مزید خبریں</h4><ul>{anchors(items, base='/ur/')}</ul></div>",
        ["مزید خبریں", *items],
    )


def ur_most_read(rng: random.Random, s: Story) -> Noise:
    items = rng.sample(HEAD_UR, 4)
    return Noise(
        f"<section><h3>سب سے زیادہ پڑھی گئی خبریں</h3><ol>{anchors(items, base='/ur/')}</ol>"
        "</section>",
        ["سب سے زیادہ پڑھی گئی خبریں", *items],
    )


def ur_see_also(rng: random.Random, s: Story) -> Noise:
    h = rng.choice(HEAD_UR)
    return Noise(
        f'<p><b>یہ خبر بھی دیکھیں:</b> <a href="/ur/61">{esc(h)}</a></p>', ["یہ خبر بھی دیکھیں", h]
    )


def ur_read_more(rng: random.Random, s: Story) -> Noise:
    h = rng.choice(HEAD_UR)
    return Noise(
        f'<div><span>مزید پڑھیے:</span> <a href="/ur/62">{esc(h)}</a></div>', ["مزید پڑھیے", h]
    )


def ur_whatsapp(rng: random.Random, s: Story) -> Noise:
    return Noise(
        "<p>تازہ ترین خبروں کے لیے ہمارا واٹس ایپ چینل فالو کریں۔</p>",
        ["ہمارا واٹس ایپ چینل فالو کریں"],
    )


def ur_app(rng: random.Random, s: Story) -> Noise:
    return Noise(
        "<div><p>ہماری موبائل ایپ انسٹال کریں اور خبریں انٹرنیٹ کے بغیر بھی پڑھیں۔</p>"
        '<a href="/app">ابھی ڈاؤن لوڈ کریں</a></div>',
        ["ہماری موبائل ایپ انسٹال کریں", "ابھی ڈاؤن لوڈ کریں"],
    )


def ur_share(rng: random.Random, s: Story) -> Noise:
    return Noise(
        '<div><span>یہ خبر دوستوں کو بھیجیں:</span> <a href="#fb">فیس بک</a> '
        '<a href="#wa">واٹس ایپ</a> <a href="#x">ایکس</a></div>',
        ["یہ خبر دوستوں کو بھیجیں"],
    )


def ur_comments(rng: random.Random, s: Story) -> Noise:
    return Noise(
        "<section><h4>قارئین کے تبصرے</h4>"
        "<p><small>ادارے کا قارئین کی آرا سے متفق ہونا ضروری نہیں۔</small></p>"
        "<div><b>ثنا اللہ</b><p>بہت اچھا قدم ہے، دوسرے اضلاع میں بھی ہونا چاہیے۔</p></div>"
        '<a href="#reply">اپنا تبصرہ لکھیں</a></section>',
        [
            "قارئین کے تبصرے",
            "ادارے کا قارئین کی آرا سے متفق ہونا ضروری نہیں",
            "بہت اچھا قدم ہے، دوسرے اضلاع میں بھی ہونا چاہیے",
            "اپنا تبصرہ لکھیں",
        ],
    )


def ur_loading(rng: random.Random, s: Story) -> Noise:
    return Noise(
        "<div><p>تبصرے لوڈ ہو رہے ہیں…</p><p>تبصرہ کرنے کے لیے لاگ اِن کریں۔</p></div>",
        ["تبصرے لوڈ ہو رہے ہیں", "تبصرہ کرنے کے لیے لاگ اِن کریں"],
    )


def ur_ad(rng: random.Random, s: Story) -> Noise:
    return Noise('<div><small>اشتہار</small><div style="height:90px"></div></div>', ["اشتہار"])


def ur_photo(rng: random.Random, s: Story) -> Noise:
    text = f"تصویر: {rng.choice(PHOTOGRAPHERS_UR)}"
    return Noise(f"<p><small>{esc(text)}</small></p>", [text])


def ur_newsletter(rng: random.Random, s: Story) -> Noise:
    text = "روزانہ کی اہم خبریں صبح سویرے اپنے ای میل میں پائیں"
    return Noise(
        f'<div><p>{text}۔</p><input type="email" placeholder="ای میل"><button>سائن اپ</button></div>',
        [text, "سائن اپ"],
    )


def ur_bio(rng: random.Random, s: Story) -> Noise:
    text = f"{s.author} پندرہ برس سے علاقائی صحافت سے وابستہ ہیں۔"
    return Noise(f'<div><img src="/authors/u.jpg" alt=""><p>{esc(text)}</p></div>', [text])


def ur_donate(rng: random.Random, s: Story) -> Noise:
    return Noise(
        "<div><p>آزاد صحافت کو زندہ رکھنے میں ہمارا ساتھ دیں، صرف دو سو روپے سے۔</p>"
        "<button>عطیہ دیں</button></div>",
        ["آزاد صحافت کو زندہ رکھنے میں ہمارا ساتھ دیں", "عطیہ دیں"],
    )


def ur_poll(rng: random.Random, s: Story) -> Noise:
    return Noise(
        "<form><p>رائے شماری: کیا آپ اپنے شہر کی خبریں موبائل پر پڑھتے ہیں؟</p>"
        '<label><input type="radio" name="r"> ہاں</label> '
        '<label><input type="radio" name="r"> نہیں</label> <button>ووٹ دیں</button></form>',
        ["کیا آپ اپنے شہر کی خبریں موبائل پر پڑھتے ہیں؟", "ووٹ دیں"],
    )


def ur_cookie(rng: random.Random, s: Story) -> Noise:
    text = "یہ ویب سائٹ آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتی ہے"
    return Noise(
        f'<div style="position:fixed;bottom:0;left:0;right:0"><p>{text}۔</p>'
        "<button>منظور ہے</button></div>",
        [text, "منظور ہے"],
    )


def ur_listen(rng: random.Random, s: Story) -> Noise:
    return Noise(
        '<div><button aria-label="play">\u25b6</button> <span>یہ خبر سنیے</span> '
        "<span>۳ منٹ</span></div>",
        ["یہ خبر سنیے"],
    )


def ur_paywall(rng: random.Random, s: Story) -> Noise:
    return Noise(
        "<div><p>اس ماہ آپ کی مفت خبروں میں سے صرف دو باقی ہیں۔</p>"
        '<a href="/join">ڈیجیٹل رکنیت حاصل کریں</a></div>',
        ["اس ماہ آپ کی مفت خبروں میں سے صرف دو باقی ہیں", "ڈیجیٹل رکنیت حاصل کریں"],
    )


def ur_sponsored(rng: random.Random, s: Story) -> Noise:
    return Noise(
        '<div><small>اسپانسرڈ</small><a href="https://ads.example/roshan">'
        "<b>روشن سولر: گھریلو سولر سسٹم آسان قسطوں پر</b></a></div>",
        ["اسپانسرڈ", "روشن سولر: گھریلو سولر سسٹم آسان قسطوں پر"],
    )


NoiseFn = Any

POOLS: dict[str, dict[str, list[NoiseFn]]] = {
    "en": {
        "inside": [
            en_see_also,
            en_read_more,
            en_dont_miss,
            en_recommended,
            en_newsletter,
            en_app,
            en_share,
            en_photo,
            en_sponsored,
            en_poll,
            en_ad_break,
            en_paywall,
            en_follow,
        ],
        "after": [en_bio, en_donate, en_corrections, en_save, en_share, en_newsletter, en_follow],
        "top": [en_cookie, en_trending, en_paywall],
        "side": [en_most_read, en_hot_week, en_elsewhere, en_recommended, en_sponsored],
        "below": [en_comments, en_loading, en_elsewhere, en_donate, en_recommended],
        "lead": [en_listen],
    },
    "ur": {
        "inside": [
            ur_see_also,
            ur_read_more,
            ur_whatsapp,
            ur_app,
            ur_photo,
            ur_ad,
            ur_poll,
            ur_newsletter,
            ur_sponsored,
            ur_paywall,
        ],
        "after": [ur_bio, ur_donate, ur_share, ur_whatsapp, ur_newsletter],
        "top": [ur_cookie, en_cookie, ur_paywall],
        "side": [ur_most_read, ur_related, ur_sponsored],
        "below": [ur_comments, ur_loading, ur_related, ur_donate],
        "lead": [ur_listen],
    },
}


# --- page context and block rendering --------------------------------------------------


@dataclass
class Ctx:
    story: Story
    url: str
    site: str
    domain: str
    noisy: bool
    num: int
    inside: dict[int, list[Noise]] = field(default_factory=dict)
    outside: dict[str, list[Noise]] = field(default_factory=dict)
    extra: list[Noise] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    credit: str = ""  # gallery photo credit
    running: Any = None  # PDF running head, page number -> markup

    @property
    def ur(self) -> bool:
        return self.story.lang == "ur"

    def add(self, noise: Noise, kind: str) -> str:
        """Layout-specific noise: recorded only on noisy pages, rendered only there."""
        if not self.noisy:
            return ""
        self.extra.append(noise)
        self.kinds.append(kind)
        return noise.html

    def slot(self, name: str, wrap: str = "{}") -> str:
        return "".join(wrap.format(n.html) for n in self.outside.get(name, []))

    def all_noise(self) -> list[Noise]:
        out = [n for k in sorted(self.inside) for n in self.inside[k]]
        out += [n for k in ("top", "side", "below") for n in self.outside.get(k, [])]
        return out + self.extra


def lis(items: list[str], attr: str = "") -> str:
    return "".join(f"<li{attr}>{esc(x)}</li>" for x in items)


def trows(rows: list[list[str]], cell_attr: str = "") -> str:
    head = "".join(f"<th{cell_attr}>{esc(x)}</th>" for x in rows[0])
    body = "".join(
        "<tr>" + "".join(f"<td{cell_attr}>{esc(x)}</td>" for x in r) + "</tr>" for r in rows[1:]
    )
    return f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody>"


class Render:
    """Turns a story's blocks into markup, with inside noise woven between blocks."""

    def __init__(self, c: Ctx) -> None:
        self.c = c

    def block(self, b: Any, i: int) -> str:
        if isinstance(b, str):
            return self.p(b, i)
        kind, value = b
        return getattr(self, kind)(value, i)

    def p(self, t: str, i: int) -> str:
        return f"<p>{esc(t)}</p>"

    def h(self, t: str, i: int) -> str:
        return f"<h2>{esc(t)}</h2>"

    def ul(self, items: list[str], i: int) -> str:
        return f"<ul>{lis(items)}</ul>"

    def ol(self, items: list[str], i: int) -> str:
        return f"<ol>{lis(items)}</ol>"

    def q(self, t: str, i: int) -> str:
        return f"<blockquote><p>{esc(t)}</p></blockquote>"

    def table(self, rows: list[list[str]], i: int) -> str:
        return f"<table>{trows(rows)}</table>"

    def tail(self, t: str) -> str:
        return f"<p>{esc(t)}</p>"

    def noise(self, n: Noise) -> str:
        return n.html

    def before(self, i: int) -> str:
        return ""

    def finish(self) -> str:
        return ""

    def body(self) -> str:
        s, ins = self.c.story, self.c.inside
        out = [self.noise(n) for n in ins.get(-1, [])]
        for i, b in enumerate(s.blocks):
            out.append(self.before(i))
            out.append(self.block(b, i))
            out.extend(self.noise(n) for n in ins.get(i, []))
        out.append(self.finish())
        if s.tail:
            out.append(self.tail(s.tail))
        out.extend(self.noise(n) for n in ins.get(len(s.blocks), []))
        return "\n".join(x for x in out if x)


# --- shared chrome ---------------------------------------------------------------------

SECTIONS = {
    "en": [
        "Balochistan",
        "Gilgit-Baltistan",
        "Khyber Pakhtunkhwa",
        "Sindh",
        "Punjab",
        "Business",
        "Sport",
        "Opinion",
    ],
    "ur": ["بلوچستان", "گلگت بلتستان", "خیبر پختونخوا", "سندھ", "پنجاب", "کاروبار", "کھیل", "کالم"],
}
WORDS = {
    "by": ("By", "تحریر:"),
    "home": ("Home", "صفحۂ اول"),
    "rights": ("All rights reserved.", "جملہ حقوق محفوظ ہیں۔"),
    "about": ("About us", "ہمارے بارے میں"),
    "contact": ("Contact", "رابطہ"),
    "privacy": ("Privacy policy", "رازداری کی پالیسی"),
    "news": ("News", "خبریں"),
}
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
    "جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون",
    "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر",
]  # fmt: skip


def word(c: Ctx, key: str) -> str:
    return WORDS[key][1 if c.ur else 0]


def when(c: Ctx, style: int = 0) -> str:
    d = datetime.fromisoformat(c.story.date)
    if c.ur:
        return f"{d.day} {UR_MONTHS[d.month - 1]} {d.year}"
    month = EN_MONTHS[d.month - 1]
    if style == 1:
        return f"{month} {d.day}, {d.year}"
    if style == 2:
        return f"{d:%d-%m-%Y}"
    if style == 3:
        return f"{month[:3]} {d.day}, {d.year} {d:%H:%M} PKT"
    return f"{d.day} {month} {d.year}"


def html_open(c: Ctx, extra: str = "") -> str:
    direction = "rtl" if c.ur else "ltr"
    return f'<!DOCTYPE html><html lang="{c.story.lang}" dir="{direction}"{extra}>'


def head(c: Ctx, extra: str = "") -> str:
    s = c.story
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": s.date,
            "author": {"@type": "Person", "name": s.author},
        },
        ensure_ascii=False,
    )
    return (
        '<head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(s.title)} | {esc(c.site)}</title>"
        f'<link rel="canonical" href="{esc(c.url)}">'
        f'<meta property="og:title" content="{esc(s.title)}">'
        f'<meta property="og:site_name" content="{esc(c.site)}">'
        f'<meta property="article:published_time" content="{s.date}">'
        f'<meta name="author" content="{esc(s.author)}">'
        f'<script type="application/ld+json">{ld}</script>{extra}</head>'
    )


def nav(c: Ctx, a_attr: str = "", wrap: str = "{}") -> str:
    return "".join(
        wrap.format(f'<a{a_attr} href="/section/{i}/">{esc(x)}</a>')
        for i, x in enumerate(SECTIONS[c.story.lang])
    )


def foot(c: Ctx) -> str:
    return (
        f'<p><a href="/about">{esc(word(c, "about"))}</a> \u00b7 '
        f'<a href="/contact">{esc(word(c, "contact"))}</a> \u00b7 '
        f'<a href="/privacy">{esc(word(c, "privacy"))}</a></p>'
        f"<p>\u00a9 2026 {esc(c.site)}. {esc(word(c, 'rights'))}</p>"
    )


# --- layouts ---------------------------------------------------------------------------


class GutenbergR(Render):
    def h(self, t: str, i: int) -> str:
        return f'<h2 class="wp-block-heading">{esc(t)}</h2>'

    def ul(self, items: list[str], i: int) -> str:
        return f'<ul class="wp-block-list">{lis(items)}</ul>'

    def ol(self, items: list[str], i: int) -> str:
        return f'<ol class="wp-block-list">{lis(items)}</ol>'

    def q(self, t: str, i: int) -> str:
        return (
            '<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">'
            f"<p>{esc(t)}</p></blockquote>"
        )

    def table(self, rows: list[list[str]], i: int) -> str:
        return (
            '<figure class="wp-block-table"><table class="has-fixed-layout">'
            f"{trows(rows)}</table></figure>"
        )

    def tail(self, t: str) -> str:
        return f'<p class="has-small-font-size">{esc(t)}</p>'

    def noise(self, n: Noise) -> str:
        return f'<div class="wp-block-group is-layout-flow">{n.html}</div>'


def lay_gutenberg(c: Ctx) -> str:
    s = c.story
    items = nav(
        c,
        ' class="wp-block-navigation-item__content"',
        '<li class="wp-block-navigation-item">{}</li>',
    )
    return (
        f"{html_open(c)}{head(c)}"
        '<body class="post-template-default single single-post wp-embed-responsive">'
        '<div class="wp-site-blocks"><header class="wp-block-template-part">'
        '<div class="wp-block-group alignwide is-layout-flex">'
        f'<p class="wp-block-site-title"><a href="/">{esc(c.site)}</a></p>'
        f'<nav class="wp-block-navigation"><ul class="wp-block-navigation__container">{items}'
        "</ul></nav></div></header>"
        f"{c.slot('top')}"
        '<main class="wp-block-group is-layout-constrained">'
        f'<h1 class="wp-block-post-title">{esc(s.title)}</h1>'
        '<div class="wp-block-group is-layout-flex">'
        f'<div class="wp-block-post-author-name">{esc(s.author)}</div>'
        f'<div class="wp-block-post-date"><time datetime="{s.date}">{when(c, 1)}</time></div>'
        "</div>"
        '<figure class="wp-block-post-featured-image"><img src="/wp-content/uploads/2026/lead.jpg" '
        'alt=""></figure>'
        '<div class="entry-content wp-block-post-content is-layout-constrained">'
        f"{GutenbergR(c).body()}</div>"
        f"{c.slot('below')}"
        f'<div class="wp-block-columns"><div class="wp-block-column">{c.slot("side")}</div></div>'
        "</main>"
        f'<footer class="wp-block-template-part">{foot(c)}</footer></div></body></html>'
    )


class SquarespaceR(Render):
    def _wrap(self, inner: str, kind: str = "html") -> str:
        self.c.num += 1
        return (
            f'<div class="sqs-block {kind}-block sqs-block-{kind}" data-block-type="2" '
            f'id="block-yui_3_17_2_1_{1711000000 + self.c.num}">'
            f'<div class="sqs-block-content"><div class="sqs-html-content">{inner}</div></div></div>'
        )

    def block(self, b: Any, i: int) -> str:
        return self._wrap(super().block(b, i))

    def p(self, t: str, i: int) -> str:
        return f'<p class="" style="white-space:pre-wrap;">{esc(t)}</p>'

    def h(self, t: str, i: int) -> str:
        return f'<h3 style="white-space:pre-wrap;">{esc(t)}</h3>'

    def tail(self, t: str) -> str:
        return self._wrap(self.p(t, -1))

    def noise(self, n: Noise) -> str:
        return self._wrap(n.html)


def lay_squarespace(c: Ctx) -> str:
    s = c.story
    return (
        f"{html_open(c)}{head(c)}"
        '<body id="item-66f1c2" class="collection-type-blog view-item has-banner-image">'
        f'<header id="header" class="header theme-col--primary">{c.slot("top")}'
        f'<div class="header-title"><a href="/">{esc(c.site)}</a></div>'
        f'<nav class="header-nav-list">{nav(c, wrap="<div class=header-nav-item>{}</div>")}</nav>'
        "</header>"
        '<main id="page" class="container" role="main"><section class="page-section">'
        '<article class="BlogItem hentry" id="article-66f1c2a8">'
        '<div class="blog-item-top-wrapper">'
        f'<h1 class="entry-title" data-content-field="title">{esc(s.title)}</h1>'
        '<div class="blog-meta-section">'
        f'<span class="blog-author">{esc(s.author)}</span> '
        f'<time class="blog-date" datetime="{s.date[:10]}">{when(c, 1)}</time></div></div>'
        '<div class="blog-item-content-wrapper">'
        '<div class="blog-item-content e-content" data-content-field="main-content">'
        '<div class="sqs-layout sqs-grid-12 columns-12" data-type="item">'
        '<div class="row sqs-row"><div class="col sqs-col-12 span-12">'
        f"{SquarespaceR(c).body()}</div></div></div></div></div>"
        f'<div class="blog-item-comments">{c.slot("below")}</div>'
        "</article></section>"
        f'<section class="page-section">{c.slot("side")}</section></main>'
        f'<footer class="sections" id="footer-sections">{foot(c)}</footer></body></html>'
    )


class DjangoR(Render):
    def block(self, b: Any, i: int) -> str:
        self.c.num += 1
        return f"<!-- plugin {self.c.num} -->" + super().block(b, i)

    def h(self, t: str, i: int) -> str:
        return f"<h3>{esc(t)}</h3>"

    def table(self, rows: list[list[str]], i: int) -> str:
        return f'<table class="table">{trows(rows)}</table>'


def lay_djangocms(c: Ctx) -> str:
    s = c.story
    return (
        f"{html_open(c)}{head(c)}<body>"
        '<nav class="navbar navbar-expand-md"><div class="container">'
        f'<a class="navbar-brand" href="/">{esc(c.site)}</a>'
        f'<ul class="navbar-nav">{nav(c, wrap="<li class=nav-item>{}</li>")}</ul></div></nav>'
        f"{c.slot('top')}"
        '<div class="container"><div class="row"><div class="col-md-8">'
        f"<h1>{esc(s.title)}</h1>"
        f'<p class="text-muted">{esc(s.author)} \u2014 {when(c, 0)}</p>'
        f'<div class="content">{DjangoR(c).body()}</div>'
        f"{c.slot('below')}"
        f'</div><div class="col-md-4">{c.slot("side")}</div></div></div>'
        f'<footer class="footer"><div class="container">{foot(c)}</div></footer>'
        '<script src="/static/cms/js/dist/bundle.toolbar.min.js"></script></body></html>'
    )


class TumblrR(Render):
    def q(self, t: str, i: int) -> str:
        return f'<blockquote class="npf_indented"><p>{esc(t)}</p></blockquote>'

    def h(self, t: str, i: int) -> str:
        return f'<h2 class="npf_heading">{esc(t)}</h2>'


def lay_tumblr(c: Ctx) -> str:
    s = c.story
    blog = c.site
    notes = c.add(
        Noise(
            '<div class="post-notes"><p class="note-count"><a href="#notes">318 notes</a></p>'
            '<ol class="notes"><li>karimabad-kid reblogged this from makran-margins</li>'
            "<li>chai-and-cheekh liked this</li><li>gulmit-evenings liked this</li></ol>"
            '<a class="reblog" href="/reblog/1">Reblog</a></div>',
            [
                "318 notes",
                "karimabad-kid reblogged this from makran-margins",
                "chai-and-cheekh liked this",
            ],
        ),
        "Tumblr notes and reblogs",
    )
    tags = c.add(
        Noise(
            '<div class="tags"><a href="/tagged/pakistan">#pakistan</a> '
            '<a href="/tagged/local news">#local news</a> '
            '<a href="/tagged/long reads">#long reads</a></div>',
            ["#local news", "#long reads"],
        ),
        "tag list",
    )
    return (
        f"{html_open(c)}{head(c)}"
        '<body class="permalink-page"><div id="container">'
        f'<header class="blog-header"><h1 class="blog-title"><a href="/">{esc(blog)}</a></h1>'
        '<p class="blog-description">notes from the coast and the hills</p></header>'
        f"{c.slot('top')}"
        f'<section id="posts"><article class="post type-text" id="post-{7391000 + c.num}">'
        '<div class="post-wrapper"><div class="post-content">'
        f'<h2 class="title">{esc(s.title)}</h2>'
        f'<div class="body-text">{TumblrR(c).body()}</div></div>'
        '<footer class="post-meta">'
        f'<a class="post-date" href="{esc(c.url)}">{when(c, 1)}</a> '
        f'<span class="post-author">{esc(s.author)}</span>{tags}</footer>'
        f"{notes}</div></article></section>"
        f'<aside class="sidebar">{c.slot("side")}{c.slot("below")}</aside>'
        '<footer class="blog-footer"><a href="/archive">Archive</a> <a href="/rss">RSS</a></footer>'
        "</div></body></html>"
    )


class NuxtR(Render):
    def block(self, b: Any, i: int) -> str:
        return super().block(b, i).replace("<p>", '<p data-v-9e8f7a2c class="rich-text__p">')

    def h(self, t: str, i: int) -> str:
        return f'<h2 data-v-9e8f7a2c class="rich-text__h">{esc(t)}</h2>'

    def noise(self, n: Noise) -> str:
        return f"<div data-v-1b2c3d4e>{n.html}</div><!---->"


def lay_nuxt(c: Ctx) -> str:
    s = c.story
    state = json.dumps({"layout": "default", "serverRendered": True, "routePath": c.url[8:]})
    return (
        f"{html_open(c)}{head(c, '<link rel=preload href=/_nuxt/app.3f2a.js as=script>')}"
        '<body><div id="__nuxt"><div id="__layout"><div data-v-3f1a2b7c class="page">'
        f'<header data-v-3f1a2b7c class="app-header"><a data-v-3f1a2b7c href="/">{esc(c.site)}</a>'
        f"<nav data-v-3f1a2b7c>{nav(c, ' data-v-3f1a2b7c')}</nav></header>"
        f"<div data-v-3f1a2b7c>{c.slot('top')}</div><!---->"
        '<main data-v-7c2d1e0f class="article-page">'
        '<div data-v-7c2d1e0f class="article-page__head">'
        f"<h1 data-v-7c2d1e0f>{esc(s.title)}</h1>"
        f'<div data-v-7c2d1e0f class="byline"><span data-v-7c2d1e0f>{esc(s.author)}</span> '
        f'<time data-v-7c2d1e0f datetime="{s.date}">{when(c, 3)}</time></div></div>'
        f'<div data-v-9e8f7a2c class="rich-text">{NuxtR(c).body()}</div><!---->'
        f"<div data-v-7c2d1e0f>{c.slot('below')}</div></main>"
        f'<aside data-v-5a6b7c8d class="rail">{c.slot("side")}</aside>'
        f'<footer data-v-3f1a2b7c class="app-footer">{foot(c)}</footer>'
        "</div></div></div>"
        f"<script>window.__NUXT__={state}</script>"
        '<script src="/_nuxt/app.3f2a.js" defer></script></body></html>'
    )


class BootstrapR(Render):
    def h(self, t: str, i: int) -> str:
        return f'<h3 class="h5 mt-4 fw-bold">{esc(t)}</h3>'

    def ul(self, items: list[str], i: int) -> str:
        return f'<ul class="list-group list-group-flush mb-3">{lis(items, " class=list-group-item")}</ul>'

    def ol(self, items: list[str], i: int) -> str:
        return f'<ol class="list-group list-group-numbered mb-3">{lis(items, " class=list-group-item")}</ol>'

    def q(self, t: str, i: int) -> str:
        return f'<blockquote class="blockquote border-start border-4 ps-3 my-4"><p class="mb-0">{esc(t)}</p></blockquote>'

    def table(self, rows: list[list[str]], i: int) -> str:
        return f'<div class="table-responsive"><table class="table table-striped table-sm">{trows(rows)}</table></div>'

    def noise(self, n: Noise) -> str:
        return f'<div class="my-4">{n.html}</div>'


def lay_bootstrap(c: Ctx) -> str:
    s = c.story
    return (
        f"{html_open(c)}{head(c, '<link href=/css/bootstrap.min.css rel=stylesheet>')}<body>"
        f'<div class="bg-dark text-white small py-1"><div class="container">{when(c, 0)}</div></div>'
        f"{c.slot('top')}"
        '<nav class="navbar navbar-expand-lg bg-body-tertiary"><div class="container">'
        f'<a class="navbar-brand fw-bold" href="/">{esc(c.site)}</a>'
        f'<ul class="navbar-nav">{nav(c, " class=nav-link", "<li class=nav-item>{}</li>")}</ul>'
        "</div></nav>"
        '<div class="container my-4"><div class="row g-5"><div class="col-lg-8">'
        '<article class="blog-post">'
        f'<h1 class="display-6 fw-bold mb-2">{esc(s.title)}</h1>'
        f'<p class="text-body-secondary small">{esc(word(c, "by"))} {esc(s.author)} \u00b7 '
        f"{when(c, 3)}</p>"
        '<img class="img-fluid rounded mb-3" src="/img/lead.webp" alt="">'
        f'<div class="fs-5">{BootstrapR(c).body()}</div></article>'
        f"{c.slot('below')}</div>"
        '<div class="col-lg-4"><div class="position-sticky" style="top:2rem">'
        f"{c.slot('side')}</div></div></div></div>"
        f'<footer class="py-4 border-top"><div class="container">{foot(c)}</div></footer>'
        '<script src="/js/bootstrap.bundle.min.js"></script></body></html>'
    )


class GovR(Render):
    def p(self, t: str, i: int) -> str:
        return f'<p align="justify">{esc(t)}</p>'

    def h(self, t: str, i: int) -> str:
        return f"<p><b><u>{esc(t)}</u></b></p>"

    def table(self, rows: list[list[str]], i: int) -> str:
        return f'<table border="1" cellpadding="4" cellspacing="0">{trows(rows)}</table>'


def lay_govpress(c: Ctx) -> str:
    s = c.story
    if c.ur:
        strip, dept, kind = "حکومتِ بلوچستان", "ڈائریکٹوریٹ جنرل تعلقات عامہ", "پریس ریلیز"
        handout = f"ہینڈ آؤٹ نمبر {1100 + c.num}"
        menu = "صفحۂ اول | پریس ریلیز | اعلامیے | ٹینڈرز | رابطہ"
        feedback = ("کیا یہ صفحہ مفید تھا؟", "یہ صفحہ پرنٹ کریں", "ویب سائٹ وزٹ کرنے والے: ۱۴۸۲۳۳۰")
    else:
        strip, dept, kind = (
            "Government of Balochistan",
            "Directorate General Public Relations",
            "PRESS RELEASE",
        )
        handout = f"Handout No. {1100 + c.num}"
        menu = "Home | Press Releases | Notifications | Tenders | Contact"
        feedback = ("Was this page useful?", "Print this page", "Visitors since 2011: 1,482,330")
    extra = c.add(
        Noise(
            f'<div><p>{esc(feedback[0])} <a href="#y">+</a> <a href="#n">\u2212</a></p>'
            f'<p><a href="javascript:window.print()">{esc(feedback[1])}</a></p></div>',
            list(feedback[:2]),
        ),
        "page feedback and print link",
    )
    counter = c.add(Noise(f"<div>{esc(feedback[2])}</div>", [feedback[2]]), "visitor counter")
    return (
        f"{html_open(c)}{head(c)}<body>"
        f'<div id="gov-strip">{esc(strip)}</div>{c.slot("top")}'
        f'<div id="banner"><img src="/images/emblem.png" alt="" width="70"><b>{esc(c.site)}</b>'
        f"<br>{esc(dept)}</div>"
        f'<div class="menu">{esc(menu)}</div>'
        '<table class="layout" width="100%"><tr>'
        f'<td class="left-col" width="220" valign="top">{c.slot("side")}</td>'
        '<td class="main-col" valign="top">'
        f'<h2 class="pr-heading">{esc(kind)}</h2>'
        f'<p class="pr-meta">{esc(handout)} \u2014 {when(c, 2)}</p>'
        f'<h3 class="pr-title">{esc(s.title)}</h3>'
        f'<p class="pr-meta">{esc(s.author)}</p>'
        f'<div class="pr-body">{GovR(c).body()}</div>{extra}'
        f"{c.slot('below')}</td></tr></table>"
        f'<div class="footer">{foot(c)}{counter}</div></body></html>'
    )


class ForumR(Render):
    """phpBB post content: paragraphs are runs of text split by <br><br>."""

    def p(self, t: str, i: int) -> str:
        return f"{esc(t)}<br><br>"

    def h(self, t: str, i: int) -> str:
        return f'<span style="font-weight: bold"><span style="font-size: 120%">{esc(t)}</span></span><br>'

    def ul(self, items: list[str], i: int) -> str:
        return f"<ul>{lis(items)}</ul>"

    def q(self, t: str, i: int) -> str:
        return f'<blockquote class="uncited"><div>{esc(t)}</div></blockquote>'

    def table(self, rows: list[list[str]], i: int) -> str:
        return f'<table class="bbcode-table">{trows(rows)}</table>'

    def tail(self, t: str) -> str:
        return f"<em>{esc(t)}</em><br>"


def lay_forum(c: Ctx) -> str:
    s = c.story
    user = "newsdesk_" + s.slug.split("-")[0]
    rtl = " rtl" if c.ur else " ltr"
    if c.ur:
        crumbs = "فورم کی فہرست ‹ علاقائی خبریں"
        reply_btn, posts_word = "جواب لکھیں", "پیغامات"
        replies = [
            ("پشاوری_بابا", "بہت خوب، میں پچھلی جمعرات کو گیا تھا، زبردست محفل تھی۔"),
            ("قلم_کار", "کیا اس کی ریکارڈنگ کہیں دستیاب ہے؟"),
        ]
        edited = f"آخری بار ترمیم {user} نے کی، کل ایک بار ترمیم کی گئی۔"
        sig = "خبر وہی جو سچ ہو — فورم کا پرانا رکن"
        online = "اس فورم کو دیکھنے والے صارفین: ۳ مہمان"
        similar = "ملتے جلتے موضوعات"
    else:
        crumbs = "Board index \u2039 Regional news \u2039 Punjab and Sindh"
        reply_btn, posts_word = "Post Reply", "Posts"
        replies = [
            ("chaunsa_fan_82", "Ordered twice from one of these groups, both boxes arrived fine."),
            ("old_trader", "Wait till the monsoon, half the boxes arrive bruised."),
        ]
        edited = f"Last edited by {user}, edited 1 time in total."
        sig = "Facts first, opinions later. Member since the dial-up days."
        online = "Users browsing this forum: Bing [Bot] and 3 guests"
        similar = "Similar topics"
    post_no = 48211 + c.num
    reply_html = c.add(
        Noise(
            "".join(
                f'<div class="post bg1"><div class="inner"><div class="postbody">'
                f'<p class="author"><a class="username" href="/u/{k}">{esc(u)}</a></p>'
                f'<div class="content">{esc(t)}</div></div></div></div>'
                for k, (u, t) in enumerate(replies)
            ),
            [t for _, t in replies],
        ),
        "forum replies (comments)",
    )
    edited_html = c.add(
        Noise(f'<div class="notice">{esc(edited)}</div>', [edited]), "forum edit notice"
    )
    sig_html = c.add(
        Noise(f'<div class="signature">{esc(sig)}</div>', [sig]), "forum signature (author bio)"
    )
    items = HEAD_UR[:3] if c.ur else HEAD_EN[5:8]
    similar_html = c.add(
        Noise(
            f"<div><h3>{esc(similar)}</h3><ul>{anchors(items, base='/viewtopic.php?t=')}</ul></div>",
            [similar, *items],
        ),
        "similar topics (related list)",
    )
    online_html = c.add(
        Noise(f"<div><h3>\u00a0</h3><p>{esc(online)}</p></div>", [online]), "who is online"
    )
    count = f"{1 + (2 if c.noisy else 0)} {posts_word}"
    return (
        f"{html_open(c)}{head(c)}"
        f'<body id="phpbb" class="nojs notouch section-viewtopic{rtl}"><div id="wrap" class="wrap">'
        f'<div class="headerbar"><a href="/">{esc(c.site)}</a></div>'
        f'<div class="navbar"><ul class="linklist"><li>{esc(crumbs)}</li></ul></div>'
        f"{c.slot('top')}"
        f'<h2 class="topic-title"><a href="{esc(c.url)}">{esc(s.title)}</a></h2>'
        f'<div class="action-bar"><a class="button" href="/posting">{esc(reply_btn)}</a> '
        f'<span class="pagination">{esc(count)}</span></div>'
        f'<div id="p{post_no}" class="post has-profile bg2"><div class="inner">'
        '<dl class="postprofile"><dt><a class="username" href="/u/1">'
        f"{esc(user)}</a></dt><dd>{esc(posts_word)}: 4,210</dd></dl>"
        f'<div class="postbody"><h3 class="first"><a href="#p{post_no}">{esc(s.title)}</a></h3>'
        f'<p class="author">{esc(s.author)} \u00bb {when(c, 3)}</p>'
        f'<div class="content">{ForumR(c).body()}</div>{edited_html}{sig_html}'
        "</div></div></div>"
        f"{reply_html}{c.slot('below')}{similar_html}{c.slot('side')}{online_html}"
        f'<div class="copyright">{foot(c)}</div></div></body></html>'
    )


class PdfR(Render):
    """pdf2htmlEX-like: every printed line is an absolutely positioned div."""

    LEFT, WIDTH, PAGE_H = 72, 86, 820

    def __init__(self, c: Ctx) -> None:
        super().__init__(c)
        self.y = 250
        self.page = 1

    def line(self, text: str, x: int | None = None, font: str = "ff2 fs2") -> str:
        left = self.LEFT if x is None else x
        html_line = (
            f'<div class="t m0 x{left} h2 y{self.y} {font} fc0 sc0 ls0 ws0" '
            f'style="left:{left}px;top:{self.y}px">{esc(text)}</div>'
        )
        self.y += 22
        return html_line

    def wrapped(self, text: str, width: int, x: int | None = None, font: str = "ff2 fs2") -> str:
        return "".join(self.line(t, x, font) for t in textwrap.wrap(text, width))

    def before(self, i: int) -> str:
        if self.y < self.PAGE_H - 120:
            return ""
        self.page += 1
        self.y = 90
        return (
            '</div><div class="pi" data-data=\'{"ctm":[1.5,0,0,1.5,0,0]}\'></div></div>'
            f'<div id="pf{self.page}" class="pf w0 h0" data-page-no="{self.page}">'
            f'<div class="pc pc{self.page} w0 h0">'
            f'<img class="bi x0 y0 w1 h1" alt="" src="/bg{self.page}.png">'
            f"{self.c.running(self.page)}"
        )

    def p(self, t: str, i: int) -> str:
        out = self.wrapped(t, self.WIDTH)
        self.y += 12
        return out

    def h(self, t: str, i: int) -> str:
        out = self.line(t, font="ff1 fs3")
        self.y += 6
        return out

    def ul(self, items: list[str], i: int) -> str:
        out = "".join(self.wrapped(x, self.WIDTH - 6, self.LEFT + 24) for x in items)
        self.y += 12
        return out

    ol = ul

    def q(self, t: str, i: int) -> str:
        out = self.wrapped(t, self.WIDTH - 8, self.LEFT + 30, "ff3 fs2")
        self.y += 12
        return out

    def table(self, rows: list[list[str]], i: int) -> str:
        out = []
        for r in rows:
            for k, cell in enumerate(r):
                x = self.LEFT + k * 190
                out.append(
                    f'<div class="t m0 x{x} h2 y{self.y} ff2 fs1 fc0 sc0 ls0 ws0" '
                    f'style="left:{x}px;top:{self.y}px">{esc(cell)}</div>'
                )
            self.y += 22
        self.y += 12
        return "".join(out)

    def tail(self, t: str) -> str:
        return self.line(t, font="ff3 fs1")

    def noise(self, n: Noise) -> str:
        html_box = (
            f'<div class="t m0 x{self.LEFT} h3 y{self.y} ff2 fs1" '
            f'style="left:{self.LEFT}px;top:{self.y}px;width:560px">{n.html}</div>'
        )
        self.y += 90
        return html_box


def lay_pdf(c: Ctx) -> str:
    s = c.story
    d = when(c, 0)

    def running(page: int) -> str:
        text = f"{c.site.upper()} \u00b7 {d} \u00b7 PAGE {page}"
        return c.add(
            Noise(
                f'<div class="t m0 x72 h1 y40 ff1 fs0" style="left:72px;top:40px">{esc(text)}</div>',
                [text],
            ),
            "PDF running head",
        )

    c.running = running
    r = PdfR(c)
    r.y = 80
    title = r.wrapped(s.title, 48, font="ff1 fs5")
    byline = r.line(f"{s.author} \u2014 {d}", font="ff3 fs1")
    r.y = max(r.y + 30, 250)
    body = r.body()
    side = "".join(
        f'<div class="t m0 x680 h3 ff2 fs1" style="left:680px;top:{260 + k * 300}px;width:200px">{n.html}</div>'
        for k, n in enumerate(c.outside.get("side", []))
    )
    below = "".join(
        f'<div class="t m0 x72 h3 ff2 fs1" style="left:72px;top:{r.y + 40 + k * 160}px;width:560px">{n.html}</div>'
        for k, n in enumerate(c.outside.get("below", []))
    )
    footer_note = c.add(
        Noise(
            f'<div class="t m0 x72 h1 ff3 fs0" style="left:72px;top:1230px">Printed from {esc(c.domain)} '
            "\u2014 the e-paper is free for print subscribers</div>",
            ["the e-paper is free for print subscribers"],
        ),
        "PDF print-edition footer",
    )
    css = (
        ".pf{position:relative;width:918px;height:1188px;margin:13px auto;background:#fff}"
        ".t{position:absolute;white-space:pre;transform-origin:0 100%}"
        ".ff1{font-family:ff1;font-weight:bold}.ff2{font-family:ff2}.ff3{font-family:ff3;font-style:italic}"
        ".fs0{font-size:11px}.fs1{font-size:13px}.fs2{font-size:15px}.fs3{font-size:19px}.fs5{font-size:30px}"
    )
    return (
        f"{html_open(c)}{head(c, f'<meta name=generator content=pdf2htmlEX><style>{css}</style>')}"
        f'<body>{c.slot("top")}<div id="sidebar"><div id="outline"></div></div>'
        '<div id="page-container">'
        '<div id="pf1" class="pf w0 h0" data-page-no="1"><div class="pc pc1 w0 h0">'
        '<img class="bi x0 y0 w1 h1" alt="" src="/bg1.png">'
        f"{running(1)}{title}{byline}{side}{body}{below}{footer_note}"
        '</div><div class="pi" data-data=\'{"ctm":[1.5,0,0,1.5,0,0]}\'></div></div>'
        '</div><div class="loading-indicator"><img alt="" src="/pdf2htmlEX-64x64.png"></div>'
        "</body></html>"
    )


class CustomR(Render):
    def p(self, t: str, i: int) -> str:
        return f"<story-paragraph>{esc(t)}</story-paragraph>"

    def h(self, t: str, i: int) -> str:
        return f"<story-subhead>{esc(t)}</story-subhead>"

    def ul(self, items: list[str], i: int) -> str:
        inner = "".join(f"<story-item>{esc(x)}</story-item>" for x in items)
        return f"<story-list>{inner}</story-list>"

    def ol(self, items: list[str], i: int) -> str:
        inner = "".join(f"<story-item>{esc(x)}</story-item>" for x in items)
        return f"<story-list ordered>{inner}</story-list>"

    def q(self, t: str, i: int) -> str:
        return f"<story-quote>{esc(t)}</story-quote>"

    def table(self, rows: list[list[str]], i: int) -> str:
        return f"<story-table><table>{trows(rows)}</table></story-table>"

    def tail(self, t: str) -> str:
        return f"<story-credit>{esc(t)}</story-credit>"

    def noise(self, n: Noise) -> str:
        return f"<story-embed>{n.html}</story-embed>"


def lay_custom(c: Ctx) -> str:
    s = c.story
    css = (
        "news-article,story-headline,story-body,story-paragraph,story-subhead,story-list,"
        "story-item,story-quote,story-embed,story-table,rail-widgets{display:block}"
    )
    return (
        f"{html_open(c)}{head(c, f'<style>{css}</style>')}<body>"
        f'<site-header><site-logo><a href="/">{esc(c.site)}</a></site-logo>'
        f"<site-nav>{nav(c)}</site-nav></site-header>{c.slot('top')}"
        f'<news-article data-id="{c.num}" lang="{s.lang}">'
        f"<story-headline>{esc(s.title)}</story-headline>"
        f"<story-byline><author-name>{esc(s.author)}</author-name> "
        f'<story-time datetime="{s.date}">{when(c, 0)}</story-time></story-byline>'
        f"<story-body>{CustomR(c).body()}</story-body></news-article>"
        f"<after-article>{c.slot('below')}</after-article>"
        f"<rail-widgets>{c.slot('side')}</rail-widgets>"
        f"<site-footer>{foot(c)}</site-footer>"
        '<script type="module" src="/elements/news-article.js"></script></body></html>'
    )


def lay_reader(c: Ctx) -> str:
    s = c.story
    minutes = "۳ سے ۴ منٹ" if c.ur else "4\u20135 minutes"
    theme = " rtl" if c.ur else ""
    return (
        f"{html_open(c)}{head(c)}"
        f'<body class="light sans-serif loaded{theme}">{c.slot("top")}'
        '<div class="container" style="--font-size: 20px; --content-width: 30em;">'
        '<div class="header reader-header reader-show-element">'
        f'<a class="domain reader-domain" href="{esc(c.url)}">{esc(c.domain)}</a>'
        '<div class="domain-border"></div>'
        f'<h1 class="reader-title">{esc(s.title)}</h1>'
        f'<div class="credits reader-credits">{esc(s.author)}</div>'
        f'<div class="meta-data"><div class="reader-estimated-time">{minutes}</div></div></div>'
        '<hr><div class="content"><div class="moz-reader-content reader-show-element">'
        f'<div id="readability-page-1" class="page"><div>{Render(c).body()}'
        f"{c.slot('below')}{c.slot('side')}</div></div></div></div></div>"
        '<ul class="toolbar reader-toolbar"><li><button class="close-button" '
        'aria-label="Close Reader View"></button></li></ul></body></html>'
    )


class AudioR(Render):
    def before(self, i: int) -> str:
        return '</div><div class="story__text">' if i and i % 3 == 0 else ""

    def h(self, t: str, i: int) -> str:
        return f'<h2 class="story__crosshead">{esc(t)}</h2>'


def lay_audio(c: Ctx) -> str:
    s = c.story
    if c.noisy:
        player = c.add(
            Noise(
                '<div class="audio-dock" style="position:sticky;top:0;z-index:9">'
                '<button aria-label="play">\u25b6</button> <span>Listen to this article</span> '
                "<span>00:00 / 05:12</span> <span>Narrated by an automated voice</span> "
                "<label>Playback speed <select><option>1x</option><option>1.5x</option></select>"
                "</label></div>",
                ["Listen to this article", "Narrated by an automated voice", "Playback speed"],
            ),
            "sticky audio player",
        )
    else:
        player = (
            '<div class="audio-dock" style="position:sticky;top:0;z-index:9">'
            f'<audio controls preload="none" src="/audio/{s.slug}.mp3"></audio></div>'
        )
    return (
        f"{html_open(c)}{head(c)}<body>"
        f'<header class="masthead"><a href="/">{esc(c.site)}</a><nav>{nav(c)}</nav></header>'
        f"{c.slot('top')}{player}"
        '<main class="story"><div class="story__header">'
        f"<h1>{esc(s.title)}</h1>"
        f'<p class="story__meta">{esc(s.author)} | {when(c, 0)}</p></div>'
        f'<div class="story__text">{AudioR(c).body()}</div></main>'
        f'<section class="after-story">{c.slot("below")}</section>'
        f'<aside class="sidebar">{c.slot("side")}</aside>'
        f"<footer>{foot(c)}</footer></body></html>"
    )


def lay_shopify(c: Ctx) -> str:
    s = c.story
    bar = c.add(
        Noise(
            '<div class="announcement-bar" role="region"><p>Free delivery on orders above '
            "Rs 3,000 \u2014 this week only</p></div>",
            ["Free delivery on orders above Rs 3,000"],
        ),
        "shop announcement bar",
    )
    products = c.add(
        Noise(
            '<div class="related-products page-width"><h2>You may also like</h2><ul>'
            "<li><span>Balochi embroidered cushion cover</span> <span>Rs 2,400</span> "
            "<button>Add to cart</button></li>"
            "<li><span>Hunza dried apricots, 500 g</span> <span>Rs 850</span> "
            "<button>Add to cart</button></li></ul></div>",
            ["You may also like", "Balochi embroidered cushion cover", "Add to cart"],
        ),
        "shop product cards",
    )
    return (
        f"{html_open(c)}{head(c)}"
        '<body class="gradient template-article"><a class="skip-to-content-link" '
        'href="#MainContent">Skip to content</a>'
        f"{bar}{c.slot('top')}"
        '<header class="header-wrapper"><div class="header page-width">'
        f'<a class="header__heading-link" href="/">{esc(c.site)}</a>'
        '<nav class="header__inline-menu"><a href="/collections/all">Shop</a> '
        '<a href="/blogs/journal">Journal</a> <a href="/pages/about">About</a></nav>'
        '<a class="header__icon header__icon--cart" href="/cart">Cart</a></div></header>'
        '<main id="MainContent" class="content-for-layout"><article class="article-template">'
        '<div class="article-template__hero-container"><img src="//cdn.example/files/hero.jpg" '
        'alt=""></div>'
        '<header class="page-width page-width--narrow">'
        f'<h1 class="article-template__title">{esc(s.title)}</h1>'
        f'<span class="circle-divider caption-with-letter-spacing"><time datetime="{s.date}">'
        f"{when(c, 1)}</time></span>"
        f'<span class="caption-with-letter-spacing">{esc(s.author)}</span></header>'
        '<div class="article-template__content page-width page-width--narrow rte">'
        f"{Render(c).body()}</div>"
        f'<div class="article-template__comment-wrapper">{c.slot("below")}</div>'
        '<div class="article-template__back element-margin-top center">'
        '<a href="/blogs/journal">Back to blog</a></div></article>'
        f"{products}{c.slot('side')}</main>"
        f'<footer class="footer">{foot(c)}</footer></body></html>'
    )


class Typo3R(Render):
    def before(self, i: int) -> str:
        if i == 1:
            return '</div><div class="news-text-wrap" itemprop="articleBody">'
        return ""

    def noise(self, n: Noise) -> str:
        self.c.num += 1
        return (
            f'<div id="c{400 + self.c.num}" class="frame frame-default frame-type-text '
            f'frame-layout-0"><div class="ce-bodytext">{n.html}</div></div>'
        )


def lay_typo3(c: Ctx) -> str:
    s = c.story
    return (
        f"{html_open(c)}{head(c, '<meta name=generator content=TYPO3>')}"
        '<body id="p42" class="page-42 pagelevel-2 language-0 backendlayout-default layout-default">'
        '<div id="page-wrapper"><header id="page-header" class="bp-page-header navbar">'
        f'<a class="navbar-brand" href="/">{esc(c.site)}</a>'
        f'<ul class="navbar-nav">{nav(c, " class=nav-link", "<li class=nav-item>{}</li>")}</ul>'
        f"</header>{c.slot('top')}"
        '<div id="page-content"><div class="section section-default"><div class="container">'
        '<div class="row"><main class="col-md-8 maincontent-wrap" role="main">'
        "<!--TYPO3SEARCH_begin-->"
        '<div id="c318" class="frame frame-default frame-type-news_newsdetail frame-layout-0">'
        '<div class="news news-single"><div class="article" itemscope="itemscope" '
        'itemtype="http://schema.org/Article">'
        f'<div class="header"><h1 itemprop="headline">{esc(s.title)}</h1></div>'
        '<div class="footer"><p>'
        f'<span class="news-list-date"><time itemprop="datePublished" datetime="{s.date[:10]}">'
        f"{when(c, 2)}</time></span> "
        f'<span class="news-list-author" itemprop="author">{esc(s.author)}</span></p></div>'
        f'<div class="teaser-text" itemprop="description">{Typo3R(c).body()}</div>'
        f"{c.slot('below')}</div></div></div>"
        "<!--TYPO3SEARCH_end-->"
        f'</main><aside class="col-md-4 subcontent-wrap">{c.slot("side")}</aside>'
        "</div></div></div></div>"
        f'<footer id="page-footer" class="bp-page-footer">{foot(c)}</footer></div></body></html>'
    )


class FootnoteR(Render):
    def p(self, t: str, i: int) -> str:
        notes = sorted(self.c.story.notes)
        if i not in notes:
            return f"<p>{esc(t)}</p>"
        k = notes.index(i) + 1
        return (
            f'<p>{esc(t)}<sup class="footnote-ref"><a href="#fn{k}" id="fnref{k}">[{k}]</a>'
            "</sup></p>"
        )


def lay_footnotes(c: Ctx) -> str:
    s = c.story
    notes = "".join(
        f'<li id="fn{k}" class="footnote-item"><p>{esc(s.notes[i])} '
        f'<a href="#fnref{k}" class="footnote-backref">\u21a9\ufe0e</a></p></li>'
        for k, i in enumerate(sorted(s.notes), start=1)
    )
    return (
        f"{html_open(c)}{head(c)}"
        f'<body class="longread"><header class="masthead"><a href="/">{esc(c.site)}</a>'
        f"<nav>{nav(c)}</nav></header>{c.slot('top')}"
        '<main><article class="h-entry">'
        f'<h1 class="p-name">{esc(s.title)}</h1>'
        f'<p class="byline"><a class="p-author h-card" href="/people/1">{esc(s.author)}</a> '
        f'\u00b7 <time class="dt-published" datetime="{s.date}">{when(c, 0)}</time></p>'
        f'<div class="e-content">{FootnoteR(c).body()}</div>'
        '<hr class="footnotes-sep"><section class="footnotes">'
        f'<ol class="footnotes-list">{notes}</ol></section></article>'
        f"{c.slot('below')}<aside>{c.slot('side')}</aside></main>"
        f"<footer>{foot(c)}</footer></body></html>"
    )


class GalleryR(Render):
    def before(self, i: int) -> str:
        if i % 2:
            return ""
        close = "</div></li>" if i else ""
        k = i // 2 + 1
        credit = ""
        if self.c.noisy:
            credit = f"<figcaption>{esc(self.c.credit)}</figcaption>"
        return (
            f'{close}<li class="slide" id="slide-{k}"><figure><img src="/g/{self.c.story.slug}/{k}.jpg" '
            f'alt="" loading="lazy">{credit}</figure><div class="slide__text">'
        )

    def finish(self) -> str:
        return "</div></li></ol>"


def lay_gallery(c: Ctx) -> str:
    s = c.story
    credit = f"Photograph: {PHOTOGRAPHERS[c.num % len(PHOTOGRAPHERS)]} / {c.site}"
    c.credit = credit
    c.add(Noise("", [credit]), "photo credit (every slide)")
    prints = c.add(
        Noise(
            "<div><p>Buy a print of any picture in this gallery, framed or unframed.</p>"
            '<a href="/prints">Order prints</a><h4>More galleries</h4>'
            '<p><a href="/g/1">The last ferry on Attabad lake</a></p>'
            '<p><a href="/g/2">Salt miners of Khewra</a></p></div>',
            [
                "Buy a print of any picture in this gallery",
                "Order prints",
                "More galleries",
                "The last ferry on Attabad lake",
                "Salt miners of Khewra",
            ],
        ),
        "print sales and more galleries",
    )
    return (
        f"{html_open(c)}{head(c)}"
        f'<body class="gallery-story"><header><a href="/">{esc(c.site)}</a><nav>{nav(c)}</nav>'
        f"</header>{c.slot('top')}"
        '<main><div class="gallery-head">'
        f"<h1>{esc(s.title)}</h1>"
        f'<p class="gallery-meta">{esc(s.author)} | {when(c, 0)}</p></div>'
        f'<ol class="gallery">{GalleryR(c).body()}'
        f"{prints}{c.slot('below')}</main><aside>{c.slot('side')}</aside>"
        f"<footer>{foot(c)}</footer></body></html>"
    )


class BloggerUrR(Render):
    SPAN = '<span style="font-family: &quot;Jameel Noori Nastaleeq&quot;; font-size: large;">'

    def p(self, t: str, i: int) -> str:
        return (
            f'<div dir="rtl" style="text-align: right;">{self.SPAN}{esc(t)}</span></div>'
            '<div dir="rtl" style="text-align: right;"><br></div>'
        )

    def h(self, t: str, i: int) -> str:
        return f'<h3 dir="rtl" style="text-align: right;">{self.SPAN}{esc(t)}</span></h3>'

    def ul(self, items: list[str], i: int) -> str:
        inner = "".join(f"<li>{self.SPAN}{esc(x)}</span></li>" for x in items)
        return f'<ul dir="rtl" style="text-align: right;">{inner}</ul>'

    def ol(self, items: list[str], i: int) -> str:
        inner = "".join(f"<li>{self.SPAN}{esc(x)}</span></li>" for x in items)
        return f'<ol dir="rtl" style="text-align: right;">{inner}</ol>'

    def q(self, t: str, i: int) -> str:
        return (
            '<blockquote style="border: none; margin: 0px 40px 0px 0px; padding: 0px;">'
            f'<div dir="rtl" style="text-align: right;">{self.SPAN}{esc(t)}</span></div></blockquote>'
        )

    def table(self, rows: list[list[str]], i: int) -> str:
        return (
            f'<table border="1" dir="rtl" style="border-collapse: collapse;">{trows(rows)}</table>'
        )

    def noise(self, n: Noise) -> str:
        return f'<div dir="rtl" style="text-align: right;">{n.html}</div>'


def lay_blogger_ur(c: Ctx) -> str:
    s = c.story
    share = c.add(
        Noise(
            '<div class="post-share-buttons goog-inline-block">'
            '<a class="share-button" href="#">اسے ای میل کریں</a> '
            '<a class="share-button" href="#">یہ بلاگ کریں!</a> '
            '<a class="share-button" href="#">X پر اشتراک کریں</a></div>',
            ["اسے ای میل کریں", "یہ بلاگ کریں!", "X پر اشتراک کریں"],
        ),
        "Blogger share buttons",
    )
    labels = c.add(
        Noise(
            '<span class="post-labels">لیبلز: <a href="/search/label/1">مقامی خبریں</a>، '
            '<a href="/search/label/2">خواتین</a></span>',
            ["لیبلز:"],
        ),
        "Blogger labels",
    )
    comments = c.add(
        Noise(
            '<div class="comments" id="comments"><h4>۲ تبصرے:</h4>'
            '<dl id="comments-block"><dt class="comment-author">گمنام</dt>'
            '<dd class="comment-body"><p>ماشاءاللہ، ہمارے گاؤں میں بھی ایسا ہونا چاہیے۔</p></dd>'
            '<dt class="comment-author">بلتی قاری</dt>'
            '<dd class="comment-body"><p>اس بارے میں مزید تفصیل لکھیں۔</p></dd></dl>'
            '<p class="comment-footer"><a href="#">ایک تبصرہ شائع کریں</a></p></div>',
            [
                "۲ تبصرے",
                "ماشاءاللہ، ہمارے گاؤں میں بھی ایسا ہونا چاہیے",
                "اس بارے میں مزید تفصیل لکھیں",
                "ایک تبصرہ شائع کریں",
            ],
        ),
        "Blogger comments",
    )
    popular_items = HEAD_UR[3:7]
    popular = c.add(
        Noise(
            '<div class="widget PopularPosts" id="PopularPosts1"><h2>مقبول اشاعتیں</h2>'
            f"<ul>{anchors(popular_items, base='/p/')}</ul></div>",
            ["مقبول اشاعتیں", *popular_items],
        ),
        "Blogger popular posts",
    )
    return (
        f"{html_open(c)}{head(c, '<meta name=generator content=Blogger>')}"
        '<body class="body-fauxcolumns"><div class="content-outer">'
        f'<header><div class="header-inner"><h1 class="title"><a href="/">{esc(c.site)}</a></h1>'
        '<p class="description">پہاڑوں اور ساحلوں کی خبریں، اپنی زبان میں</p></div></header>'
        f"{c.slot('top')}"
        '<div class="main-inner"><div class="column-center-inner">'
        f'<div class="date-outer"><h2 class="date-header"><span>{when(c)}</span></h2>'
        '<div class="post-outer"><div class="post hentry uncustomized-post-template" '
        'itemprop="blogPost">'
        f'<h3 class="post-title entry-title" itemprop="name">{esc(s.title)}</h3>'
        f'<div class="post-body entry-content float-container" id="post-body-{8300 + c.num}" '
        f'itemprop="description articleBody">{BloggerUrR(c).body()}</div>'
        '<div class="post-footer"><div class="post-footer-line post-footer-line-1">'
        f'<span class="post-author vcard">تحریر: <span class="fn">{esc(s.author)}</span></span> '
        f'<span class="post-timestamp">{when(c)}</span>{share}</div>'
        f'<div class="post-footer-line post-footer-line-2">{labels}</div></div>'
        f"</div>{comments}</div></div>"
        '<div class="blog-pager" id="blog-pager"><a href="/p/newer">نئی اشاعت</a> '
        '<a href="/p/older">پرانی اشاعت</a></div>'
        f'</div></div><div class="sidebar">{popular}{c.slot("side")}{c.slot("below")}</div>'
        "</div></body></html>"
    )


class InpageR(Render):
    PARA = (
        "<p class=InPageBody dir=RTL align=justify "
        "style='text-align:justify;text-justify:kashida;line-height:150%'>"
        "<span lang=UR class=Nastaleeq style='font-size:16.0pt'>{}</span>"
        "<span lang=EN-US dir=LTR><o:p></o:p></span></p>"
    )

    def p(self, t: str, i: int) -> str:
        return self.PARA.format(esc(t))

    def h(self, t: str, i: int) -> str:
        return (
            "<p class=InPageSubhead dir=RTL align=right><b><span lang=UR class=Nastaleeq "
            f"style='font-size:18.0pt'>{esc(t)}</span></b></p>"
        )

    def ul(self, items: list[str], i: int) -> str:
        inner = "".join(
            f"<li class=InPageBody dir=RTL><span lang=UR class=Nastaleeq>{esc(x)}</span></li>"
            for x in items
        )
        return f"<ul type=disc dir=rtl>{inner}</ul>"

    def ol(self, items: list[str], i: int) -> str:
        return self.ul(items, i).replace("<ul type=disc", "<ol type=1").replace("</ul>", "</ol>")

    def q(self, t: str, i: int) -> str:
        return (
            "<p class=InPageQuote dir=RTL align=right style='margin-right:36.0pt'><i>"
            f"<span lang=UR class=Nastaleeq style='font-size:15.0pt'>{esc(t)}</span></i></p>"
        )

    def table(self, rows: list[list[str]], i: int) -> str:
        def cell(x: str) -> str:
            return (
                "<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>"
                f"<p class=InPageBody dir=RTL><span lang=UR class=Nastaleeq>{esc(x)}</span></p></td>"
            )

        body = "".join("<tr>" + "".join(cell(x) for x in r) + "</tr>" for r in rows)
        return (
            "<table class=InPageTable dir=rtl border=1 cellspacing=0 cellpadding=0 "
            f"style='border-collapse:collapse;border:none'>{body}</table>"
        )

    def noise(self, n: Noise) -> str:
        return (
            f"<div class=Frame dir=rtl style='border:solid #999 .75pt;padding:4pt'>{n.html}</div>"
        )


def lay_inpage(c: Ctx) -> str:
    s = c.story
    cont = c.add(
        Noise(
            "<p class=InPageBody dir=RTL align=left><span lang=UR class=Nastaleeq>"
            "(بقیہ صفحہ ۷ پر)</span></p>",
            ["بقیہ صفحہ ۷ پر"],
        ),
        "InPage continuation line",
    )
    brief = c.add(
        Noise(
            "<div class=Frame dir=rtl><p class=InPageHead><span lang=UR class=Nastaleeq>"
            "مختصر خبریں</span></p><p class=InPageBody><span lang=UR class=Nastaleeq>"
            "چمن: سرحدی بازار میں تاجروں کا اجلاس جمعہ کو ہوگا۔</span></p></div>",
            ["مختصر خبریں", "چمن: سرحدی بازار میں تاجروں کا اجلاس جمعہ کو ہوگا"],
        ),
        "InPage news-brief frame",
    )
    style = (
        "<style><!-- p.InPageBody{margin:0cm;font-family:'Noori Nastaleeq';direction:rtl} "
        "span.Nastaleeq{font-family:'Jameel Noori Nastaleeq'} div.Section1{page:Section1} --></style>"
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" lang=ur dir=rtl>'
        '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
        '<meta name=Generator content="InPage Professional 3.6 HTML Export">'
        f"<title>{esc(s.title)}</title>"
        f'<link rel=canonical href="{esc(c.url)}">'
        f'<meta property="article:published_time" content="{s.date}">{style}</head>'
        "<body lang=UR dir=RTL style='tab-interval:36.0pt'>"
        f'<div class=SiteBar dir=rtl><a href="/">{esc(c.site)}</a> | '
        f'<a href="/epaper">ای پیپر</a></div>{c.slot("top")}'
        "<div class=Section1 dir=rtl>"
        "<p class=InPageHead align=center style='text-align:center'><b><span lang=UR "
        f"class=Nastaleeq style='font-size:28.0pt'>{esc(s.title)}</span></b></p>"
        f"<p class=InPageByline align=right><span lang=UR class=Nastaleeq>{esc(s.author)}"
        f"</span> <span lang=UR>{when(c)}</span></p>"
        f"{InpageR(c).body()}{cont}</div>"
        f"<div class=Section2 dir=rtl>{brief}{c.slot('side')}{c.slot('below')}</div>"
        f"<div class=SiteFooter dir=rtl>{foot(c)}</div></body></html>"
    )


# (layout function, English site name, Urdu site name, domain, url pattern)
LAYOUTS: dict[str, tuple[Any, str, str, str, str]] = {
    "gutenberg": (
        lay_gutenberg,
        "Bolan Ledger",
        "بولان لیجر",
        "bolanledger.example",
        "{ymd}/{slug}/",
    ),
    "squarespace": (
        lay_squarespace,
        "Karakoram Notebook",
        "قراقرم نوٹ بک",
        "karakoramnotebook.example",
        "journal/{slug}",
    ),
    "djangocms": (
        lay_djangocms,
        "Frontier Civic Desk",
        "شہری ڈیسک",
        "civicdesk.example",
        "en/news/{slug}/",
    ),
    "tumblr": (
        lay_tumblr,
        "makran-margins",
        "makran-margins",
        "makranmargins.example",
        "post/{num}/{slug}",
    ),
    "nuxt": (lay_nuxt, "Indus Pulse", "انڈس پلس", "induspulse.example", "story/{slug}-{num}"),
    "bootstrap": (
        lay_bootstrap,
        "Sarhad Daily Wire",
        "سرحد ڈیلی وائر",
        "sarhaddaily.example",
        "news/{num}/{slug}",
    ),
    "govpress": (
        lay_govpress,
        "Provincial Information Bureau",
        "صوبائی محکمہ اطلاعات",
        "pib-balochistan.example",
        "press-releases/handout-{num}",
    ),
    "forum": (
        lay_forum,
        "Pakistan Regions Forum",
        "پاکستان علاقائی فورم",
        "regionsforum.example",
        "viewtopic.php?t={num}",
    ),
    "pdf": (
        lay_pdf,
        "The Northern Weekly",
        "دی ناردرن ویکلی",
        "northernweekly.example",
        "epaper/{ymd}/{slug}.html",
    ),
    "custom": (
        lay_custom,
        "Coastline Current",
        "ساحلی خبرنامہ",
        "coastlinecurrent.example",
        "a/{slug}",
    ),
    "reader": (
        lay_reader,
        "Valley Chronicle",
        "وادی کرانیکل",
        "valleychronicle.example",
        "{ymd}/{slug}.html",
    ),
    "audio": (
        lay_audio,
        "Highland Broadcast Review",
        "ہائی لینڈ ریویو",
        "highlandreview.example",
        "listen/{slug}",
    ),
    "shopify": (
        lay_shopify,
        "Bazaar Notes",
        "بازار نوٹس",
        "bazaarnotes.example",
        "blogs/journal/{slug}",
    ),
    "typo3": (
        lay_typo3,
        "Sindh Valley Gazette",
        "سندھ ویلی گزٹ",
        "svgazette.example",
        "news/detail/{slug}",
    ),
    "footnotes": (
        lay_footnotes,
        "Indus Basin Review",
        "انڈس بیسن ریویو",
        "indusbasinreview.example",
        "essays/{slug}",
    ),
    "gallery": (
        lay_gallery,
        "Lens on the North",
        "شمال کی تصویریں",
        "lensnorth.example",
        "galleries/{slug}",
    ),
    "blogger_ur": (
        lay_blogger_ur,
        "بامِ دنیا",
        "بامِ دنیا",
        "baamedunya.example",
        "{ym}/{slug}.html",
    ),
    "inpage_ur": (
        lay_inpage,
        "روزنامہ سنگم",
        "روزنامہ سنگم",
        "roznamasangam.example",
        "epaper/urdu/{slug}.htm",
    ),
}
NOTES_LAYOUTS = {"footnotes"}

# story slug -> (layout of its noisy page, layout of its clean page)
ASSIGN = [
    ("quetta-library-app", "gutenberg", "reader"),
    ("hunza-radio-podcast", "audio", "tumblr"),
    ("gwadar-fish-sms", "bootstrap", "shopify"),
    ("skardu-glacier-photos", "gallery", "squarespace"),
    ("turbat-student-paper", "tumblr", "custom"),
    ("gilgit-polo-sponsors", "squarespace", "bootstrap"),
    ("zhob-whatsapp-clinic", "govpress", "djangocms"),
    ("chitral-kalash-stream", "nuxt", "gallery"),
    ("khuzdar-cable-apps", "shopify", "footnotes"),
    ("multan-mango-online", "forum", "gutenberg"),
    ("sukkur-barrage-gates", "footnotes", "pdf"),
    ("astore-rescue-volunteers", "pdf", "audio"),
    ("quetta-complaints-app", "blogger_ur", "govpress"),
    ("gilgit-women-computer", "inpage_ur", "blogger_ur"),
    ("gwadar-beach-cleanup", "custom", "inpage_ur"),
    ("hunza-apricot-orders", "djangocms", "typo3"),
    ("loralai-book-fair", "typo3", "nuxt"),
    ("peshawar-storytelling", "reader", "forum"),
]


# --- planning the noise of a page ------------------------------------------------------


def plan_noise(c: Ctx, rng: random.Random, lead: bool) -> None:
    s = c.story
    pool = POOLS[s.lang]
    n = len(s.blocks)
    ins = rng.sample(pool["inside"], 2)
    aft = rng.sample([f for f in pool["after"] if f not in ins], 2)
    used = set(ins + aft)
    picks = {}
    for slot in ("top", "side", "below"):
        choice = rng.choice([f for f in pool[slot] if f not in used])
        used.add(choice)
        picks[slot] = choice
    c.inside = {}
    for key, fn in ((0, ins[0]), (n // 2, ins[1]), (n - 1, aft[0]), (n, aft[1])):
        c.inside.setdefault(key, []).append(fn(rng, s))
        c.kinds.append(fn.__name__)
    if lead:
        c.inside[-1] = [pool["lead"][0](rng, s)]
        c.kinds.append(pool["lead"][0].__name__)
    c.outside = {slot: [fn(rng, s)] for slot, fn in picks.items()}
    c.kinds += [fn.__name__ for fn in picks.values()]


# --- self-check ------------------------------------------------------------------------


HIDDEN_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript"})


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN_TAGS:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if not self.depth:
            self.parts.append(data)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def check(name: str, page: str, article: Article, noise: list[Noise]) -> None:
    parser = _Visible()
    parser.feed(page)
    visible = norm(" ".join(parser.parts))
    body = norm(" ".join(article.paragraphs)).casefold()
    for line in article.paragraphs:
        assert norm(line) in visible, f"{name}: body line not visible: {line[:60]}"
    for n in noise:
        for s in n.strings:
            assert norm(s) in visible, f"{name}: noise not visible: {s}"
            assert norm(s).casefold() not in body, f"{name}: noise string in body: {s}"
            assert norm(s).casefold() not in article.title.casefold(), f"{name}: in title: {s}"


# --- main ------------------------------------------------------------------------------


def make_page(
    story: Story, layout: str, noisy: bool, num: int, rng: random.Random
) -> tuple[str, str, Article, list[Noise], list[str]]:
    fn, site_en, site_ur, domain, pattern = LAYOUTS[layout]
    d = datetime.fromisoformat(story.date)
    path = pattern.format(
        ymd=f"{d:%Y/%m/%d}", ym=f"{d:%Y/%m}", slug=story.slug, num=5200 + num * 37
    )
    url = f"https://{domain}/{path}"
    site = site_ur if story.lang == "ur" else site_en
    c = Ctx(story, url, site, domain, noisy, num)
    if noisy:
        plan_noise(c, rng, lead=num % 3 == 0)
    page = fn(c)
    article = article_for(story, layout in NOTES_LAYOUTS)
    noise = [n for n in c.all_noise() if n.strings] if noisy else []
    return url, page, article, noise, c.kinds


def main() -> None:
    rng = random.Random(14132)
    by_slug = {s.slug: s for s in STORIES}
    assert len(ASSIGN) == len(STORIES) == 18
    assert sorted(a for _, a, _ in ASSIGN) == sorted(LAYOUTS)
    assert sorted(b for _, _, b in ASSIGN) == sorted(LAYOUTS)
    kinds: dict[str, int] = {}
    for num, (slug, noisy_layout, clean_layout) in enumerate(ASSIGN):
        story = by_slug[slug]
        assert noisy_layout != clean_layout
        for noisy, layout in ((True, noisy_layout), (False, clean_layout)):
            url, page, article, noise, used = make_page(story, layout, noisy, num, rng)
            name = f"{'noisy' if noisy else 'clean'}-{num:02d}-{layout}"
            check(name, page, article, noise)
            write_page(SPLIT, name, url, page, article, noise)
            for kind in used:
                kinds[kind] = kinds.get(kind, 0) + 1
    print(f"wrote {2 * len(ASSIGN)} pages to pages/{SPLIT}/")
    print(f"{len(kinds)} noise kinds:", ", ".join(f"{k} x{v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
