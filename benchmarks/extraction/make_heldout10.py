"""Write the tenth held-out set to pages/heldout10/: written BLIND, to be scored once.

Written without seeing the extractor, its rules or config, its tests, the other page
sets or their results. Read only fixturekit.py, make_heldout.py (its menu helpers are not
used here, its Urdu conventions are followed) and make_heldout2.py (as an example).

New here: stories built from typed units (paragraphs, subheadings, bulleted and
numbered lists, tables, quotes, Q&A), so body truth includes list items and table rows
(cells joined by one space); 17 layouts (WordPress classic/block/Newspack, Drupal,
Joomla, Ghost, Blogger <br> text, Medium-like, Substack-like, Arc/React hashed classes,
Next.js/Tailwind, AMP, an old table layout, plain HTML5, schema.org microdata with <div>
lines, and two Urdu RTL sites); ~40 kB of chrome per page (mega menus, footers, inline
CSS, analytics/ad scripts, JSON-LD); freshly worded noise of 31 kinds, placed mostly
between paragraphs and right after the last one, at least a third of the blocks with
no telling class or id; and clean pages dense with short lines, lists, tables, Q&A and
sentences using read/share/follow/comment/subscribe/related/advertisement/download/
photo/listen/newsletter/app/cookies. Captions, bylines, date lines, datelines and wire
tail lines are neither body nor noise. The generator checks its own truth before writing.

Run: python benchmarks/extraction/make_heldout10.py  (deterministic).
Every outlet, person and sentence here is invented.
"""

from __future__ import annotations

import html
import json
import random
import re
from dataclasses import dataclass, field

from fixturekit import Article, Noise, esc, write_page

SPLIT = "heldout10"

# --- stories ----------------------------------------------------------------------------
# A unit is ("p", text), ("h", text), ("q", text), ("ul", [items]), ("ol", [items]) or
# ("table", [[cells], ...]); the first table row is the header row and is a body line too.


@dataclass
class Story:
    slug: str
    title: str
    author: str
    date: str
    units: list
    dateline: str | None = None  # printed before the first paragraph, not part of the body
    agency: str | None = None
    place: str | None = None
    tail: list[str] = field(default_factory=list)
    caption: str | None = None
    lang: str = "en"

    def lines(self) -> list[str]:
        out: list[str] = []
        for kind, val in self.units:
            if kind in ("ul", "ol"):
                out.extend(val)
            elif kind == "table":
                out.extend(" ".join(row) for row in val)
            else:
                out.append(val)
        return out


NOISY = [
    Story(
        "turbat-dates",
        "Kech date growers get first processing plant",
        "Staff Reporter",
        "2026-08-09T11:20:00+05:00",
        [
            (
                "p",
                "A date processing plant opened in Turbat on Saturday, giving growers in Kech "
                "district a way to grade, wash and pack their fruit close to the orchards for "
                "the first time.",
            ),
            (
                "p",
                "Growers have long sold their harvest at low prices to middlemen who truck it "
                "to Karachi, where much of it is sorted and repacked before reaching shops.",
            ),
            ("h", "What the plant will do"),
            (
                "ul",
                [
                    "Sort dates by size and moisture before packing",
                    "Cold-store up to six hundred tonnes at a time",
                    "Train farm workers in hygienic handling",
                ],
            ),
            (
                "p",
                "The plant's manager, Shahnaz Gichki, said the first season would be used to "
                "test the machines with smaller batches from nearby villages.",
            ),
            (
                "p",
                "A growers' association said prices could rise by a fifth if the fruit no "
                "longer had to travel six hundred kilometres before being graded.",
            ),
            ("p", "The plant will buy fruit from September."),
        ],
        dateline="TURBAT, Aug 9 (APP) \u2014",
        agency="APP",
        place="Turbat",
        tail=["\u2014APP/sz-dk"],
        caption="Workers unload crates of dates at the new plant in Turbat.",
    ),
    Story(
        "khaplu-grid",
        "Solar mini-grid lights up remote Ghanche villages",
        "Reuters",
        "2026-03-17T08:05:00+00:00",
        [
            (
                "p",
                "Families in three villages of the Ghanche valley switched on electric lights "
                "this week after a community-run solar mini-grid began supplying power, ending "
                "decades of reliance on kerosene lamps.",
            ),
            (
                "p",
                "The grid was built by a village cooperative with a loan from a development "
                "bank, and each household pays a flat monthly fee of about two dollars.",
            ),
            (
                "q",
                "\u201cMy children can study after dark now, and I can sew until late,\u201d "
                "said Gul Bano, who runs a tailoring business from her home.",
            ),
            (
                "p",
                "Engineers said batteries would store enough energy for three cloudy days, "
                "but warned that heavy snow on the panels could cut supply in mid-winter.",
            ),
            (
                "p",
                "The cooperative plans to connect a fourth village and a health post next "
                "summer if the loan repayments stay on schedule.",
            ),
        ],
        dateline="KHAPLU, Pakistan (Reuters) -",
        agency="Reuters",
        place="Khaplu",
        tail=["(Reporting by Ahsan Qureshi; Editing by Martin Holbrook)"],
    ),
    Story(
        "zhob-measles",
        "Measles drive reaches nomad camps in Zhob",
        "Samina Mandokhail",
        "2026-02-11T15:40:00+05:00",
        [
            (
                "p",
                "Health teams in Zhob have vaccinated more than eleven thousand children "
                "against measles in a two-week drive that for the first time sent mobile "
                "units to seasonal camps of herding families.",
            ),
            (
                "p",
                "The district health officer said the camps were mapped with help from "
                "elders, who told teams when families would move to winter pastures.",
            ),
            ("h", "Children vaccinated by tehsil"),
            (
                "table",
                [
                    ["Tehsil", "Target", "Vaccinated"],
                    ["Zhob", "6,200", "5,870"],
                    ["Sambaza", "3,100", "2,940"],
                    ["Ashwat", "2,600", "2,415"],
                ],
            ),
            (
                "p",
                "Officials said the shortfall was mostly among families who had already left "
                "for the plains of Punjab before the teams arrived.",
            ),
            (
                "p",
                "A second round is planned for April, when the herders return to the "
                "district's upland valleys.",
            ),
        ],
        caption="A health worker marks a child's finger after vaccination near Zhob.",
    ),
    Story(
        "gwadar-desal",
        "Gwadar desalination plant resumes supply after repairs",
        "AFP",
        "2026-01-14T10:00:00+00:00",
        [
            (
                "p",
                "A seawater desalination plant in the port city of Gwadar resumed supplying "
                "drinking water on Wednesday after a month-long shutdown that forced "
                "residents to buy water from tankers at triple the usual price.",
            ),
            (
                "p",
                "The plant's membranes had clogged after a storm churned up sediment along "
                "the coast, officials said, and replacement parts had to be shipped from "
                "abroad.",
            ),
            (
                "p",
                "\u201cWe queued for water every morning and paid what the tanker owners "
                "asked,\u201d said Karim Dashti, a fisherman in the old town.",
            ),
            (
                "p",
                "The water board said it would keep a stock of spare membranes in the city "
                "and build a second intake further from the shore.",
            ),
            (
                "p",
                "Gwadar has struggled with water shortages for years, and its main dam fills "
                "only when the monsoon is strong.",
            ),
        ],
        dateline="GWADAR, Pakistan, Jan 14, 2026 (AFP) -",
        agency="AFP",
        place="Gwadar",
    ),
    Story(
        "shimshal-leopard",
        "Camera traps record snow leopards near Shimshal",
        "Our Correspondent",
        "2026-11-02T09:30:00+05:00",
        [
            (
                "p",
                "Camera traps set up by wildlife staff and local herders have recorded at "
                "least seven snow leopards in the mountains around Shimshal, the highest "
                "count in the area so far.",
            ),
            (
                "p",
                "The survey, which ran for five months, also photographed ibex, blue sheep "
                "and a pair of lynx, wildlife officials said.",
            ),
            ("h", "Herders take part"),
            (
                "p",
                "Young herders were trained to check the cameras and change batteries, and "
                "they will be paid to keep the traps running through the winter.",
            ),
            (
                "p",
                "Villagers said attacks on livestock had fallen since a scheme to insure "
                "animals against predators began three years ago.",
            ),
            ("p", "The survey results will be shared with the national park authority."),
        ],
        dateline="GILGIT:",
        place="Gilgit",
        caption="A snow leopard photographed by a camera trap above Shimshal.",
    ),
    Story(
        "naseerabad-canal",
        "Rice farmers in Naseerabad wait for canal water",
        "The Associated Press",
        "2026-06-19T07:15:00+00:00",
        [
            (
                "p",
                "Rice farmers in Balochistan's Naseerabad division say they have not "
                "received enough canal water to plant their nurseries, weeks into the "
                "sowing season, as flows in the Indus remain below normal.",
            ),
            (
                "p",
                "Farmers at the tail end of the Pat Feeder canal said their channels had been "
                "dry for most of June, while fields closer to the head works were flooded.",
            ),
            (
                "p",
                "\u201cIf we do not sow by the first week of July, we lose the season,\u201d "
                "said Allah Bakhsh Jamali, who farms forty acres near Dera Murad Jamali.",
            ),
            (
                "p",
                "The provincial irrigation department said it had asked the river authority "
                "for a larger share and was sending officials to stop water theft.",
            ),
        ],
        dateline="DERA MURAD JAMALI, Pakistan (AP) \u2014",
        agency="AP",
        place="Dera Murad Jamali",
        tail=["Associated Press writer Farhan Lodhi in Islamabad contributed to this report."],
    ),
    Story(
        "skardu-flights",
        "Skardu airport to keep winter flights running",
        "IANS",
        "2026-12-05T18:10:00+05:30",
        [
            (
                "p",
                "Pakistan's civil aviation authority said on Friday that flights to Skardu "
                "would continue through the winter for the first time, after new runway "
                "lights and a de-icing unit were installed at the airport.",
            ),
            (
                "p",
                "Until now, most flights to the town were suspended from December to "
                "February, leaving travellers to take a two-day road journey.",
            ),
            (
                "p",
                "Hotel owners in Skardu said the decision could extend the tourist season "
                "and bring skiers to the slopes above the Deosai plains.",
            ),
            (
                "p",
                "The authority said daily flights would depend on weather and that "
                "passengers should expect cancellations during heavy snowfall.",
            ),
        ],
        dateline="Islamabad, Dec 5 (IANS)",
        agency="IANS",
        place="Islamabad",
        tail=["--IANS", "ksk/arm"],
    ),
    Story(
        "mastung-school",
        "Mastung girls' school reopens after flood repairs",
        "Rehana Shahwani",
        "2026-04-08T13:00:00+05:00",
        [
            (
                "p",
                "A government girls' high school in Mastung reopened on Monday, nearly two "
                "years after floodwater damaged its classrooms and boundary wall.",
            ),
            (
                "p",
                "Classes had been held in tents and a rented house, and enrolment fell by a "
                "quarter while the building was closed, teachers said.",
            ),
            ("h", "Talking to the headmistress"),
            ("p", "How many students have returned?"),
            ("p", "About four hundred and twenty, and more are enrolling every day."),
            ("p", "What is still missing?"),
            ("p", "A science laboratory and a proper library. We have asked for both."),
            (
                "p",
                "The education department said the laboratory would be built before the "
                "next academic year.",
            ),
        ],
    ),
    Story(
        "shisper-lake",
        "Sensors installed to watch glacial lake above Hassanabad",
        "Xinhua",
        "2026-06-03T16:45:00+08:00",
        [
            (
                "p",
                "Authorities in northern Pakistan have installed water-level sensors and "
                "sirens at a glacial lake above Hassanabad village to warn residents of "
                "sudden floods, officials said on Wednesday.",
            ),
            (
                "p",
                "The lake forms each spring when a surging glacier blocks a meltwater stream, "
                "and has burst several times in recent years, damaging homes and a bridge on "
                "the Karakoram Highway.",
            ),
            ("h", "Steps in the warning plan"),
            (
                "ol",
                [
                    "Sensors send readings every ten minutes to a control room",
                    "Sirens sound in the village if the level drops sharply",
                    "Volunteers guide families to two marked shelters",
                ],
            ),
            (
                "p",
                "Residents held a drill on Tuesday, and officials said most families reached "
                "the shelters within fifteen minutes.",
            ),
        ],
        dateline="GILGIT, Pakistan, June 3 (Xinhua) --",
        agency="Xinhua",
        place="Gilgit",
    ),
    Story(
        "kharan-pumps",
        "Solar water pumps handed to Kharan farmers",
        "Monitoring Desk",
        "2026-09-22T12:30:00+05:00",
        [
            (
                "p",
                "The agriculture department handed over solar-powered water pumps to "
                "ninety farmers in Kharan district on Tuesday under a scheme to cut the cost "
                "of irrigating orchards and vegetable plots.",
            ),
            (
                "p",
                "Farmers have relied on diesel pumps, and many said fuel costs had made "
                "growing melons and onions unprofitable in recent years.",
            ),
            (
                "p",
                "The department said groundwater levels would be monitored, amid concern "
                "that cheaper pumping could drain aquifers faster.",
            ),
            ("p", "A second batch of pumps is to be distributed in December."),
        ],
        agency="APP",
        tail=["\u2014APP"],
    ),
]

URDU_NOISY = [
    Story(
        "ur-quetta-filters",
        "کوئٹہ میں پینے کے صاف پانی کے بیس نئے پلانٹ",
        "نمائندہ خصوصی",
        "2026-05-12T10:00:00+05:00",
        [
            (
                "p",
                "میٹروپولیٹن کارپوریشن نے شہر کے مختلف علاقوں میں پینے کے صاف پانی کے بیس نئے "
                "فلٹریشن پلانٹ نصب کرنے کا کام شروع کر دیا ہے۔",
            ),
            (
                "p",
                "حکام کے مطابق پہلے مرحلے میں سریاب روڈ، کلی اسماعیل اور ہزارہ ٹاؤن میں پلانٹ "
                "لگائے جائیں گے جہاں نلکوں کا پانی اکثر گدلا آتا ہے۔",
            ),
            (
                "p",
                "شہریوں نے اس اقدام کا خیرمقدم کیا تاہم مطالبہ کیا کہ پلانٹس کی دیکھ بھال کے "
                "لیے عملہ بھی مقرر کیا جائے۔",
            ),
            ("p", "منصوبہ تین ماہ میں مکمل ہوگا۔"),
        ],
        dateline="کوئٹہ (اے پی پی) \u2014",
        agency="APP",
        place="کوئٹہ",
        lang="ur",
    ),
    Story(
        "ur-ghizer-trout",
        "غذر میں ٹراؤٹ مچھلی کی نئی ہیچری",
        "شبیر حسین",
        "2026-07-01T09:00:00+05:00",
        [
            (
                "p",
                "محکمہ ماہی پروری نے ضلع غذر میں ٹراؤٹ مچھلی کی نئی ہیچری قائم کی ہے جس سے "
                "مقامی کاشتکاروں کو سستے بچے دستیاب ہوں گے۔",
            ),
            (
                "p",
                "ہیچری کے انچارج نے بتایا کہ پہلے سال میں دو لاکھ بچے تیار کیے جائیں گے جو "
                "دریا کے کنارے بنے نجی تالابوں کو فراہم کیے جائیں گے۔",
            ),
            ("h", "کاشتکاروں کے مطالبات"),
            (
                "ul",
                [
                    "مچھلی کی خوراک پر سبسڈی دی جائے",
                    "سردیوں میں سڑکیں کھلی رکھی جائیں",
                    "گلگت میں کولڈ اسٹوریج بنایا جائے",
                ],
            ),
            ("p", "محکمے نے کہا کہ ان مطالبات پر غور کیا جا رہا ہے۔"),
        ],
        dateline="گلگت (نامہ نگار) \u2014",
        place="گلگت",
        lang="ur",
    ),
    Story(
        "ur-turbat-university",
        "تربت یونیورسٹی میں داخلوں کے لیے ریکارڈ درخواستیں",
        "ویب ڈیسک",
        "2026-09-03T14:00:00+05:00",
        [
            (
                "p",
                "تربت یونیورسٹی میں رواں سال داخلوں کے لیے ساڑھے چھ ہزار سے زائد درخواستیں موصول "
                "ہوئی ہیں جو گزشتہ سال کے مقابلے میں دوگنا ہیں۔",
            ),
            (
                "p",
                "یونیورسٹی انتظامیہ کے مطابق طالبات کی درخواستوں کی تعداد پہلی مرتبہ طلبہ سے "
                "زیادہ رہی۔",
            ),
            (
                "p",
                "انتظامیہ نے بتایا کہ نشستوں کی کمی کے باعث شام کی کلاسیں شروع کرنے پر غور کیا "
                "جا رہا ہے۔",
            ),
            ("p", "داخلہ ٹیسٹ اکتوبر کے دوسرے ہفتے میں ہوگا۔"),
        ],
        lang="ur",
    ),
]

CLEAN = [
    Story(
        "quetta-exam-timetable",
        "Board announces timetable for matric exams",
        "Staff Reporter",
        "2026-03-02T17:00:00+05:00",
        [
            (
                "p",
                "The Balochistan board of secondary education on Monday announced the "
                "timetable for this year's matriculation exams, which begin on April 6.",
            ),
            ("p", "Papers start at 9am."),
            ("p", "Latecomers will not be admitted after 9:30am."),
            ("h", "First week"),
            (
                "table",
                [
                    ["Date", "Subject", "Class"],
                    ["April 6", "English", "Class 10"],
                    ["April 8", "Urdu", "Class 10"],
                    ["April 10", "Mathematics", "Class 10"],
                    ["April 13", "Physics", "Class 10"],
                ],
            ),
            (
                "p",
                "Candidates can download their admit cards from the board's website from "
                "March 20, and should read the instructions printed on the back carefully.",
            ),
            (
                "p",
                "A board spokesman said mobile phones would not be allowed inside the "
                "halls, and candidates should bring a photo identity card.",
            ),
            ("h", "Related changes"),
            (
                "ul",
                [
                    "Practical exams move to the afternoon",
                    "Results will be announced in July",
                    "Rechecking fees are unchanged",
                ],
            ),
            ("p", "Parents can follow updates on the board's notice boards."),
        ],
        dateline="QUETTA:",
        place="Quetta",
    ),
    Story(
        "gilgit-passport-office",
        "New passport office opens in Gilgit: what you need to know",
        "Nadia Baig",
        "2026-05-28T11:00:00+05:00",
        [
            (
                "p",
                "A regional passport office opened in Gilgit this week, so residents no "
                "longer need to travel to Islamabad to apply. We asked the office's director "
                "the questions readers sent us.",
            ),
            ("p", "Q: Where is the office?"),
            ("p", "A: Next to the district courts. Follow the blue signs from the main bazaar."),
            ("p", "Q: Can I book an appointment online?"),
            (
                "p",
                "A: Yes. Download the government's passport app, choose Gilgit and pick a "
                "slot. Walk-ins are served after 1pm.",
            ),
            ("p", "Q: What should I bring?"),
            (
                "ul",
                [
                    "Original national identity card",
                    "A copy of the old passport, if any",
                    "Fee receipt from the bank",
                ],
            ),
            ("p", "Q: How long does it take?"),
            ("p", "A: Ten working days for normal fees, three for urgent ones."),
            ("p", "Q: Can I share one appointment with my family?"),
            ("p", "A: No. Each applicant needs their own slot."),
        ],
    ),
    Story(
        "skardu-bakery",
        "The Skardu bakery that sells out by noon",
        "Fatima Raza",
        "2026-10-10T08:00:00+05:00",
        [
            ("p", "The queue starts before seven."),
            (
                "p",
                "By noon, the apricot cookies and walnut cake at Zainab Ali's small bakery in "
                "Skardu's old bazaar are usually gone.",
            ),
            (
                "p",
                "\u201cI bake what my grandmother baked,\u201d she says. \u201cNothing more.\u201d",
            ),
            (
                "p",
                "She started the business six years ago with one oven and a recipe book "
                "that she still keeps in a plastic cover. She lets visitors read it but "
                "not photograph it.",
            ),
            (
                "q",
                "\u201cListen, if you share every recipe, nobody comes to your shop,\u201d "
                "she says, laughing.",
            ),
            (
                "p",
                "A women's cooperative in the valley buys her dried apricots in bulk, and its "
                "monthly newsletter now lists her bakery among places tourists should visit.",
            ),
            (
                "p",
                "She has no advertisement and no app. Customers find her by word of mouth, "
                "and some subscribe to a weekly order that she delivers on Fridays.",
            ),
            ("p", "She closes on Sundays."),
        ],
    ),
    Story(
        "pasni-radio",
        "Fishermen's radio station goes on air in Pasni",
        "APP",
        "2026-08-25T09:45:00+05:00",
        [
            (
                "p",
                "A community radio station for fishermen began broadcasting from Pasni on "
                "Monday with weather warnings, fish prices and programmes in Balochi.",
            ),
            (
                "p",
                "Fishermen can listen on cheap handheld sets while at sea, and the station "
                "will read out storm alerts from the meteorological department every hour.",
            ),
            ("h", "Daily schedule"),
            (
                "table",
                [
                    ["Time", "Programme"],
                    ["5:30am", "Sea and weather report"],
                    ["7:00am", "Harbour prices"],
                    ["6:00pm", "Music and listeners' calls"],
                ],
            ),
            (
                "p",
                "The station manager said listeners could comment on programmes by calling "
                "a free number, and that no advertisement would be aired in the first year.",
            ),
            (
                "p",
                "Boat owners said they would follow the warnings closely after a storm last "
                "year caught several crews far from the shore.",
            ),
        ],
        dateline="PASNI, Aug 25 (APP):",
        agency="APP",
        place="Pasni",
    ),
    Story(
        "loralai-reading",
        "Loralai library draws up reading list for summer",
        "Asad Tareen",
        "2026-06-06T15:00:00+05:00",
        [
            (
                "p",
                "The public library in Loralai has published a summer reading list for "
                "schoolchildren, and says any child who reads five books before August will "
                "get a certificate.",
            ),
            ("p", "The list was chosen by teachers and two retired librarians."),
            ("h", "On the list"),
            (
                "ol",
                [
                    "A collection of Balochi folk tales",
                    "An illustrated history of the Bolan Pass",
                    "A beginner's guide to the night sky",
                    "Poems by Pashto poets for young readers",
                    "A field guide to birds of the Sulaiman range",
                ],
            ),
            (
                "p",
                "Librarian Hameeda Kakar said children could share books with siblings and "
                "should write a short comment on each one in a notebook.",
            ),
            (
                "p",
                "Related activities include a storytelling hour on Thursdays and a photo "
                "exhibition of old Loralai in the reading hall.",
            ),
            ("p", "Membership is free."),
        ],
    ),
]

URDU_CLEAN = [
    Story(
        "ur-hunza-admissions",
        "ہنزہ کے سرکاری اسکولوں میں داخلے: اہم تاریخیں",
        "اسٹاف رپورٹر",
        "2026-02-20T10:00:00+05:00",
        [
            (
                "p",
                "محکمہ تعلیم گلگت بلتستان نے ہنزہ کے سرکاری اسکولوں میں نئے تعلیمی سال کے "
                "داخلوں کا شیڈول جاری کر دیا ہے۔",
            ),
            ("p", "داخلے مفت ہوں گے۔"),
            (
                "table",
                [
                    ["مرحلہ", "تاریخ"],
                    ["فارم کی دستیابی", "یکم مارچ"],
                    ["فارم جمع کرانے کی آخری تاریخ", "پندرہ مارچ"],
                    ["کلاسوں کا آغاز", "یکم اپریل"],
                ],
            ),
            (
                "p",
                "والدین داخلہ فارم محکمہ تعلیم کی ویب سائٹ سے ڈاؤن لوڈ کر سکتے ہیں یا اسکول سے "
                "حاصل کر سکتے ہیں۔",
            ),
            ("p", "داخلوں کا اشتہار دو مقامی اخبارات میں بھی شائع کیا گیا ہے۔"),
            (
                "p",
                "ایک ہیڈ ماسٹر نے کہا کہ والدین یہ معلومات دوسرے خاندانوں سے بھی شیئر کریں "
                "تاکہ کوئی بچہ داخلے سے محروم نہ رہے۔",
            ),
        ],
        dateline="گلگت:",
        place="گلگت",
        lang="ur",
    ),
    Story(
        "ur-khuzdar-market",
        "خضدار میں کسانوں کا ہفتہ وار بازار",
        "عبدالغفار",
        "2026-11-15T12:00:00+05:00",
        [
            ("p", "خضدار میں ہر جمعرات کو کسانوں کا ہفتہ وار بازار لگتا ہے۔"),
            ("p", "یہاں کسان اپنی پیداوار براہ راست خریداروں کو بیچتے ہیں۔"),
            ("h", "بازار میں کیا ملتا ہے"),
            (
                "ul",
                [
                    "تازہ سبزیاں اور پیاز",
                    "انار اور خشک خوبانی",
                    "دیسی گھی اور شہد",
                ],
            ),
            (
                "p",
                "ایک کسان نے بتایا کہ وہ اب موبائل ایپ پر بھی آرڈر لیتے ہیں اور تصویر بھیج کر "
                "خریدار کو مال دکھاتے ہیں۔",
            ),
            ("p", "خریداروں کا کہنا ہے کہ یہاں قیمتیں منڈی سے کم ہیں۔"),
        ],
        lang="ur",
    ),
]

# --- noise --------------------------------------------------------------------------------

HEADLINES = [
    "Quetta traders demand relief on electricity bills",
    "New suspension bridge links two villages in Ghizer",
    "Hockey trials held in Khuzdar for under-17 squad",
    "Rain delays wheat harvest in Jaffarabad",
    "Karakoram Highway section resurfaced near Passu",
    "Teachers in Panjgur receive overdue salaries",
    "Cold wave grips Ziarat as mercury falls",
    "Dental camp treats hundreds in Awaran",
    "Pomegranate growers in Loralai seek cold storage",
    "Reading room opens in Nagar valley with donated books",
    "Hub industrial zone announces job fair",
    "Shigar fort museum adds a craft gallery",
    "Doctors end strike at Sandeman hospital",
    "Chess championship begins in Skardu",
    "Anti-dengue spraying starts in Jhal Magsi",
    "Mobile courts fine flour hoarders in Sibi",
    "Apricot blossom festival planned in Hunza",
    "Bus overturns on N-25, four injured",
    "Youth assembly session held in Gilgit",
    "Kharan cricket ground gets floodlights",
    "Power outage hits Loralai for second day",
    "Ormara jetty extension nears completion",
]

UR_HEADLINES = [
    "کوئٹہ میں گیس پریشر میں کمی کے خلاف احتجاج",
    "سکردو میں برفباری کے بعد سڑکیں بند",
    "گوادر میں ماہی گیروں کی ہڑتال ختم",
    "ژوب میں نئے ڈسٹرکٹ اسپتال کا افتتاح",
    "ہنزہ میں خوبانی کی فصل اچھی ہونے کی توقع",
    "لورالائی میں سولر ٹیوب ویل کسانوں کے حوالے",
    "چمن میں تجارتی سرگرمیاں بحال",
]

NAMES = ["Bilal", "Sadia K.", "Jahanzeb", "Rukhsana", "Mir Hazar", "Tahira B.", "Wasim"]
COMMENTS = [
    "Finally some good news from our district.",
    "Who will maintain it after the ministers leave?",
    "My uncle works there, the staff are very dedicated.",
    "Same promises were made in 2019. Let us see.",
    "Please also cover the road to our village.",
    "Great reporting, keep it up.",
    "This should have happened ten years ago.",
]


class Ctx:
    """Per-page noise context: random source, whether to use telling class names, site."""

    def __init__(self, rng: random.Random, site: str, urdu: bool = False):
        self.rng, self.site, self.urdu = rng, site, urdu
        self.plain = False

    def cls(self, name: str) -> str:
        if not self.plain:
            return f' class="{name}"'
        if self.rng.random() < 0.5:
            return ""
        return f' class="{hashed(self.rng)}"'

    def pick(self, options):
        return self.rng.choice(options)

    def heads(self, n: int) -> list[str]:
        return self.rng.sample(UR_HEADLINES if self.urdu else HEADLINES, n)


def hashed(rng: random.Random) -> str:
    chars = "abcdefghjkmnpqrstuvwxyz0123456789"
    return rng.choice(["sc-", "css-", "x", "_"]) + "".join(rng.choice(chars) for _ in range(6))


def links(items: list[str], tag: str, rng: random.Random) -> str:
    return "".join(
        f'<{tag}><a href="/news/{rng.randrange(10000, 99999)}">{esc(h)}</a></{tag}>' for h in items
    )


def n_related(c: Ctx) -> Noise:
    label = c.pick(
        ["Related coverage", "More from this beat", "Earlier on this story", "Read next"]
    )
    items = c.heads(3)
    return Noise(
        f"<div{c.cls('related-posts')}><h4>{label}</h4><ul>{links(items, 'li', c.rng)}</ul></div>",
        [label, *items],
    )


def n_most_read(c: Ctx) -> Noise:
    label = c.pick(["Most viewed today", "Trending across Pakistan", "What readers are opening"])
    items = c.heads(4)
    return Noise(
        f"<section{c.cls('most-popular')}><h3>{label}</h3><ol>{links(items, 'li', c.rng)}</ol>"
        "</section>",
        [label, *items],
    )


def n_teaser(c: Ctx) -> Noise:
    label = c.pick(["Also read:", "See also \u2192", "Read more:", "Don't miss:"])
    h = c.heads(1)[0]
    return Noise(
        f"<p{c.cls('inline-related')}><strong>{esc(label)}</strong> "
        f'<a href="/s/{c.rng.randrange(999)}">{esc(h)}</a></p>',
        [label, h],
    )


def n_recommended(c: Ctx) -> Noise:
    label = c.pick(["Recommended for you", "Picked by our editors", "You might also want"])
    items = c.heads(3)
    cards = "".join(
        f'<div{c.cls("rec-card")}><a href="/r/{i}"><img src="/img/r{i}.jpg" alt="">'
        f"<span>{esc(h)}</span></a><small>{i + 3} min</small></div>"
        for i, h in enumerate(items)
    )
    return Noise(f"<div{c.cls('recommended')}><h2>{label}</h2>{cards}</div>", [label, *items])


def n_newsletter(c: Ctx) -> Noise:
    site = c.site
    text = c.pick(
        [
            f"Get {site}'s evening digest in your inbox, six days a week.",
            "The Frontier Brief: one email every weekday morning with the region's top news.",
            "Never miss a story from the mountains \u2014 join our free mailing list.",
        ]
    )
    btn = c.pick(["Sign me up", "Join free", "Count me in"])
    return Noise(
        f"<form{c.cls('newsletter-signup')}><p>{esc(text)}</p>"
        f'<input type="email" placeholder="Email address"><button>{btn}</button></form>',
        [text, btn],
    )


def n_share(c: Ctx) -> Noise:
    labels = c.rng.sample(
        [
            "Post on Facebook",
            "Send via WhatsApp",
            "Tweet this",
            "Copy article link",
            "Email a friend",
        ],
        3,
    )
    inner = " ".join(f'<a href="#" role="button">{x}</a>' for x in labels)
    return Noise(f"<div{c.cls('share-tools')}>{inner}</div>", labels)


def n_bio(c: Ctx) -> Noise:
    text = c.pick(
        [
            "Saira Lehri has covered Balochistan's coast and its fishing communities since 2019.",
            "Iftikhar Shigri writes about mountains, climate and tourism from Skardu.",
            "Daud Achakzai is our correspondent in the north of the province.",
        ]
    )
    extra = c.pick(["More by this writer", "All stories by this author", "View profile"])
    return Noise(
        f'<div{c.cls("author-bio")}><img src="/a.jpg" alt=""><p>{esc(text)}</p>'
        f'<a href="/author/x">{extra}</a></div>',
        [text, extra],
    )


def n_comments(c: Ctx) -> Noise:
    count = c.rng.randrange(2, 4)
    names = c.rng.sample(NAMES, count)
    texts = c.rng.sample(COMMENTS, count)
    heading = c.pick([f"Reader responses ({count})", f"{count} thoughts on this story"])
    prompt = c.pick(["Write your comment", "Add to the discussion", "Log in to respond"])
    items = "".join(
        f"<li><b>{esc(n)}</b> <time>{c.rng.randrange(1, 9)}h</time><p>{esc(t)}</p></li>"
        for n, t in zip(names, texts, strict=True)
    )
    return Noise(
        f"<div{c.cls('comments-area')}><h3>{heading}</h3><ul>{items}</ul>"
        f'<textarea placeholder="..."></textarea><button>{prompt}</button></div>',
        [heading, prompt, *texts],
    )


def n_disclaimer(c: Ctx) -> Noise:
    text = c.pick(
        [
            "Opinions posted below belong to their authors; we do not endorse them.",
            "Readers' remarks are moderated but not edited and do not reflect our views.",
        ]
    )
    return Noise(f"<p{c.cls('comment-policy')}><em>{esc(text)}</em></p>", [text])


def n_loading(c: Ctx) -> Noise:
    text = c.pick(
        ["Loading the discussion\u2026", "Fetching reader comments...", "Comments loading"]
    )
    return Noise(f'<div{c.cls("comments-loader")} aria-busy="true">{esc(text)}</div>', [text])


def n_credit(c: Ctx) -> Noise:
    text = c.pick(
        [
            "Photograph: Jamil Marri for the Herald",
            "Image: Nasir Baloch / File",
            "Picture by our staff photographer Ghulam Rasool",
        ]
    )
    return Noise(f"<span{c.cls('photo-credit')}>{esc(text)}</span>", [text])


def n_cookie(c: Ctx) -> Noise:
    text = c.pick(
        [
            "This site stores small files on your device to measure traffic and tailor ads.",
            "We and our partners use cookies to personalise what you see. Manage choices.",
        ]
    )
    btn = c.pick(["Accept and close", "OK, got it", "Allow all"])
    return Noise(
        f'<div{c.cls("cookie-consent")} role="dialog"><p>{esc(text)}</p>'
        f"<button>{btn}</button><button>Settings</button></div>",
        [text, btn],
    )


def n_donate(c: Ctx) -> Noise:
    text = c.pick(
        [
            "Local reporting costs money. Back our newsroom from Rs300 a month.",
            "No paywall, no billionaire owner \u2014 just readers. Become a supporter today.",
        ]
    )
    btn = c.pick(["Support us", "Give once", "Become a member"])
    return Noise(
        f'<div{c.cls("membership-ask")}><p>{esc(text)}</p><a href="/give">{btn}</a></div>',
        [text, btn],
    )


def n_app(c: Ctx) -> Noise:
    text = c.pick(
        [
            f"Breaking alerts are faster on the {c.site} app for Android and iPhone.",
            "Install our app to read offline when the signal drops.",
        ]
    )
    return Noise(f'<p{c.cls("app-promo")}><a href="/app">{esc(text)}</a></p>', [text])


def n_audio(c: Ctx) -> Noise:
    label = c.pick(["Listen to this story", "Hear this article", "Play audio version"])
    sub = c.pick(["Voiced by a synthetic narrator", "Audio is machine generated", "4 min listen"])
    return Noise(
        f'<div{c.cls("audio-player")}><button aria-label="play"></button><span>{label}</span>'
        f"<small>{sub}</small></div>",
        [label, sub],
    )


def n_corrections(c: Ctx) -> Noise:
    text = c.pick(
        [
            "Notice an error? Write to our standards editor.",
            "See something inaccurate in this report? Tell the desk.",
        ]
    )
    link = c.pick(["Our corrections policy", "How we correct mistakes"])
    return Noise(
        f'<div{c.cls("corrections-box")}><p>{esc(text)}</p><a href="/policy">{link}</a></div>',
        [text, link],
    )


def n_tags(c: Ctx) -> Noise:
    label = c.pick(["Filed under:", "Topics:", "Keywords:"])
    tags = " ".join(
        f'<a href="/tag/{t.lower()}">{t}</a>'
        for t in c.rng.sample(["Balochistan", "Gilgit-Baltistan", "Water", "Health", "Economy"], 3)
    )
    return Noise(f"<div{c.cls('post-tags')}><span>{label}</span> {tags}</div>", [label])


def n_advert(c: Ctx) -> Noise:
    text = c.pick(
        [
            "Advertisement \u00b7 Scroll to keep reading",
            "Sponsored message",
            "Ad \u2014 story resumes below",
        ]
    )
    return Noise(
        f'<div{c.cls("ad-slot")}><small>{esc(text)}</small><div style="min-height:250px"></div></div>',
        [text],
    )


def n_live(c: Ctx) -> Noise:
    a = c.pick(["Auto-refresh is on", "Live feed paused"])
    b = c.pick(["Jump to newest", "Show latest first"])
    return Noise(f"<div{c.cls('liveblog-bar')}><span>{a}</span> <button>{b}</button></div>", [a, b])


def n_follow(c: Ctx) -> Noise:
    text = c.pick(
        [
            f"Add {c.site} as a preferred source on Google.",
            "Get our headlines on Telegram \u2014 tap to join.",
            "Find us on Instagram for pictures from the valleys.",
        ]
    )
    return Noise(f'<p{c.cls("social-follow")}><a href="/f">{esc(text)}</a></p>', [text])


def n_toolbar(c: Ctx) -> Noise:
    labels = c.rng.sample(["Print", "Save for later", "Text size", "Gift this article"], 3)
    inner = "".join(f"<button>{x}</button>" for x in labels)
    return Noise(f"<div{c.cls('article-toolbar')}>{inner}</div>", labels)


def n_paywall(c: Ctx) -> Noise:
    text = c.pick(
        [
            "You have two free stories left this month.",
            "Already a subscriber? Sign in to continue.",
        ]
    )
    return Noise(f"<div{c.cls('meter-banner')}><p>{esc(text)}</p></div>", [text])


def n_push(c: Ctx) -> Noise:
    text = c.pick(["Turn on notifications for breaking news?", "Allow alerts from this site?"])
    return Noise(
        f"<div{c.cls('push-prompt')}><p>{esc(text)}</p><button>Not now</button></div>", [text]
    )


def n_podcast(c: Ctx) -> Noise:
    text = c.pick(
        [
            "On our podcast this week: the long road to Gwadar's water supply.",
            "New episode of Valley Voices is out now \u2014 stream it free.",
        ]
    )
    return Noise(f'<div{c.cls("podcast-promo")}><a href="/pod">{esc(text)}</a></div>', [text])


def n_poll(c: Ctx) -> Noise:
    q = c.pick(
        [
            "Quick poll: should winter school holidays be longer?",
            "Your view: is the provincial budget fair to rural districts?",
        ]
    )
    return Noise(
        f"<div{c.cls('poll-widget')}><p>{esc(q)}</p><label><input type=radio> Yes</label>"
        "<label><input type=radio> No</label><button>Cast vote</button></div>",
        [q, "Cast vote"],
    )


def ur_teaser(c: Ctx) -> Noise:
    label = c.pick(["یہ خبر بھی پڑھیں:", "مزید پڑھیے:"])
    h = c.heads(1)[0]
    return Noise(f'<p{c.cls("ur-related")}><b>{label}</b> <a href="/ur/1">{h}</a></p>', [label, h])


def ur_list(c: Ctx) -> Noise:
    label = c.pick(["مقبول ترین خبریں", "متعلقہ خبریں"])
    items = c.heads(3)
    return Noise(
        f"<div{c.cls('ur-popular')}><h3>{label}</h3><ul>{links(items, 'li', c.rng)}</ul></div>",
        [label, *items],
    )


def ur_share(c: Ctx) -> Noise:
    labels = ["فیس بک پر شیئر کریں", "واٹس ایپ پر بھیجیں"]
    return Noise(
        f"<div{c.cls('ur-share')}>" + "".join(f'<a href="#">{x}</a> ' for x in labels) + "</div>",
        labels,
    )


def ur_comments(c: Ctx) -> Noise:
    t1 = "بہت اچھی خبر ہے، اللہ کرے کام جلد مکمل ہو۔"
    t2 = "ہمارے علاقے پر بھی توجہ دی جائے۔"
    return Noise(
        f"<div{c.cls('ur-comments')}><h4>قارئین کی آراء</h4><p>{t1}</p><p>{t2}</p>"
        "<p>ادارے کا قارئین کی رائے سے متفق ہونا ضروری نہیں۔</p></div>",
        ["قارئین کی آراء", t1, t2, "ادارے کا قارئین کی رائے سے متفق ہونا ضروری نہیں"],
    )


def ur_app(c: Ctx) -> Noise:
    text = c.pick(
        ["تازہ ترین خبروں کے لیے ہماری ایپ انسٹال کریں", "ہمارا واٹس ایپ چینل جوائن کیجیے"]
    )
    return Noise(f"<p{c.cls('ur-app')}><a href='/app'>{text}</a></p>", [text])


def ur_ad(c: Ctx) -> Noise:
    return Noise(f"<div{c.cls('ur-ad')}><small>اشتہار</small><div></div></div>", ["اشتہار"])


INSIDE = [
    n_credit,
    n_related,
    n_teaser,
    n_recommended,
    n_newsletter,
    n_share,
    n_advert,
    n_audio,
    n_follow,
    n_app,
    n_paywall,
    n_podcast,
    n_poll,
    n_donate,
    n_most_read,
    n_toolbar,
]
AFTER = [
    n_bio,
    n_comments,
    n_disclaimer,
    n_loading,
    n_corrections,
    n_tags,
    n_share,
    n_newsletter,
    n_donate,
    n_related,
]
OUTSIDE = [n_most_read, n_recommended, n_cookie, n_push, n_live, n_comments, n_app]
UR_INSIDE = [ur_teaser, ur_ad, ur_app, ur_list]
UR_AFTER = [ur_share, ur_comments]

# --- chrome -------------------------------------------------------------------------------

SECTIONS = [
    "Home",
    "Balochistan",
    "Gilgit-Baltistan",
    "Khyber Pakhtunkhwa",
    "Azad Kashmir",
    "Sindh",
    "Business",
    "Sport",
    "Opinion",
    "Climate",
    "Education",
    "Health",
]
CITIES = [
    "Quetta",
    "Gwadar",
    "Turbat",
    "Khuzdar",
    "Zhob",
    "Sibi",
    "Loralai",
    "Gilgit",
    "Skardu",
    "Hunza",
    "Ghizer",
    "Astore",
    "Chitral",
    "Muzaffarabad",
]
UR_CITIES = ["کوئٹہ", "گوادر", "تربت", "خضدار", "ژوب", "گلگت", "سکردو", "ہنزہ", "غذر", "چترال"]
UR_SECTIONS = ["صفحہ اول", "بلوچستان", "گلگت بلتستان", "کھیل", "کاروبار", "کالم", "صحت", "تعلیم"]


def css(rng: random.Random, n: int = 150) -> str:
    props = [
        "margin:0 auto",
        "padding:12px 16px",
        "display:flex",
        "font-size:15px",
        "line-height:1.6",
        "color:#1a1a1a",
        "border-bottom:1px solid #e5e5e5",
        "max-width:1180px",
        "grid-template-columns:2fr 1fr",
        "text-transform:uppercase",
        "letter-spacing:.04em",
        "background:#f7f5f0",
    ]
    out = []
    for _ in range(n):
        sel = "." + hashed(rng).lstrip("_")
        out.append(sel + "{" + ";".join(rng.sample(props, 4)) + "}")
    return "".join(out)


def scripts(rng: random.Random, site: str) -> str:
    slots = ",".join(
        f'{{"id":"div-gpt-{i}","path":"/2190{rng.randrange(1000, 9999)}/{site[:4].lower()}/'
        f'article/{i}","sizes":[[300,250],[728,90]],"lazy":{str(i > 1).lower()}}}'
        for i in range(14)
    )
    flags = ",".join(f'"exp_{hashed(rng)}":{rng.randrange(2)}' for _ in range(40))
    return (
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        f"gtag('js',new Date());gtag('config','G-{rng.randrange(10**9)}');</script>"
        f'<script>window.__ADS__={{"slots":[{slots}]}};window.__FLAGS__={{{flags}}};</script>'
        '<script async src="https://securepubads.example/tag/js/gpt.js"></script>'
        "<script>(function(){var s=document.createElement('script');s.src='/static/vendor."
        f"{hashed(rng)}.js';s.defer=true;document.head.appendChild(s);}})();"
        + "var _q=_q||[];" * 40
        + "</script>"
    )


def head(s: Story, url: str, site: str, rng: random.Random, extra: str = "") -> str:
    desc = s.lines()[0][:150]
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": s.date,
            "author": {"@type": "Person", "name": s.author},
            "publisher": {"@type": "Organization", "name": site},
            "mainEntityOfPage": url,
        },
        ensure_ascii=False,
    )
    return (
        f'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        f"<title>{esc(s.title)} | {esc(site)}</title>"
        f'<meta name="description" content="{esc(desc)}">'
        f'<link rel="canonical" href="{url}"><meta property="og:url" content="{url}">'
        f'<meta property="og:title" content="{esc(s.title)}">'
        f'<meta property="og:site_name" content="{esc(site)}">'
        f'<meta property="article:published_time" content="{s.date}">'
        f'<meta name="twitter:card" content="summary_large_image">{extra}'
        f'<script type="application/ld+json">{ld}</script>'
        f"<style>{css(rng)}</style>{scripts(rng, site)}</head>"
    )


def sprite(rng: random.Random) -> str:
    def path() -> str:
        return "M" + " ".join(f"{rng.randrange(24)}.{rng.randrange(10)}" for _ in range(28)) + "z"

    icons = ["facebook", "x", "whatsapp", "search", "menu", "close", "mail", "rss", "play"]
    symbols = "".join(
        f'<symbol id="i-{n}" viewBox="0 0 24 24"><path d="{path()}"/><path d="{path()}"/></symbol>'
        for n in icons * 2
    )
    return f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none">{symbols}</svg>'


def nav(site: str, rng: random.Random, urdu: bool = False) -> str:
    secs = UR_SECTIONS if urdu else SECTIONS
    mega = "".join(
        f'<li class="menu-item"><a href="/{i}/">{esc(sec)}</a><ul class="sub-menu">'
        + "".join(
            f'<li><a href="/{i}/{j}/">{esc(c)}</a></li>'
            for j, c in enumerate(rng.sample(UR_CITIES if urdu else CITIES, 10))
        )
        + "</ul></li>"
        for i, sec in enumerate(secs)
    )
    top = "".join(f'<a href="/p/{x.lower()}">{x}</a> ' for x in ["About", "Contact", "Careers"])
    if urdu:
        top = '<a href="/p/about">ہمارے بارے میں</a> <a href="/p/contact">رابطہ</a>'
    wx = "کوئٹہ 14\u00b0" if urdu else "Quetta 14\u00b0C"
    return (
        f'{sprite(rng)}<header id="masthead"><div class="topbar">{top}<span class="wx">{wx}</span>'
        f'</div><a class="logo" href="/">{esc(site)}</a>'
        f'<nav class="main-navigation"><ul class="menu">{mega}</ul></nav>'
        f'<form class="search"><input type="search" name="q"></form></header>'
    )


def footer(site: str, rng: random.Random, urdu: bool = False) -> str:
    secs = UR_SECTIONS if urdu else SECTIONS
    cols = "".join(
        f'<div class="fcol"><h5>{esc(sec)}</h5><ul>'
        + "".join(
            f'<li><a href="/{k}/{j}">{esc(c)}</a></li>'
            for j, c in enumerate(UR_CITIES if urdu else CITIES)
        )
        + "</ul></div>"
        for k, sec in enumerate(secs)
    )
    legal = (
        "جملہ حقوق محفوظ ہیں"
        if urdu
        else "All rights reserved. Reproduction without written permission is prohibited."
    )
    return (
        f'<footer class="site-footer"><div class="fgrid">{cols}</div>'
        f"<p>\u00a9 2026 {esc(site)}. {legal}</p>"
        '<p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>'
        f"<script>{'window._mt=(window._mt||0)+1;' * 60}</script>"
    )


# --- body rendering -----------------------------------------------------------------------


@dataclass
class Style:
    p: str = "<p>{}</p>"
    h: str = "<h2>{}</h2>"
    q: str = "<blockquote><p>{}</p></blockquote>"
    ul: str = "<ul>{}</ul>"
    ol: str = "<ol>{}</ol>"
    li: str = "<li>{}</li>"
    table: str = "<table>{}</table>"
    dl: str = "<strong>{}</strong> "  # dateline


def render_units(s: Story, inside: dict[int, list[Noise]], st: Style, fig: str = "") -> str:
    out = [n.html for n in inside.get(-1, [])]
    first_p = True
    for i, (kind, val) in enumerate(s.units):
        if kind == "p":
            text = esc(val)
            if first_p and s.dateline:
                text = st.dl.format(esc(s.dateline)) + text
            first_p = False
            out.append(st.p.format(text))
        elif kind == "h":
            out.append(st.h.format(esc(val)))
        elif kind == "q":
            out.append(st.q.format(esc(val)))
        elif kind in ("ul", "ol"):
            items = "".join(st.li.format(esc(x)) for x in val)
            out.append((st.ul if kind == "ul" else st.ol).format(items))
        else:
            head_row = "<tr>" + "".join(f"<th>{esc(x)}</th>" for x in val[0]) + "</tr>"
            rows = "".join(
                "<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in val[1:]
            )
            out.append(st.table.format(f"<thead>{head_row}</thead><tbody>{rows}</tbody>"))
        if i == 0 and fig:
            out.append(fig)
        out.extend(n.html for n in inside.get(i, []))
    out.extend(st.p.format(esc(t)) for t in s.tail)
    out.extend(n.html for n in inside.get(len(s.units), []))
    return "\n".join(out)


def figure(s: Story, fmt: str = "") -> str:
    if not s.caption:
        return ""
    fmt = fmt or '<figure><img src="/img/lead.jpg" alt=""><figcaption>{}</figcaption></figure>'
    return fmt.format(esc(s.caption))


def human_date(s: Story) -> str:
    y, m, d = s.date[:10].split("-")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{int(d)} {months[int(m) - 1]} {y}, {s.date[11:16]} PKT"


def by(s: Story) -> str:
    return esc(s.author if s.lang == "ur" or s.author.isupper() else "By " + s.author)


def outside_html(outside: list[Noise]) -> str:
    return "".join(n.html for n in outside)


# --- layouts ------------------------------------------------------------------------------


def wp_classic(s, url, site, rng, inside, outside):
    body = render_units(s, inside, Style(), figure(s, WP_FIG))
    return (
        f'<!DOCTYPE html><html lang="en-US">{head(s, url, site, rng)}'
        f'<body class="post-template-default single single-post postid-{rng.randrange(9999)}">'
        f'<div id="page" class="site">{nav(site, rng)}<div id="content" class="site-content">'
        f'<div id="primary" class="content-area"><main id="main" class="site-main">'
        f'<article class="post type-post status-publish format-standard hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{esc(s.title)}</h1>'
        f'<div class="entry-meta"><span class="byline"><span class="author vcard">{by(s)}'
        f'</span></span> <time class="entry-date">{human_date(s)}</time></div></header>'
        f'<div class="entry-content">{body}</div></article></main></div>'
        f'<aside id="secondary" class="widget-area">{outside_html(outside)}</aside></div>'
        f"{footer(site, rng)}</div></body></html>"
    )


WP_FIG = (
    '<figure class="wp-caption aligncenter"><img src="/wp-content/uploads/2026/lead.jpg" alt="">'
    '<figcaption class="wp-caption-text">{}</figcaption></figure>'
)


def wp_block(s, url, site, rng, inside, outside):
    st = Style(
        p="<p>{}</p>",
        h='<h2 class="wp-block-heading">{}</h2>',
        q='<blockquote class="wp-block-quote"><p>{}</p></blockquote>',
        ul='<ul class="wp-block-list">{}</ul>',
        ol='<ol class="wp-block-list">{}</ol>',
        table='<figure class="wp-block-table"><table>{}</table></figure>',
    )
    fig = figure(
        s,
        '<figure class="wp-block-image size-large"><img src="/l.jpg" alt="">'
        '<figcaption class="wp-element-caption">{}</figcaption></figure>',
    )
    body = render_units(s, inside, st, fig)
    return (
        f'<!DOCTYPE html><html lang="en-GB">{head(s, url, site, rng)}<body class="wp-site-blocks">'
        f'{nav(site, rng)}<main class="wp-block-group"><h1 class="wp-block-post-title">'
        f'{esc(s.title)}</h1><div class="wp-block-post-author__name">{by(s)}</div>'
        f'<div class="wp-block-post-date"><time>{human_date(s)}</time></div>'
        f'<div class="entry-content wp-block-post-content is-layout-flow">{body}</div>'
        f'<div class="wp-block-group">{outside_html(outside)}</div></main>'
        f"{footer(site, rng)}</body></html>"
    )


def newspack(s, url, site, rng, inside, outside):
    body = render_units(s, inside, Style(h='<h3 class="wp-block-heading">{}</h3>'), figure(s))
    return (
        f'<!DOCTYPE html><html lang="en-US">{head(s, url, site, rng)}'
        f'<body class="single newspack-single h-sb">{nav(site, rng)}'
        f'<div id="content" class="site-content"><div class="main-content">'
        f'<header class="entry-header"><span class="cat-links"><a href="/c/b">Balochistan</a>'
        f'</span><h1 class="entry-title">{esc(s.title)}</h1><div class="entry-subhead">'
        f'<span class="author-name">{by(s)}</span><span class="posted-on">{human_date(s)}'
        f'</span></div></header><div class="entry-content">{body}</div></div>'
        f'<aside class="widget-area">{outside_html(outside)}</aside></div>'
        f"{footer(site, rng)}</body></html>"
    )


def drupal(s, url, site, rng, inside, outside):
    body = render_units(s, inside, Style(), figure(s))
    return (
        f'<!DOCTYPE html><html lang="en" dir="ltr">{head(s, url, site, rng)}'
        f'<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas">'
        f'{nav(site, rng)}<main role="main"><div class="region region-content">'
        f'<article role="article" class="node node--type-article node--view-mode-full">'
        f'<h1 class="page-title"><span class="field field--name-title">{esc(s.title)}</span></h1>'
        f'<div class="node__meta"><span class="field--name-uid">{by(s)}</span> '
        f"<span>{human_date(s)}</span></div>"
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary'
        f' field--label-hidden field__item">{body}</div></article></div>'
        f'<div class="region region-sidebar-second">{outside_html(outside)}</div></main>'
        f"{footer(site, rng)}</div></body></html>"
    )


def joomla(s, url, site, rng, inside, outside):
    body = render_units(s, inside, Style(), figure(s))
    return (
        f'<!DOCTYPE html><html lang="en-gb">{head(s, url, site, rng)}<body class="site com_content'
        f' view-article">{nav(site, rng)}<div class="container-component">'
        f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
        f'<div class="page-header"><h2 itemprop="headline">{esc(s.title)}</h2></div>'
        f'<dl class="article-info"><dd class="createdby" itemprop="author">{by(s)}</dd>'
        f'<dd class="published">{human_date(s)}</dd></dl>'
        f'<div itemprop="articleBody" class="com-content-article__body">{body}</div></div>'
        f'<div class="moduletable">{outside_html(outside)}</div></div>'
        f"{footer(site, rng)}</body></html>"
    )


def ghost(s, url, site, rng, inside, outside):
    fig = figure(
        s,
        '<figure class="kg-card kg-image-card kg-card-hascaption"><img class="kg-image" '
        'src="/content/images/lead.jpg" alt=""><figcaption>{}</figcaption></figure>',
    )
    body = render_units(s, inside, Style(), fig)
    return (
        f'<!DOCTYPE html><html lang="en">{head(s, url, site, rng)}<body class="post-template">'
        f'<div class="gh-site">{nav(site, rng)}<main id="gh-main" class="gh-main">'
        f'<article class="gh-article post"><header class="gh-article-header gh-canvas">'
        f'<h1 class="gh-article-title">{esc(s.title)}</h1><div class="gh-article-meta">'
        f'<span class="gh-article-author-name">{by(s)}</span> <time>{human_date(s)}</time>'
        f'</div></header><section class="gh-content gh-canvas">{body}</section></article>'
        f"{outside_html(outside)}</main>{footer(site, rng)}</div></body></html>"
    )


def blogger(s, url, site, rng, inside, outside):
    st = Style(p="{}<br /><br />", h="<b>{}</b><br /><br />", q="<i>{}</i><br /><br />")
    body = render_units(s, inside, st, figure(s, BLOGGER_FIG))
    return (
        f"<!DOCTYPE html><html dir='ltr' lang='en'>{head(s, url, site, rng)}"
        f"<body class='variant-indie'>{nav(site, rng)}<div class='main-outer'>"
        f"<div class='date-outer'><h2 class='date-header'><span>{human_date(s)}</span></h2>"
        f"<div class='post-outer'><div class='post hentry uncustomized-post-template'>"
        f"<h3 class='post-title entry-title'>{esc(s.title)}</h3>"
        f"<div class='post-body entry-content float-container' id='post-body-{rng.randrange(10**9)}'>"
        f"{body}</div><div class='post-footer'><span class='post-author vcard'>Posted by "
        f"<span class='fn'>{esc(s.author)}</span></span></div></div></div></div>"
        f"<div class='sidebar'>{outside_html(outside)}</div></div>{footer(site, rng)}</body></html>"
    )


BLOGGER_FIG = (
    '<table class="tr-caption-container" align="center"><tr><td><img src="/b.jpg"></td></tr>'
    '<tr><td class="tr-caption">{}</td></tr></table>'
)


def medium_like(s, url, site, rng, inside, outside):
    k = hashed(rng)
    st = Style(
        p=f'<p class="pw-post-body-paragraph {k}">{{}}</p>',
        h=f'<h2 class="pw-post-body-paragraph {k}"><strong>{{}}</strong></h2>',
        q=f'<blockquote class="{hashed(rng)}"><p>{{}}</p></blockquote>',
    )
    body = render_units(s, inside, st, figure(s))
    return (
        f'<!DOCTYPE html><html lang="en">{head(s, url, site, rng)}<body><div id="root">'
        f'{nav(site, rng)}<article><div class="{hashed(rng)}"><section>'
        f'<h1 data-testid="storyTitle" class="pw-post-title">{esc(s.title)}</h1>'
        f'<div class="{hashed(rng)}"><a rel="noopener" data-testid="authorName" href="/@x">'
        f'{esc(s.author)}</a> <span data-testid="storyPublishDate">{human_date(s)}</span></div>'
        f"{body}</section></div></article>{outside_html(outside)}{footer(site, rng)}"
        f"</div></body></html>"
    )


def substack_like(s, url, site, rng, inside, outside):
    body = render_units(s, inside, Style(h='<h3 class="header-anchor-post">{}</h3>'), figure(s))
    return (
        f'<!DOCTYPE html><html lang="en">{head(s, url, site, rng)}<body><div id="entry">'
        f'{nav(site, rng)}<div class="main-menu-content"><article class="typography newsletter-post'
        f' post"><div class="post-header"><h1 class="post-title published">{esc(s.title)}</h1>'
        f'<div class="post-meta"><div class="profile-hover-card-target">{esc(s.author)}</div>'
        f"<div>{human_date(s)}</div></div></div>"
        f'<div class="available-content"><div dir="auto" class="body markup">{body}</div></div>'
        f"</article>{outside_html(outside)}</div>{footer(site, rng)}</div></body></html>"
    )


def arc_react(s, url, site, rng, inside, outside):
    pc = hashed(rng)
    st = Style(
        p=f'<p class="{pc} {hashed(rng)}" data-type="text">{{}}</p>',
        h=f'<h2 class="{hashed(rng)}" data-type="header">{{}}</h2>',
        ul=f'<ul class="{hashed(rng)}" data-type="list">{{}}</ul>',
        ol=f'<ol class="{hashed(rng)}" data-type="list">{{}}</ol>',
        dl=f'<span class="{hashed(rng)}">{{}}</span> ',
    )
    body = render_units(s, inside, st, figure(s))
    state = json.dumps({"globalContent": {"headline": s.title, "id": hashed(rng)}})
    return (
        f'<!DOCTYPE html><html lang="en">{head(s, url, site, rng)}<body><div id="fusion-app">'
        f'{nav(site, rng)}<div class="{hashed(rng)}"><div class="{hashed(rng)}">'
        f'<h1 class="{hashed(rng)}" data-testid="headline">{esc(s.title)}</h1>'
        f'<div class="{hashed(rng)}"><span>{by(s)}</span></div><div class="{hashed(rng)}">'
        f'<time datetime="{s.date}">{human_date(s)}</time></div>'
        f'<article class="{hashed(rng)}">{body}</article></div>'
        f'<div class="{hashed(rng)}">{outside_html(outside)}</div></div></div>'
        f"<script>Fusion.globalContent={state};</script>{footer(site, rng)}</body></html>"
    )


def next_tailwind(s, url, site, rng, inside, outside):
    st = Style(
        p='<p class="mb-5 text-[17px] leading-8 text-neutral-800">{}</p>',
        h='<h2 class="mt-8 mb-3 text-2xl font-semibold">{}</h2>',
        ul='<ul class="list-disc pl-6 mb-5 space-y-1">{}</ul>',
        ol='<ol class="list-decimal pl-6 mb-5 space-y-1">{}</ol>',
        table='<div class="overflow-x-auto"><table class="min-w-full text-sm">{}</table></div>',
        q='<blockquote class="border-l-4 pl-4 italic my-6"><p>{}</p></blockquote>',
    )
    body = render_units(s, inside, st, figure(s))
    nd = json.dumps({"props": {"pageProps": {"slug": s.slug, "title": s.title}}, "page": "/[s]"})
    return (
        f'<!DOCTYPE html><html lang="en">{head(s, url, site, rng)}<body class="antialiased">'
        f'<div id="__next">{nav(site, rng)}<main class="mx-auto max-w-3xl px-4 py-10">'
        f'<h1 class="text-4xl font-bold tracking-tight">{esc(s.title)}</h1>'
        f'<div class="mt-2 flex gap-2 text-sm text-neutral-500"><span>{by(s)}</span>'
        f"<span>{human_date(s)}</span></div>"
        f'<div class="prose prose-neutral mt-8">{body}</div>'
        f'<div class="mt-12 border-t pt-8">{outside_html(outside)}</div></main>'
        f"{footer(site, rng)}</div>"
        f'<script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>'
    )


def amp(s, url, site, rng, inside, outside):
    fig = figure(
        s,
        '<figure><amp-img src="/l.jpg" width="1200" height="800" layout="responsive"></amp-img>'
        "<figcaption>{}</figcaption></figure>",
    )
    body = render_units(s, inside, Style(), fig)
    extra = (
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
        "</style>"
    )
    return (
        f'<!doctype html><html \u26a1 lang="en">{head(s, url, site, rng, extra)}<body>'
        f'<amp-sidebar id="sb" layout="nodisplay">{nav(site, rng)}</amp-sidebar>'
        f'<header class="amp-header"><a href="/">{esc(site)}</a></header><main><article>'
        f'<h1 class="amp-title">{esc(s.title)}</h1><p class="amp-byline">{by(s)} \u00b7 '
        f'{human_date(s)}</p><div class="amp-body">{body}</div></article>'
        f"{outside_html(outside)}</main>{footer(site, rng)}</body></html>"
    )


def table_layout(s, url, site, rng, inside, outside):
    st = Style(p="{}<br><br>", h="<b>{}</b><br><br>", q="{}<br><br>", dl="<b>{}</b> ")
    body = render_units(
        s, inside, st, figure(s, '<center><img src="/n.jpg"><br><i>{}</i></center>')
    )
    return (
        f"<html>{head(s, url, site, rng)}<body bgcolor=#ffffff topmargin=0>"
        f'<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">'
        f"<tr><td colspan=3>{nav(site, rng)}</td></tr><tr>"
        f'<td width="160" valign="top" bgcolor="#eeeeee">'
        + "".join(f'<a href="/c/{c}">{c}</a><br>' for c in CITIES)
        + f'</td><td width="560" valign="top"><font face="Verdana" size="4"><b>{esc(s.title)}'
        f'</b></font><br><font size="1" color="#666666">{by(s)} | {human_date(s)}</font><br><br>'
        f'<font face="Verdana" size="2">{body}</font></td>'
        f'<td width="260" valign="top">{outside_html(outside)}</td></tr>'
        f"<tr><td colspan=3>{footer(site, rng)}</td></tr></table></body></html>"
    )


def html5_plain(s, url, site, rng, inside, outside):
    body = render_units(s, inside, Style(), figure(s))
    return (
        f'<!DOCTYPE html><html lang="en">{head(s, url, site, rng)}<body>{nav(site, rng)}'
        f"<main><article><header><h1>{esc(s.title)}</h1><p><address>{by(s)}</address> "
        f'<time datetime="{s.date}">{human_date(s)}</time></p></header>{body}</article>'
        f"<div>{outside_html(outside)}</div></main>{footer(site, rng)}</body></html>"
    )


def microdata_divs(s, url, site, rng, inside, outside):
    st = Style(
        p="<div>{}</div>",
        h='<div class="sub"><b>{}</b></div>',
        q='<div class="pull">{}</div>',
        ul='<div class="lst">{}</div>',
        ol='<div class="lst">{}</div>',
        li="<div>{}</div>",
    )
    body = render_units(s, inside, st, figure(s))
    return (
        f'<!DOCTYPE html><html lang="en">{head(s, url, site, rng)}<body>{nav(site, rng)}'
        f'<div class="wrap" itemscope itemtype="https://schema.org/NewsArticle">'
        f'<h1 itemprop="headline">{esc(s.title)}</h1><div itemprop="author" itemscope '
        f'itemtype="https://schema.org/Person"><span itemprop="name">{esc(s.author)}</span></div>'
        f'<meta itemprop="datePublished" content="{s.date}"><div class="dt">{human_date(s)}</div>'
        f'<div itemprop="articleBody">{body}</div></div><div class="rail">'
        f"{outside_html(outside)}</div>{footer(site, rng)}</body></html>"
    )


def urdu_wp(s, url, site, rng, inside, outside):
    body = render_units(s, inside, Style(), figure(s))
    extra = '<link rel="stylesheet" href="https://fonts.example/css?family=Noto+Nastaliq+Urdu">'
    return (
        f'<!DOCTYPE html><html lang="ur" dir="rtl">{head(s, url, site, rng, extra)}'
        f'<body class="rtl single single-post">{nav(site, rng, True)}<div id="content">'
        f'<article class="post hentry"><h1 class="entry-title">{esc(s.title)}</h1>'
        f'<div class="entry-meta"><span class="author">{by(s)}</span></div>'
        f'<div class="entry-content" style="font-family:\'Noto Nastaliq Urdu\'">{body}</div>'
        f'</article><aside class="sidebar">{outside_html(outside)}</aside></div>'
        f"{footer(site, rng, True)}</body></html>"
    )


def urdu_portal(s, url, site, rng, inside, outside):
    st = Style(p='<div class="urdu-line">{}</div>', h="<h3>{}</h3>", dl="<span>{}</span> ")
    body = render_units(s, inside, st, figure(s))
    return (
        f'<!DOCTYPE html><html lang="ur" dir="rtl">{head(s, url, site, rng)}<body dir="rtl">'
        f'{nav(site, rng, True)}<div class="container"><div class="row"><div class="col-md-8">'
        f'<div class="news-box"><h1 class="urdu-title">{esc(s.title)}</h1>'
        f'<div class="reporter">{by(s)}</div><div class="detail">{body}</div></div></div>'
        f'<div class="col-md-4">{outside_html(outside)}</div></div></div>'
        f"{footer(site, rng, True)}</body></html>"
    )


EN_LAYOUTS = [
    wp_classic,
    wp_block,
    newspack,
    drupal,
    joomla,
    ghost,
    blogger,
    medium_like,
    substack_like,
    arc_react,
    next_tailwind,
    amp,
    table_layout,
    html5_plain,
    microdata_divs,
]
UR_LAYOUTS = [urdu_wp, urdu_portal]
SITES = [
    "Bolan Observer",
    "Karakoram Ledger",
    "Makran Coast Post",
    "Sulaiman Daily",
    "Frontier Gazette",
    "Indus Valley Wire",
    "Pamir Times Weekly",
    "Chagai Chronicle",
]
UR_SITES = ["روزنامہ بولان", "صدائے قراقرم"]

# --- validation ---------------------------------------------------------------------------

HIDDEN = re.compile(
    r"(?is)<head.*?</head>|<script.*?</script>|<style.*?</style>|<template.*?</template>"
)


BLOCK = re.compile(
    r"(?i)</?(?:p|div|li|ul|ol|h[1-6]|tr|table|thead|tbody|br|section|figure|figcaption"
    r"|blockquote|header|footer|article|main|aside|form|nav|center|dl|dd)\b[^>]*>"
)


def visible(page: str) -> str:
    text = HIDDEN.sub(" ", page)
    text = BLOCK.sub("\n", text)
    text = re.sub(r"(?i)</?t[dh]\b[^>]*>", " ", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    return re.sub(r" *\n[ \n]*", "\n", text)


def check(name: str, page: str, s: Story, noise: list[Noise]) -> None:
    text = visible(page)
    lines = s.lines()
    for line in lines:
        assert line in text, (name, "body line not visible", line)
    protected = [*lines, s.title, s.author, s.dateline or "", s.caption or "", *s.tail]
    for n in noise:
        for x in n.strings:
            assert x in text, (name, "noise not visible", x)
            for p in protected:
                assert x.casefold() not in p.casefold(), (name, "noise in protected", x, p)
    assert len(set(lines)) == len(lines), (name, "duplicate body line")


# --- main ---------------------------------------------------------------------------------


def build(s, layout, site, url, rng, noisy: bool):
    inside: dict[int, list[Noise]] = {}
    outside: list[Noise] = []
    blocks: list[Noise] = []
    plain_count = 0
    if noisy:
        c = Ctx(rng, site, s.lang == "ur")
        ins, aft, outs = (UR_INSIDE, UR_AFTER, UR_INSIDE) if c.urdu else (INSIDE, AFTER, OUTSIDE)
        k = len(s.units)
        slots = sorted(rng.sample(range(k - 1), min(3, k - 1)))
        kinds = rng.sample(ins, len(slots))
        for slot, f in zip(slots, kinds, strict=True):
            if s.units[slot][0] == "h":
                slot -= 1  # never between a subheading and what it heads
            c.plain = rng.random() < 0.45
            plain_count += c.plain
            nb = f(c)
            inside.setdefault(slot, []).append(nb)
            blocks.append(nb)
        for f in rng.sample([g for g in aft if g not in kinds], 2):
            c.plain = rng.random() < 0.45
            plain_count += c.plain
            nb = f(c)
            inside.setdefault(k, []).append(nb)
            blocks.append(nb)
        c.plain = rng.random() < 0.3
        plain_count += c.plain
        nb = rng.choice([g for g in outs if g not in kinds])(c)
        outside.append(nb)
        blocks.append(nb)
    page = layout(s, url, site, rng, inside, outside)
    return page, blocks, plain_count


def main() -> None:
    rng = random.Random(101010)
    jobs = []
    for n in range(21):
        s = NOISY[n % len(NOISY)]
        jobs.append((f"noisy-{n:02d}", s, EN_LAYOUTS[(n * 4) % len(EN_LAYOUTS)], True))
    for n in range(3):
        jobs.append((f"noisy-{21 + n:02d}", URDU_NOISY[n], UR_LAYOUTS[n % 2], True))
    for n in range(10):
        s = CLEAN[n % len(CLEAN)]
        jobs.append((f"clean-{n:02d}", s, EN_LAYOUTS[(n * 7 + 2) % len(EN_LAYOUTS)], False))
    for n in range(2):
        jobs.append((f"clean-{10 + n:02d}", URDU_CLEAN[n], UR_LAYOUTS[(n + 1) % 2], False))
    total_blocks = total_plain = 0
    out = []
    for i, (name, s, layout, noisy) in enumerate(jobs):
        site = (UR_SITES if s.lang == "ur" else SITES)[i % (2 if s.lang == "ur" else len(SITES))]
        domain = re.sub(r"[^a-z]", "", site.lower()) or f"urdu{i % 2}"
        url = f"https://{domain}.example/{'news' if noisy else 'story'}/{s.slug}-{i}"
        page, blocks, plain = build(s, layout, site, url, rng, noisy)
        check(name, page, s, blocks)
        total_blocks += len(blocks)
        total_plain += plain
        art = Article(s.slug, s.title, s.author, s.date, s.lines(), None, s.agency, s.place, s.lang)
        out.append((f"{name}-{layout.__name__}", url, page, art, blocks))
    assert total_plain * 3 >= total_blocks, (total_plain, total_blocks)
    for name, url, page, art, blocks in out:
        write_page(SPLIT, name, url, page, art, blocks)
    print(
        f"wrote {len(out)} pages; {total_plain}/{total_blocks} noise blocks without telling names"
    )


if __name__ == "__main__":
    main()
