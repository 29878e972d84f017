"""Write the eleventh held-out set to pages/heldout11/: written BLIND.

While writing this generator only three files were read: fixturekit.py, make_heldout.py
and make_heldout2.py. No extraction rule, config, test, result, page or other generator
was opened, and no extractor or scorer was run on these pages.

New in this set: 40 pages (30 noisy, 10 clean, 6 of them Urdu right-to-left) about
Pakistan's regions, in 17 layouts the example generators did not use: Drupal 10 with
the paragraphs module, Arc XP, Brightspot, WordPress with Elementor, WordPress with a
Jannah-like and a JNews-like theme, a Squarespace-like and a Wix-like page, Ghost 5
Casper, an AMP page, a Bootstrap 3 legacy portal, a liveblog with timestamped posts, a
photo story whose captions carry the text, a page that uses <article> for every
teaser, a page whose story paragraphs are <div>s without <p>, a Nuxt (Vue) page and an
Urdu Nastaliq news portal. Noise is worded afresh (related and most-viewed lists,
read-next teasers, see-also lines, newsletter, app, paywall and sign-in prompts, share
bars, author bios, comment threads, "Loading comments" placeholders, photo credits,
follow-us lines, donation appeals, cookie and consent notices, Urdu versions of these)
and sits outside the article, before the first paragraph, between paragraphs and
right after the last one; many noise blocks carry no class or id, or a hashed one.
The clean pages are full of body text that looks like noise: sentences about reading,
sharing, following, comments, apps, downloads, newsletters and photos, one-line
paragraphs, lists, tables, quotes and a Q&A interview.

Truth conventions follow fixturekit: the body is the story's own text; list items are
one line each and a table row is one line with its cells joined by spaces. A correction
or editor's note about the story itself is body (the newsroom publishes it as part of
the article), while a wire credit line is an Article.tail: shown, not in the truth and
not noise.

Run: python benchmarks/extraction/make_heldout11.py  (deterministic; seeded).
Every outlet, person and sentence here is invented.
"""

from __future__ import annotations

import json
import random
import re
from datetime import datetime

from fixturekit import Article, Noise, esc, paragraphs_html, write_page

SPLIT = "heldout11"
RICH: dict[str, list[tuple]] = {}


def flatten(blocks: list[tuple]) -> list[str]:
    """Truth lines of a rich body: one per paragraph, list item or table row."""
    lines: list[str] = []
    for kind, value in blocks:
        if kind in ("ul", "ol"):
            lines.extend(value)
        elif kind == "table":
            lines.extend(" ".join(row) for row in value)
        else:
            lines.append(value)
    return lines


def rich(slug: str, title: str, author: str, date: str, blocks: list[tuple], **kw) -> Article:
    RICH[slug] = blocks
    return Article(slug, title, author, date, flatten(blocks), **kw)


# --- articles with noise ------------------------------------------------------------

ARTICLES = [
    Article(
        "ziarat-juniper",
        "Watchtowers go up in Ziarat's juniper forest ahead of dry season",
        "Gul Muhammad Kakar",
        "2026-04-14T09:40:00+05:00",
        [
            "ZIARAT: The forest department has begun building six wooden watchtowers inside "
            "Ziarat's juniper forest, hoping to spot fires earlier during the hot, dry weeks "
            "before the monsoon.",
            "The forest, one of the largest of its kind, lost several hectares of old trees to "
            "a blaze two summers ago that burned for four days before villagers and soldiers "
            "put it out.",
            "Divisional forest officer Sadiq Achakzai said each tower would be staffed from May "
            "to August by two guards from nearby villages, who will carry radios and fire "
            "beaters.",
            "Residents welcomed the towers but said the department should also clear dry brush "
            "along the footpaths, where most fires begin after picnickers leave embers behind.",
            "The department plans to put up signs in Pashto and Urdu at the main picnic spots "
            "before the Eid holidays.",
        ],
        place="Ziarat",
    ),
    Article(
        "khunjerab-trade",
        "Khunjerab Pass opens early as traders rush spring cargo",
        "APP",
        "2026-04-01T11:20:00+05:00",
        [
            "GILGIT, April 1 (APP): The Khunjerab Pass on the Karakoram Highway opened for the "
            "trading season on Wednesday, two weeks earlier than last year, after snow "
            "clearance crews finished work on the upper stretch.",
            "The first convoy of about forty containers carrying textiles, solar panels and "
            "dried fruit crossed the border post at Sost by the afternoon, customs officials "
            "said.",
            "Traders in Gilgit said the early opening would help them restock shops before the "
            "tourist season, when demand for imported goods peaks.",
            "The pass will remain open until the end of November, weather permitting, officials "
            "said.",
        ],
        agency="APP",
        place="Gilgit",
    ),
    Article(
        "turbat-dates",
        "Kech date growers get their first packing house",
        "Shah Murad Baloch",
        "2026-08-21T16:05:00+05:00",
        [
            "TURBAT: Date growers in Kech district will be able to wash, grade and pack their "
            "fruit locally for the first time after a packing house opened on the outskirts of "
            "Turbat this week.",
            "Until now, most of the region's harvest was sold loose to middlemen who trucked it "
            "to Karachi, where it was sorted and packed before reaching shops and export "
            "buyers.",
            "The facility, built with a grant from a provincial agriculture fund, can handle "
            "about twenty tonnes of dates a day and has a small cold room for the softer "
            "varieties.",
            "Growers said they hoped to earn more by selling boxed dates under the name of the "
            "district, but some worried about the fees the packing house will charge.",
            "The managers said rates would be set after talks with the growers' association "
            "before the peak of the harvest in September.",
        ],
        place="Turbat",
    ),
    Article(
        "shigar-weavers",
        "Shigar weaving cooperative finds buyers online",
        "Farzana Ali Shigri",
        "2026-03-02T10:00:00+05:00",
        [
            "A cooperative of thirty women weavers in Shigar valley has begun selling woollen "
            "shawls and rugs to buyers in Lahore and Islamabad through a simple website and a "
            "courier service.",
            "The women spin yarn from the wool of local sheep and use dyes made from walnut "
            "husks, apricot leaves and madder root, following patterns handed down in their "
            "families.",
            "Their coordinator, Bilqees Bano, said the first winter of online orders had brought "
            "in more money than three years of selling at roadside stalls to passing tourists.",
            "The biggest problem, she said, was the courier, which collects parcels from the "
            "valley only twice a week and sometimes loses them on the road to Skardu.",
            "The cooperative is now training ten younger women and hopes to add embroidered "
            "caps to its range next season.",
        ],
    ),
    Article(
        "gwadar-desal",
        "Gwadar desalination plant reaches full output as summer nears",
        "Reuters",
        "2026-05-11T08:10:00+00:00",
        [
            "GWADAR, Pakistan (Reuters) - A seawater desalination plant in the port city of "
            "Gwadar reached its full output on Monday, officials said, easing a water shortage "
            "that has forced residents to rely on tankers for much of the past year.",
            "The plant can produce about five million gallons of drinking water a day, enough "
            "to meet most of the city's current needs, according to the development authority.",
            "Residents of the old town said water had started flowing through their taps more "
            "regularly, though some neighbourhoods at the edge of the city were still waiting "
            "for pipes to be laid.",
            "The authority said it would connect the remaining areas by the end of the year and "
            "install meters to reduce waste.",
        ],
        tail="(Reporting by Jalal Hoth; Editing by Saira Mengal)",
        agency="Reuters",
        place="Gwadar",
    ),
    Article(
        "chitral-leopard",
        "Camera traps record snow leopard cubs in Chitral national park",
        "AFP",
        "2026-01-09T13:30:00+05:00",
        [
            "CHITRAL, Jan 9 (AFP) — Camera traps in Chitral Gorge National Park have captured a "
            "female snow leopard with two cubs, wildlife officials said Friday, the first "
            "evidence of breeding in the park in nearly a decade.",
            "The images were taken in November on a ridge above a village where herders had "
            "reported losing goats to a large cat.",
            "Officials said they had started a compensation scheme for herders who lose "
            "livestock to predators, in the hope of preventing revenge killings.",
            "Local guides trained by the park will keep checking the cameras every month "
            "through the winter.",
        ],
        agency="AFP",
        place="Chitral",
    ),
    Article(
        "thar-solar",
        "Solar pumps ease water hauling in Tharparkar villages",
        "Bhagchand Meghwar",
        "2026-06-03T12:45:00+05:00",
        [
            "MITHI: Forty villages in Tharparkar have received solar-powered pumps for their "
            "deep wells, sparing women and children the long daily work of pulling water up by "
            "rope and camel.",
            "The pumps lift water from more than two hundred feet into concrete tanks, from "
            "where it is piped to taps in the village square and to troughs for cattle.",
            "Villagers said a committee in each village collects a small monthly fee to pay for "
            "spare parts, and two young men from each committee were trained to fix simple "
            "faults.",
            "District officials said the groundwater in some areas was too salty to drink and "
            "that small filtration units would be added next year.",
        ],
        place="Mithi",
    ),
    Article(
        "khuzdar-highway",
        "Work begins on dual carriageway near Khuzdar after years of delays",
        "Staff Reporter",
        "2026-03-03T19:00:00+05:00",
        [
            "KHUZDAR, March 3: Construction began on Tuesday on a sixty-kilometre dual "
            "carriageway section of the national highway near Khuzdar, a stretch where head-on "
            "collisions between buses and oil tankers have killed dozens of people in recent "
            "years.",
            "Drivers have long called the road one of the most dangerous in the country because "
            "of its narrow lanes and heavy goods traffic between Karachi and Quetta.",
            "The contractor said the section would be finished in two and a half years and that "
            "traffic would be diverted to one side while the other is rebuilt.",
            "Transporters asked for rest areas and ambulance points to be included in the design.",
            "Editor's note: This story was updated to correct the length of the section, which "
            "is sixty kilometres, not forty.",
        ],
        place="Khuzdar",
    ),
    Article(
        "deosai-bears",
        "Brown bear numbers rise on Deosai plateau, survey finds",
        "Xinhua",
        "2026-10-02T07:00:00+05:00",
        [
            "SKARDU, Oct. 2 (Xinhua) -- The number of Himalayan brown bears on the Deosai "
            "plateau in northern Pakistan has risen to about eighty, a wildlife survey released "
            "on Friday showed, up from fewer than twenty when the area became a national park.",
            "Surveyors counted bears using droppings, hair samples and sightings over three "
            "months of the summer, when the animals feed on grasses and marmots across the high "
            "plains.",
            "The park administration said the recovery was due to a ban on hunting and better "
            "patrols, but warned that growing numbers of jeeps during the tourist season were "
            "disturbing the animals.",
            "It plans to limit vehicles to marked tracks next summer.",
        ],
        agency="Xinhua",
        place="Skardu",
    ),
    Article(
        "zhob-olive",
        "Zhob olive growers press their first local oil",
        "Naseebullah Mandokhail",
        "2026-11-18T15:00:00+05:00",
        [
            "Olive growers in Zhob district pressed their first batch of oil at a locally built "
            "mill this month, the result of a decade-long effort to plant olive trees on "
            "hillsides once used only for grazing.",
            "The agriculture department handed out saplings to farmers from 2016 onwards, and "
            "many of the trees have only now begun to bear enough fruit to make pressing "
            "worthwhile.",
            "The mill's operator said the first pressing gave oil of good quality, but that "
            "farmers needed training in picking at the right time to avoid bruised fruit.",
            "Traders from Quetta have already offered to buy the oil, though growers said they "
            "would keep part of the harvest for their own kitchens.",
        ],
    ),
    Article(
        "nagar-cherry",
        "Nagar cherries reach Gulf markets by air for the first time",
        "ANI",
        "2026-06-12T14:10:00+05:30",
        [
            "Gilgit [Pakistan], June 12 (ANI): Cherries from the Nagar valley in "
            "Gilgit-Baltistan were flown to buyers in the Gulf for the first time this week, "
            "after growers and a cargo company agreed to use chilled containers on the flight "
            "from Islamabad.",
            "Growers in the valley have long struggled to sell their cherries beyond local "
            "markets because the fruit spoils quickly on the two-day road journey south.",
            "A growers' group said about three tonnes were sent in the first shipment and that "
            "more would follow if the buyers were satisfied with the quality.",
            "Officials said a cold store was being built at Gilgit airport to make such "
            "shipments easier next season.",
        ],
        agency="ANI",
        place="Gilgit",
    ),
    Article(
        "pasni-harbour",
        "Dredging to reopen silted fish harbour at Pasni",
        "Associated Press",
        "2026-08-05T10:25:00+05:00",
        [
            "QUETTA, Pakistan (AP) — Dredgers began clearing silt from the fish harbour at "
            "Pasni on Wednesday, officials said, after years in which fishing boats could enter "
            "the harbour only at high tide.",
            "The harbour was built in the late 1980s but filled with sand over the years, "
            "forcing many boats to unload their catch on the open beach.",
            "Fishermen said they lose much of their catch to the heat while they wait for the "
            "tide, and welcomed the work, which is expected to take eight months.",
            "The provincial fisheries minister said a breakwater would also be extended to stop "
            "the harbour silting up again.",
        ],
        agency="AP",
        place="Quetta",
    ),
    Article(
        "ghizer-trout",
        "Trout hatchery in Ghizer doubles output",
        "Sher Wali Ghizri",
        "2026-09-08T09:00:00+05:00",
        [
            "The government trout hatchery in Ghizer district has doubled its output of young "
            "fish this year, allowing it to restock lakes and streams that lost much of their "
            "stock in the floods of recent summers.",
            "Staff released about two hundred thousand fingerlings into Phander lake and nearby "
            "streams in August, when the water is coolest and the young fish are most likely to "
            "survive.",
            "The hatchery also sells fingerlings to private farmers, several of whom run small "
            "trout restaurants for tourists along the Gilgit-Shandur road.",
            "Anglers must buy a permit from the fisheries office in Gahkuch, and fishing is "
            "banned from October to March during the breeding season.",
        ],
    ),
    Article(
        "cholistan-pipeline",
        "Water pipeline reaches Cholistan desert settlements",
        "APP",
        "2026-02-14T17:30:00+05:00",
        [
            "BAHAWALPUR, Feb 14 (APP): A pipeline carrying canal water into the Cholistan desert "
            "reached twelve more settlements on Saturday, allowing herding families to stay near "
            "their homes instead of moving their animals in search of water.",
            "The pipeline feeds covered ponds known locally as tobas, which had until now "
            "depended on rain that in some years did not come at all.",
            "Herders said they had lost many animals in recent droughts and hoped the water "
            "would let them rebuild their flocks.",
            "The desert development authority said the pipeline would be extended further into "
            "the desert next year.",
        ],
        agency="APP",
        place="Bahawalpur",
    ),
    Article(
        "loralai-hostel",
        "Loralai campus opens hostel for women students",
        "Sumbal Tareen",
        "2026-09-28T13:15:00+05:00",
        [
            "LORALAI: The university campus in Loralai opened a hostel for women students on "
            "Monday, a step that staff say will allow young women from distant districts such "
            "as Musakhel and Barkhan to enrol.",
            "Until now, women students had to live with relatives in the town or travel daily "
            "over long distances, and many families would not allow their daughters to do "
            "either.",
            "The hostel has rooms for one hundred and twenty students, a small clinic and a "
            "study hall, and will be run by women wardens.",
            "Administrators said applications had already exceeded the number of rooms and "
            "that a second block was being planned.",
        ],
        place="Loralai",
    ),
    Article(
        "khaplu-telemedicine",
        "Telemedicine link brings specialists to Ghanche patients",
        "Sakina Hussain",
        "2026-12-07T11:00:00+05:00",
        [
            "The district hospital in Khaplu has started a telemedicine service that connects "
            "patients with doctors in Islamabad by video, cutting the need for long winter "
            "journeys on icy roads.",
            "Patients are examined by a nurse in Khaplu while a specialist watches on a screen "
            "and asks questions, and prescriptions are sent back within the hour.",
            "Doctors said heart and skin conditions were the most common reasons for "
            "consultations in the first month, followed by routine checks for pregnant women.",
            "The hospital said a weak internet connection sometimes cut calls short, and that "
            "it had asked the telecom company for a dedicated line.",
        ],
    ),
    Article(
        "babusar-live",
        "Live: Snowfall traps travellers near Babusar Top, rescue under way",
        "Kohsar Chronicle Desk",
        "2026-05-02T08:30:00+05:00",
        [
            "6:45 pm: The district administration says all stranded vehicles have now been "
            "moved below the snowline and the road will stay closed overnight.",
            "5:10 pm: Rescue teams have reached the last group of about thirty tourists at the "
            "top of the pass. Families with children are being taken down first in four-wheel "
            "drives.",
            "3:30 pm: Police in Chilas have asked drivers not to start the climb from the Kaghan "
            "side. Officials expect more snow before midnight.",
            "1:55 pm: A snow-clearing machine broke down about two kilometres below the top, "
            "slowing the effort to reopen one lane.",
            "11:20 am: Several hundred vehicles are reported stuck on both sides of the pass "
            "after an unusually late spring snowfall overnight.",
            "10:05 am: Good morning. We will bring you updates through the day on the situation "
            "at Babusar Top, where heavy snow fell overnight.",
        ],
    ),
    Article(
        "gwadar-night-catch",
        "In pictures: A night at sea with Gwadar's fishermen",
        "Yasir Dashti",
        "2026-11-03T07:30:00+05:00",
        [
            "The crew of the Al-Noor push off from the West Bay beach just after sunset. The "
            "boat carries nine men, ice, diesel and enough bread and tea for two nights.",
            "Nets are laid about twelve nautical miles out. Skipper Dad Karim says the catch "
            "has shrunk every year since large trawlers began working these waters.",
            "Around midnight the men take turns sleeping on the deck while two keep watch on "
            "the nets and the lights of other boats.",
            "By dawn the hold has tuna, mackerel and a few kingfish. A good night, the skipper "
            "says, though not as good as the nights he remembers from his youth.",
            "Back on the beach, buyers bid for the catch before the sun is high. Within an hour "
            "most of it is on ice in trucks bound for Karachi.",
        ],
    ),
    Article(
        "ur-quetta-dam",
        "کوئٹہ کے قریب نئے ڈیم پر کام تیز کرنے کا فیصلہ",
        "اے پی پی",
        "2026-04-09T12:00:00+05:00",
        [
            "کوئٹہ (اے پی پی) صوبائی حکومت نے شہر کے قریب زیر تعمیر ڈیم پر کام تیز کرنے کا "
            "فیصلہ کیا ہے تاکہ آئندہ برس گرمیوں سے پہلے اس میں پانی ذخیرہ کیا جا سکے۔",
            "محکمہ آبپاشی کے حکام نے بتایا کہ ڈیم مکمل ہونے کے بعد شہر کے کئی علاقوں میں زیر "
            "زمین پانی کی سطح بہتر ہونے کی توقع ہے۔",
            "شہریوں کا کہنا ہے کہ گرمیوں میں ٹینکر والے من مانی قیمتیں وصول کرتے ہیں اور غریب "
            "خاندانوں کے لیے پانی خریدنا مشکل ہو جاتا ہے۔",
            "حکام کے مطابق ڈیم کے اطراف درخت لگانے کی مہم بھی شروع کی جائے گی۔",
        ],
        agency="APP",
        place="کوئٹہ",
        lang="ur",
    ),
    Article(
        "ur-hunza-glacier",
        "ہنزہ میں گلیشیئر جھیل کی نگرانی کے لیے نیا نظام",
        "نمائندہ خصوصی",
        "2026-06-20T10:30:00+05:00",
        [
            "گلگت: ہنزہ کی ایک وادی میں گلیشیئر سے بننے والی جھیل کی نگرانی کے لیے خودکار آلات "
            "نصب کر دیے گئے ہیں جو پانی کی سطح بڑھنے پر نیچے کے دیہات کو خبردار کریں گے۔",
            "مقامی لوگوں نے بتایا کہ گزشتہ برسوں میں جھیل پھٹنے سے کئی مکانات، پل اور کھیت بہہ "
            "گئے تھے۔",
            "ڈیزاسٹر مینجمنٹ کے حکام کا کہنا ہے کہ دیہات میں رضاکاروں کو ابتدائی طبی امداد اور "
            "لوگوں کو محفوظ مقامات تک پہنچانے کی تربیت بھی دی گئی ہے۔",
            "حکام نے سیاحوں سے اپیل کی ہے کہ وہ گرمیوں میں جھیل کے قریب کیمپ نہ لگائیں۔",
        ],
        place="گلگت",
        lang="ur",
    ),
    Article(
        "ur-turbat-books",
        "تربت میں کتاب میلہ، نوجوانوں کی بڑی تعداد میں شرکت",
        "ثمینہ دشتی",
        "2026-02-25T18:20:00+05:00",
        [
            "تربت میں تین روزہ کتاب میلہ اختتام پذیر ہو گیا جس میں ملک بھر سے پچاس سے زائد "
            "ناشرین نے اپنے اسٹال لگائے۔",
            "منتظمین کے مطابق میلے میں بلوچی، اردو اور انگریزی زبان کی ہزاروں کتابیں فروخت ہوئیں "
            "اور سب سے زیادہ طلب بچوں کی کتابوں کی رہی۔",
            "میلے کے دوران مقامی شاعروں اور ادیبوں کے ساتھ نشستیں بھی ہوئیں جن میں طلبہ نے بڑی "
            "تعداد میں شرکت کی۔",
            "منتظمین نے اعلان کیا کہ آئندہ برس میلہ پانچ دن تک جاری رہے گا۔",
        ],
        lang="ur",
    ),
]

# --- clean articles: body text that looks like noise --------------------------------

CLEAN_ARTICLES = [
    rich(
        "gilgit-pupils-newsletter",
        "Gilgit pupils' handwritten newsletter reaches 900 homes",
        "Nadia Baig",
        "2026-10-19T09:00:00+05:00",
        [
            (
                "p",
                "GILGIT: Every second Friday, a dozen pupils at a girls' middle school in Gilgit "
                "sit down with pens, rulers and a borrowed photocopier to produce a newsletter "
                "that now reaches about nine hundred homes.",
            ),
            ("p", "It started as a class project."),
            (
                "p",
                "Now parents subscribe for fifty rupees a term, and shopkeepers in the bazaar "
                "ask for spare copies to share with customers.",
            ),
            (
                "p",
                "Each issue has four pages: school news, a short story, a page of local history "
                "and a section the girls call Ask the Elders, in which grandparents answer "
                "questions sent in by readers.",
            ),
            (
                "q",
                '"We read every letter, even the angry ones," said Sidra, 13, the editor. "If '
                'someone says we got a fact wrong, we print the correction on the front page."',
            ),
            (
                "p",
                "Their teacher, Shazia Karim, said the project had changed how the girls read "
                "the news.",
            ),
            (
                "p",
                "They have learned to check a claim before they share it, she said. That is a "
                "skill many adults do not have.",
            ),
            ("p", "Sign-up sheets for the next term are pinned outside the staffroom."),
            ("p", "Related projects have begun at two boys' schools in Danyore and Jutial."),
        ],
        place="Gilgit",
    ),
    rich(
        "quetta-leak-app",
        "'Anyone can report a leak': the engineer behind Quetta's water app",
        "Saadia Raisani",
        "2026-07-15T12:00:00+05:00",
        [
            (
                "p",
                "Quetta loses a large share of its piped water to leaks before it reaches homes. "
                "Engineer Tariq Mengal built a free phone app that lets residents report them "
                "with a photo and a location. He spoke to us about its first year.",
            ),
            ("b", "How does the app work?"),
            (
                "p",
                "You open it, take a photo of the leak and press send. The report goes straight "
                "to the duty officer in the nearest water zone, and you get a message when a "
                "repair crew has been assigned.",
            ),
            ("b", "How many people have downloaded it?"),
            (
                "p",
                "About fourteen thousand so far. Downloads jumped after an imam in Satellite "
                "Town told his congregation about it after Friday prayers.",
            ),
            ("b", "Do the repair crews actually follow up?"),
            (
                "p",
                "Mostly, yes. Each report has a public status, so people can see if it has been "
                "ignored. That is uncomfortable for some officials, and that is the point.",
            ),
            ("b", "What do users complain about?"),
            (
                "p",
                "They want to comment on each other's reports and to share them on social media. "
                "We will add both features in the next version.",
            ),
            ("b", "Is there a newsletter for people without smartphones?"),
            (
                "p",
                "There is a monthly printed sheet at the water office counters listing the "
                "leaks fixed in each area. We also read the list out on a local radio show.",
            ),
            ("b", "What would you tell someone thinking of building a similar app?"),
            (
                "p",
                "Start with the people who will fix the problem, not the people who will report "
                "it. An app that sends reports nobody reads is worse than no app.",
            ),
        ],
    ),
    rich(
        "balochistan-school-budget",
        "Where Balochistan's school building money is going this year",
        "Data Desk",
        "2026-06-30T18:00:00+05:00",
        [
            (
                "p",
                "The provincial government has set aside money to build or repair schools in "
                "every district this year. We went through the budget documents district by "
                "district. The five largest allocations are below.",
            ),
            (
                "table",
                [
                    ["District", "New schools", "Repaired schools", "Allocation (Rs million)"],
                    ["Kech", "24", "61", "1,150"],
                    ["Khuzdar", "19", "48", "930"],
                    ["Quetta", "11", "72", "880"],
                    ["Jhal Magsi", "15", "20", "610"],
                    ["Zhob", "12", "33", "575"],
                ],
            ),
            ("p", "Three things stand out."),
            (
                "ol",
                [
                    "Most new schools are primary schools, with only a handful of middle or high "
                    "schools in the plan.",
                    "Girls' schools make up just over a third of the new buildings.",
                    "Quetta receives the most money for repairs but very little for new buildings.",
                ],
            ),
            (
                "p",
                "Education officials said the remaining districts would receive smaller sums "
                "for boundary walls, toilets and solar panels.",
            ),
            (
                "p",
                "Readers can download the full list of schools from the education department's "
                "website and share it with their local councillors.",
            ),
            ("p", "We will follow up later in the year to check how many buildings are finished."),
            (
                "p",
                "Related: last year, fewer than half of the schools promised in the budget were "
                "completed on time, according to the department's own review.",
            ),
        ],
    ),
    rich(
        "karimabad-reading-list",
        "Karimabad library's winter reading list: what the valley is borrowing",
        "Zubaida Ali Hunzai",
        "2026-01-22T10:30:00+05:00",
        [
            (
                "p",
                "KARIMABAD: When snow closes the upper roads, the community library in "
                "Karimabad gets busier than at any other time of year. We asked the librarians "
                "what people read most last winter.",
            ),
            ("p", "Read more, they said, is the only rule of the winter club."),
            ("p", "Children who finish ten books get a badge."),
            ("p", "Adults who finish ten get tea with the librarian."),
            ("p", "The most borrowed titles were:"),
            (
                "ol",
                [
                    "A collection of Burushaski folk tales put together by a retired teacher "
                    "from Aliabad",
                    "An Urdu translation of a travel memoir about the old Silk Road",
                    "A beginners' guide to mobile phone repair",
                    "A picture book about a yak who wants to see the sea",
                ],
            ),
            (
                "p",
                "Librarian Farman Ali said the phone repair guide had a waiting list of more "
                "than forty people.",
            ),
            (
                "q",
                "\"People don't just read it, they share it around the family. One copy came "
                'back with notes in three different handwritings," he said.',
            ),
            (
                "p",
                "The library has no app and no website. To borrow a book, you walk in and write "
                "your name in the register.",
            ),
            ("p", "Follow-up visits by the district education office are planned for spring."),
        ],
        place="Karimabad",
    ),
    rich(
        "bannu-radio",
        "Bannu community radio stays on air with listeners' donations",
        "Irfanullah Marwat",
        "2026-05-27T14:40:00+05:00",
        [
            (
                "p",
                "BANNU: For eleven years, a small community radio station in Bannu has broadcast "
                "farming advice, health talks and Pashto music from a two-room office above a "
                "fertiliser shop.",
            ),
            ("p", "Its funding ran out last spring."),
            (
                "p",
                "Instead of going off air, the station asked listeners to donate. More than two "
                "thousand people did, most of them giving less than a hundred rupees.",
            ),
            (
                "q",
                '"Farmers came to the office with eggs and sacks of wheat. We had to explain '
                "that we can't pay the electricity bill with eggs,\" said station manager Rahim "
                "Dad Khan.",
            ),
            (
                "p",
                "The station now reads out the names of donors every Friday evening and pins "
                "its accounts on a notice board at the door.",
            ),
            (
                "p",
                "Listeners can also follow the station's programmes on a phone line that plays "
                "the day's broadcast on request.",
            ),
            (
                "p",
                "Subscribe, donate, share: the station's jingle now ends with those three words, "
                "recorded by a group of local schoolchildren.",
            ),
            (
                "p",
                "Correction: An earlier version of this article gave the wrong frequency for the "
                "station. It broadcasts on 101.6 FM.",
            ),
        ],
        place="Bannu",
    ),
    rich(
        "skardu-old-photos",
        "Old photographs of Baltistan go on show in Skardu",
        "Anjum Shigri",
        "2026-08-11T11:15:00+05:00",
        [
            (
                "p",
                "SKARDU: More than two hundred old photographs of Baltistan, many never seen in "
                "public before, went on show this week at a community hall in Skardu.",
            ),
            (
                "p",
                "Photo by photo, the exhibition traces a century of change: pony caravans on "
                "the old trade routes, the first jeeps to reach the valley, weddings, polo "
                "matches and floods.",
            ),
            ("p", "Most of the prints were lent by families."),
            (
                "p",
                "Organiser Mehdi Raza said he had spent three years visiting homes and asking "
                "people to open their trunks.",
            ),
            (
                "q",
                '"Every family has a box of pictures under a bed. Nobody thinks they matter '
                'until you put them on a wall," he said.',
            ),
            (
                "p",
                "Visitors are asked to write comments in a book at the exit, and many have added "
                "the names of people in the pictures.",
            ),
            (
                "p",
                "A volunteer team is scanning the prints so that families can download copies "
                "from a shared archive later this year.",
            ),
            (
                "p",
                "Photo credits go to the families, not the photographers, because in most cases "
                "nobody remembers who took the pictures.",
            ),
            ("p", "The exhibition runs until the end of the month."),
        ],
        place="Skardu",
    ),
    Article(
        "gb-council-live",
        "Live: Gilgit-Baltistan local council results",
        "Kohsar Chronicle Desk",
        "2026-11-29T16:00:00+05:00",
        [
            "9:40 pm: That is where we will end our live coverage for tonight. Final results for "
            "the last two councils are expected tomorrow morning.",
            "8:55 pm: Readers have sent us dozens of comments asking about turnout in Nagar. The "
            "election office puts it at 61 per cent, the highest in the region.",
            "7:30 pm: Independent candidate Rehana Karim has won the Danyore ward by 212 votes, "
            "the first woman elected to a general seat on that council.",
            "6:10 pm: Our reporter in Skardu says counting has finished at nine of the eleven "
            "polling stations. Officials there will post the full tally on the election office "
            "notice board.",
            "5:00 pm: Polls have closed across the region. Counting has started in the presence "
            "of candidates' agents.",
            "4:20 pm: Related to the turnout question many of you asked: polling stations in "
            "Hunza reported queues of women voters through the afternoon.",
            "3:15 pm: A reader in Astore shared a photo of voters crossing a footbridge to reach "
            "a polling station. Election staff said the bridge was repaired only last week.",
            "2:00 pm: Follow this page for results as they come in. Polling ends at 5 pm.",
        ],
    ),
    Article(
        "hunza-blossom",
        "In pictures: Blossom season in the Hunza valley",
        "Nadia Baig",
        "2026-04-06T07:00:00+05:00",
        [
            "Apricot trees flower across the terraces below Altit fort in early April, a week "
            "later than last year after a cold March.",
            "Visitors stop on the Karakoram Highway to photograph the orchards. Local guides say "
            "the blossom draws more domestic tourists each year.",
            "Schoolchildren walk home under the trees in Ganish. Teachers say it is the one week "
            "of the year when nobody is late for class.",
            "A farmer checks his trees for frost damage at dawn. A hard frost now, he says, "
            "could wipe out the summer's harvest.",
            "Photographers share a viewpoint above Karimabad at sunset. Many post their photos "
            "online the same evening, tagged with the name of the village.",
        ],
    ),
    rich(
        "ur-farm-app",
        "کسانوں کے لیے موبائل ایپ: ایک نوجوان ڈویلپر سے گفتگو",
        "ثمینہ دشتی",
        "2026-09-02T11:00:00+05:00",
        [
            (
                "p",
                "نصیر آباد سے تعلق رکھنے والے نوجوان سافٹ ویئر ڈویلپر عمران جمالی نے کسانوں کے "
                "لیے ایک موبائل ایپ بنائی ہے جو منڈی کے تازہ نرخ اور موسم کی معلومات دیتی ہے۔ ہم "
                "نے ان سے بات کی۔",
            ),
            ("b", "سوال: یہ ایپ بنانے کا خیال کیسے آیا؟"),
            (
                "p",
                "جواب: میرے والد کسان ہیں۔ وہ ہر روز فون کر کے منڈی کے نرخ پوچھتے تھے۔ میں نے "
                "سوچا کہ یہ معلومات ایک جگہ ہونی چاہییں۔",
            ),
            ("b", "سوال: اب تک کتنے لوگوں نے ایپ ڈاؤن لوڈ کی ہے؟"),
            (
                "p",
                "جواب: تقریباً بارہ ہزار لوگوں نے۔ زیادہ تر صارفین نصیر آباد اور جعفر آباد کے ہیں۔",
            ),
            ("b", "سوال: جن کسانوں کے پاس اسمارٹ فون نہیں، وہ کیا کریں؟"),
            (
                "p",
                "جواب: ہم روزانہ شام کو نرخوں کا ایک مختصر پیغام بھیجتے ہیں۔ لوگ اسے واٹس ایپ پر "
                "ایک دوسرے کے ساتھ شیئر کرتے ہیں۔",
            ),
            ("p", "ایپ میں فی الحال یہ معلومات دستیاب ہیں:"),
            ("ul", ["منڈی کے روزانہ نرخ", "موسم کی پیشگوئی", "کھاد اور بیج کی دستیابی"]),
            ("b", "سوال: آگے کا کیا منصوبہ ہے؟"),
            (
                "p",
                "جواب: ہم ایپ میں بلوچی اور سندھی زبان شامل کرنا چاہتے ہیں۔ کسان اپنی رائے اور "
                "تبصرے بھی بھیج سکیں گے۔",
            ),
        ],
        lang="ur",
    ),
    rich(
        "ur-exam-results",
        "گلگت بلتستان: میٹرک کے نتائج کا اعلان، طالبات آگے",
        "نمائندہ خصوصی",
        "2026-07-24T15:30:00+05:00",
        [
            (
                "p",
                "گلگت: گلگت بلتستان میں میٹرک کے سالانہ امتحانات کے نتائج کا اعلان کر دیا گیا ہے "
                "جن میں طالبات نے ایک بار پھر طلبہ سے بہتر کارکردگی دکھائی۔",
            ),
            ("p", "نتائج کی تفصیل یہ ہے:"),
            (
                "table",
                [
                    ["ضلع", "امیدوار", "کامیابی کا تناسب"],
                    ["گلگت", "4120", "78 فیصد"],
                    ["اسکردو", "3890", "74 فیصد"],
                    ["ہنزہ", "1210", "91 فیصد"],
                    ["غذر", "2300", "81 فیصد"],
                ],
            ),
            (
                "p",
                "طلبہ اپنے نتائج بورڈ کی ویب سائٹ سے ڈاؤن لوڈ کر سکتے ہیں یا موبائل پر پیغام بھیج "
                "کر معلوم کر سکتے ہیں۔",
            ),
            ("p", "مزید پڑھنے کے خواہش مند طلبہ کے لیے کالجوں میں داخلے اگلے ماہ شروع ہوں گے۔"),
            (
                "q",
                "بورڈ کے چیئرمین نے کہا کہ نتائج پر اعتراض رکھنے والے طلبہ پندرہ دن کے اندر "
                "درخواست دے سکتے ہیں۔",
            ),
        ],
        place="گلگت",
        lang="ur",
    ),
]

BY_SLUG = {a.slug: a for a in ARTICLES + CLEAN_ARTICLES}

# --- pools for noise ----------------------------------------------------------------

HEADLINES = [
    "Jiwani airstrip to get night landing lights",
    "Nushki solar park connected to national grid",
    "Passu cones draw record number of climbers",
    "Dera Bugti schools reopen after roof repairs",
    "Kharan bus terminal shifted outside the city",
    "Gilgit traffic plan bans lorries by day",
    "Hub factory workers demand overtime pay",
    "Ormara turtle beach closed for nesting season",
    "Rawalakot cricket ground gets floodlights",
    "Badin farmers seek canal water for rabi crop",
    "Chilas heatwave prompts early school closures",
    "Mastung bypass opens to light traffic",
    "Ghanche glacier lake watched after cracks found",
    "Washuk camel herders get mobile vet service",
    "Kalash spring festival dates announced",
    "Sukkur barrage gates to undergo winter maintenance",
    "Noshki women open first dairy cooperative",
    "Skardu airport terminal expansion approved",
    "Panjgur date growers form marketing board",
    "Awaran health unit gets first woman doctor",
    "Deosai road to stay shut until mid-June",
    "Bannu wheat procurement centres open",
    "Kohat tunnel lighting repaired after complaints",
    "Pishin apple growers try cold chain trucks",
    "Karimabad bazaar to go car-free on weekends",
    "Qila Saifullah girls' college gets science labs",
]
DEKS = [
    "Officials say work will finish before the summer rush.",
    "Residents have waited more than a decade for the change.",
    "The move follows months of complaints from traders.",
    "Growers hope the scheme will cut their losses this year.",
    "A new survey paints a mixed picture for the region.",
    "Critics say the plan leaves out the poorest villages.",
    "The decision came at a meeting in the provincial capital.",
    "Volunteers have stepped in where the department could not.",
]
CHIPS = [
    "#KarakoramHighway",
    "#QuettaWater",
    "#GwadarPort",
    "#SnowUpdate",
    "#ExamResults2026",
    "#MakranCoast",
    "#GBTourism",
    "#BudgetWatch",
]
PROMOTED = [
    "This Karachi start-up wants to rent you a solar roof",
    "Five jackets that truly survive a Skardu winter",
    "How one Multan family turned mangoes into a brand",
    "Why travellers are booking Hunza homestays in autumn",
    "The phone plan built for people who live off the grid",
]
BIOS = [
    "Bibi Gul Baloch has reported from the Makran coast since 2015 and writes mainly about "
    "fisheries, migration and the sea.",
    "Ejaz Ali Nagri covers Gilgit-Baltistan for the paper. Before joining he taught physics at "
    "a college in Gilgit.",
    "Samina Jogezai is a Quetta-based correspondent who writes about water, farming and local "
    "government.",
    "Rustam Khan Kalashi writes on wildlife and mountain communities and is based in Chitral.",
]
COMMENTS = [
    ("Abdul Wahid, Turbat", "Finally some good news from our district. Now fix the hospital road."),
    ("Shireen K.", "My uncle has been asking for this for twenty years. Better late than never."),
    ("Gilgiti in Karachi", "Proud of our people. Wish the government had helped much sooner."),
    ("Mir Hassan", "Who will maintain it after the ribbon is cut? That is the real question."),
    ("Naila from Hub", "Please write about the water shortage in our area as well."),
    ("Khan Sahib", "Same promise was made before the last election. Let us wait and see."),
]
PHOTOGRAPHERS = [
    "Ejaz Hussain Turi",
    "Nadeem Shah Bukhari",
    "Zahid Dashti",
    "Salma Ghazi",
    "Anwar Jan Hazara",
]
LETTERS = ["The Karakoram Brief", "Coast and Country", "Quetta at Six"]

UR_HEADLINES = [
    "استور میں برفباری کے بعد بجلی بحال",
    "پنجگور میں طلبہ کے لیے مفت بس سروس شروع",
    "اسکردو میں سیاحوں کے لیے نیا معلوماتی مرکز",
    "تربت یونیورسٹی میں داخلوں کی آخری تاریخ میں توسیع",
    "ژوب میں زیتون کے باغات کی رجسٹریشن",
    "ہنزہ میں خواتین کے لیے دستکاری میلہ",
    "لسبیلہ میں موبائل اسپتال نے کام شروع کر دیا",
    "نوشکی میں شمسی توانائی کا منصوبہ مکمل",
]


def hexid(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(6))


def attr(rng: random.Random, telling: str) -> str:
    """A telling class, a hashed one, or nothing at all."""
    r = rng.random()
    if r < 0.6:
        return f' class="{telling}"'
    if r < 0.8:
        return f' class="c{hexid(rng)}"'
    return ""


def links(items: list[str], prefix: str = "/story", wrap: str = "li") -> str:
    return "".join(
        f'<{wrap}><a href="{prefix}/{i + 11}">{esc(h)}</a></{wrap}>' for i, h in enumerate(items)
    )


# --- English noise ------------------------------------------------------------------


def related_coverage(rng: random.Random, site: str) -> Noise:
    items = rng.sample(HEADLINES, 3)
    return Noise(
        f"<div{attr(rng, 'related-coverage')}><h3>Related coverage</h3>"
        f"<ul>{links(items)}</ul></div>",
        ["Related coverage", *items],
    )


def most_viewed(rng: random.Random, site: str) -> Noise:
    items = rng.sample(HEADLINES, 5)
    label = "Most viewed in the last 24 hours"
    return Noise(
        f"<div{attr(rng, 'widget-most-viewed')}><h3>{label}</h3><ol>{links(items)}</ol></div>",
        [label, *items],
    )


def trending_chips(rng: random.Random, site: str) -> Noise:
    chips = rng.sample(CHIPS, 4)
    tags = " ".join(f'<a href="/tag/{i}">{esc(c)}</a>' for i, c in enumerate(chips))
    return Noise(
        f"<nav{attr(rng, 'trending-bar')}><strong>Trending now</strong> {tags}</nav>",
        ["Trending now", *chips],
    )


def read_next(rng: random.Random, site: str) -> Noise:
    h, d = rng.choice(HEADLINES), rng.choice(DEKS)
    return Noise(
        f"<aside{attr(rng, 'read-next')}><span>Read next</span>"
        f'<a href="/story/31"><h4>{esc(h)}</h4></a><p>{esc(d)}</p></aside>',
        ["Read next", h, d],
    )


def continue_reading(rng: random.Random, site: str) -> Noise:
    h = rng.choice(HEADLINES)
    return Noise(
        f'<p><a href="/story/32">Continue reading: {esc(h)} →</a></p>', ["Continue reading:", h]
    )


def read_more_teaser(rng: random.Random, site: str) -> Noise:
    h, d = rng.choice(HEADLINES), rng.choice(DEKS)
    return Noise(
        f'<div{attr(rng, "teaser-card")}><h4><a href="/story/33">{esc(h)}</a></h4>'
        f'<p>{esc(d)}</p><a href="/story/33">Read More »</a></div>',
        [h, d, "Read More »"],
    )


def recommended(rng: random.Random, site: str) -> Noise:
    items = rng.sample(HEADLINES, 3)
    cards = "".join(
        f'<div><a href="/r/{i}">{esc(h)}</a> <span>{rng.randint(2, 9)} min read</span></div>'
        for i, h in enumerate(items)
    )
    return Noise(
        f"<section{attr(rng, 'recommended')}><h3>Recommended for you</h3>{cards}</section>",
        ["Recommended for you", *items],
    )


def you_may_like(rng: random.Random, site: str) -> Noise:
    items = rng.sample(HEADLINES, 4)
    lis = "".join(
        f'<li><img src="/thumbs/{i}.jpg" alt=""><a href="/y/{i}">{esc(h)}</a></li>'
        for i, h in enumerate(items)
    )
    return Noise(
        f"<div{attr(rng, 'you-may-like')}><h4>You may also like</h4><ul>{lis}</ul></div>",
        ["You may also like", *items],
    )


def also_read_line(rng: random.Random, site: str) -> Noise:
    h = rng.choice(HEADLINES)
    return Noise(f'<p>Also read: <a href="/story/34">{esc(h)}</a></p>', ["Also read:", h])


def see_also_line(rng: random.Random, site: str) -> Noise:
    h = rng.choice(HEADLINES)
    return Noise(f'<p><em>See also:</em> <a href="/story/35">{esc(h)}</a></p>', ["See also:", h])


def newsletter_box(rng: random.Random, site: str) -> Noise:
    text = f"{rng.choice(LETTERS)} lands in your inbox every Saturday morning. Sign up, it is free."
    return Noise(
        f'<form{attr(rng, "newsletter-signup")} action="/newsletter"><p>{esc(text)}</p>'
        '<input type="email" placeholder="Your email address"><button>Sign me up</button></form>',
        [text, "Sign me up"],
    )


def newsletter_inline(rng: random.Random, site: str) -> Noise:
    return Noise(
        "<p><strong>Never miss a story from the north:</strong> "
        '<a href="/email">get our free Friday email</a>.</p>',
        ["Never miss a story from the north", "get our free Friday email"],
    )


def app_prompt(rng: random.Random, site: str) -> Noise:
    text = f"Read faster in the {site} app. Download it free for Android and iPhone."
    return Noise(
        f'<div{attr(rng, "app-promo")}><p>{esc(text)}</p><a href="/app">Open in app</a></div>',
        [text, "Open in app"],
    )


def app_banner(rng: random.Random, site: str) -> Noise:
    text = "Breaking alerts from the mountains and the coast, straight to your phone."
    return Noise(
        f'<div><img src="/badges/store.png" alt="store badge"><p>{text} Install our app today.</p>'
        "</div>",
        [text, "Install our app today"],
    )


def paywall(rng: random.Random, site: str) -> Noise:
    return Noise(
        f"<div{attr(rng, 'paywall-offer')}>"
        "<h3>You have reached your limit of free stories this month.</h3>"
        "<p>Subscribe from Rs 250 a month for unlimited access to our reporting.</p>"
        '<p>Already a subscriber? <a href="/login">Log in here</a></p></div>',
        [
            "You have reached your limit of free stories this month",
            "Subscribe from Rs 250 a month",
            "Already a subscriber?",
        ],
    )


def metered_counter(rng: random.Random, site: str) -> Noise:
    text = f"This is your {rng.choice(['2nd', '3rd'])} of 4 free articles this month."
    return Noise(f"<p><small>{text}</small></p>", [text])


def signin_save(rng: random.Random, site: str) -> Noise:
    return Noise(
        f'<div{attr(rng, "login-save")}><a href="/login">Sign in to save this story and read '
        "it later</a></div>",
        ["Sign in to save this story"],
    )


def share_bar(rng: random.Random, site: str) -> Noise:
    return Noise(
        f'<div{attr(rng, "share-bar")}><span>Spread the word</span> <a href="#fb">Facebook</a> '
        '<a href="#wa">WhatsApp</a> <a href="#tg">Telegram</a> '
        "<button>Copy link to clipboard</button></div>",
        ["Spread the word", "Copy link to clipboard"],
    )


def share_count(rng: random.Random, site: str) -> Noise:
    k = rng.randint(40, 900)
    return Noise(
        f'<div><span>{k} shares</span> <a href="mailto:?">Send this story to a friend</a></div>',
        [f"{k} shares", "Send this story to a friend"],
    )


def listen_audio(rng: random.Random, site: str) -> Noise:
    return Noise(
        f"<div{attr(rng, 'audio-player')}><button>Listen to this story</button> "
        f"<span>{rng.randint(3, 6)}:{rng.randint(10, 59)}</span></div>",
        ["Listen to this story"],
    )


def author_bio(rng: random.Random, site: str) -> Noise:
    bio = rng.choice(BIOS)
    return Noise(
        f"<div{attr(rng, 'author-bio')}><h4>About the writer</h4><p>{esc(bio)}</p></div>",
        ["About the writer", bio],
    )


def comments_section(rng: random.Random, site: str) -> Noise:
    picks = rng.sample(COMMENTS, 2)
    items = "".join(
        f'<li><b>{esc(who)}</b><p>{esc(text)}</p><a href="#reply">Reply</a></li>'
        for who, text in picks
    )
    return Noise(
        f"<section{attr(rng, 'comments')}><h3>Reader comments ({2 + rng.randint(0, 6)})</h3>"
        f"<ul>{items}</ul><p>Comments are checked by a moderator before they appear.</p>"
        '<a href="#write">Write a comment</a></section>',
        [
            "Reader comments",
            *(text for _, text in picks),
            "checked by a moderator before they appear",
            "Write a comment",
        ],
    )


def comments_loading(rng: random.Random, site: str) -> Noise:
    return Noise(
        f"<div{attr(rng, 'comments-area')}><h3>What readers are saying</h3>"
        "<p>Loading comments…</p></div>",
        ["What readers are saying", "Loading comments…"],
    )


def comments_disclaimer(rng: random.Random, site: str) -> Noise:
    text = (
        "Comments are the responsibility of their authors and do not reflect the position of "
        "this newspaper."
    )
    return Noise(f"<p><em>{text}</em></p>", ["do not reflect the position of this newspaper"])


def comments_prompt(rng: random.Random, site: str) -> Noise:
    text = "Have your say. Sign in with your email to join the discussion."
    return Noise(f"<div{attr(rng, 'comment-cta')}><p>{text}</p></div>", [text])


def photo_credit_text(rng: random.Random, site: str) -> Noise:
    line = f"Photograph: {rng.choice(PHOTOGRAPHERS)} / {site}"
    return Noise(f"<p>{esc(line)}</p>", [line])


def image_source_line(rng: random.Random, site: str) -> Noise:
    src = rng.choice(
        [
            "handout from the district administration",
            "courtesy of the provincial forest department",
            "supplied by a local resident",
        ]
    )
    line = f"(Image: {src})"
    return Noise(f"<p><small>{esc(line)}</small></p>", [line])


def follow_social(rng: random.Random, site: str) -> Noise:
    text = f"Follow {site} on Instagram, TikTok and Threads for more stories from the region."
    return Noise(f"<p{attr(rng, 'follow-us')}>{esc(text)}</p>", [text])


def follow_line(rng: random.Random, site: str) -> Noise:
    text = "Stay with us on Facebook and X for live updates from across the region."
    return Noise(f"<p><b>{text}</b></p>", [text])


def donation(rng: random.Random, site: str) -> Noise:
    lead = rng.choice(
        [
            "Reporting from Balochistan is slow, costly and sometimes dangerous.",
            "Getting reporters up the Karakoram Highway in winter is not cheap.",
        ]
    )
    ask = "If our work matters to you, chip in from Rs 500 a month."
    return Noise(
        f"<div{attr(rng, 'donate-box')}><p>{esc(lead)}</p><p>{ask}</p>"
        '<a href="/give">Back our reporting</a></div>',
        [lead, ask, "Back our reporting"],
    )


def cookie_notice(rng: random.Random, site: str) -> Noise:
    text = (
        "This site uses cookies to remember your settings and to count visits. Keep browsing "
        "to accept, or choose what to allow."
    )
    return Noise(
        f'<div{attr(rng, "cookie-banner")} role="dialog"><p>{text}</p><button>Accept all</button>'
        "<button>Allow only essential</button></div>",
        [text, "Allow only essential"],
    )


def promoted(rng: random.Random, site: str) -> Noise:
    items = rng.sample(PROMOTED, 3)
    return Noise(
        f"<div{attr(rng, 'promoted-stories')}><h4>Promoted stories</h4>"
        f"{links(items, '/partner', 'p')}</div>",
        ["Promoted stories", *items],
    )


def editors_picks(rng: random.Random, site: str) -> Noise:
    items = rng.sample(HEADLINES, 3)
    return Noise(
        f"<div{attr(rng, 'picks')}><h4>Picked by our editors</h4><ul>{links(items)}</ul></div>",
        ["Picked by our editors", *items],
    )


# layout-bound English noise


def teaser_strip(rng: random.Random, site: str) -> Noise:
    heads, deks = rng.sample(HEADLINES, 4), rng.sample(DEKS, 4)
    arts = "".join(
        f'<article class="teaser teaser--strip"><a href="/t/{i}"><h3>{esc(h)}</h3></a>'
        f"<p>{esc(d)}</p></article>"
        for i, (h, d) in enumerate(zip(heads, deks, strict=True))
    )
    label = "Latest from the provinces"
    return Noise(f"<section><h2>{label}</h2>{arts}</section>", [label, *heads, *deks])


def teaser_more(rng: random.Random, site: str) -> Noise:
    heads = rng.sample(HEADLINES, 4)
    arts = "".join(
        f'<article class="c{hexid(rng)}"><a href="/m/{i}"><img src="/m/{i}.jpg" alt="">'
        f"<h4>{esc(h)}</h4></a><time>{i + 1} hours ago</time></article>"
        for i, h in enumerate(heads)
    )
    return Noise(f"<div><h3>Elsewhere on {esc(site)}</h3>{arts}</div>", heads)


def teaser_inline(rng: random.Random, site: str) -> Noise:
    h = rng.choice(HEADLINES)
    return Noise(
        f'<article><a href="/story/36"><h4>{esc(h)}</h4></a><time>Yesterday</time></article>', [h]
    )


def live_share(rng: random.Random, site: str) -> Noise:
    return Noise(
        '<div class="lb-tools"><button>Share this update</button> '
        '<a href="#post">Copy post link</a></div>',
        ["Share this update", "Copy post link"],
    )


def live_load_more(rng: random.Random, site: str) -> Noise:
    return Noise("<div><button>Show earlier updates</button></div>", ["Show earlier updates"])


def live_refresh(rng: random.Random, site: str) -> Noise:
    text = "This page refreshes on its own. New posts appear at the top."
    return Noise(f"<p>{text}</p>", [text])


def ps_credit(name: str, site: str, bare: bool) -> Noise:
    line = f"Photo: {name} for {site}"
    cls = "" if bare else ' class="ps-credit"'
    return Noise(f"<p{cls}>{esc(line)}</p>", [line])


def amp_consent(rng: random.Random, site: str) -> Noise:
    text = (
        "We and our partners store and read information on your device to show ads and "
        "measure audiences."
    )
    return Noise(
        '<amp-consent id="site-consent" layout="nodisplay"><div class="consent-ui">'
        f'<p>{text}</p><button on="tap:site-consent.accept">I agree</button>'
        '<button on="tap:site-consent.reject">Manage options</button></div></amp-consent>',
        [text, "Manage options"],
    )


# --- Urdu noise ---------------------------------------------------------------------


def u_also_read(rng: random.Random, site: str) -> Noise:
    h = rng.choice(UR_HEADLINES)
    return Noise(f'<p>یہ بھی پڑھیے: <a href="/ur/n/1">{esc(h)}</a></p>', ["یہ بھی پڑھیے", h])


def u_related(rng: random.Random, site: str) -> Noise:
    items = rng.sample(UR_HEADLINES, 3)
    return Noise(
        f"<div{attr(rng, 'related-news')}><h3>متعلقہ خبریں</h3>"
        f"<ul>{links(items, '/ur')}</ul></div>",
        ["متعلقہ خبریں", *items],
    )


def u_most_read(rng: random.Random, site: str) -> Noise:
    items = rng.sample(UR_HEADLINES, 4)
    label = "سب سے زیادہ پڑھی جانے والی خبریں"
    return Noise(
        f"<div{attr(rng, 'most-read')}><h3>{label}</h3><ol>{links(items, '/ur')}</ol></div>",
        [label, *items],
    )


def u_read_more(rng: random.Random, site: str) -> Noise:
    h = rng.choice(UR_HEADLINES)
    return Noise(
        f'<div><h4><a href="/ur/n/2">{esc(h)}</a></h4><a href="/ur/n/2">مزید پڑھیے</a></div>',
        [h, "مزید پڑھیے"],
    )


def u_app(rng: random.Random, site: str) -> Noise:
    text = "تازہ ترین خبروں کے لیے ہماری موبائل ایپ ڈاؤن لوڈ کیجیے"
    return Noise(f'<div{attr(rng, "app-download")}><a href="/app">{text}</a></div>', [text])


def u_newsletter(rng: random.Random, site: str) -> Noise:
    text = "روزانہ کی اہم خبریں اپنے ای میل پر حاصل کرنے کے لیے سائن اپ کیجیے"
    return Noise(
        f'<form{attr(rng, "newsletter")}><p>{text}</p><input type="email">'
        "<button>سائن اپ</button></form>",
        [text],
    )


def u_share(rng: random.Random, site: str) -> Noise:
    return Noise(
        f'<div{attr(rng, "share-links")}><span>یہ خبر شیئر کیجیے</span> <a href="#fb">فیس بک</a> '
        '<a href="#wa">واٹس ایپ</a> <a href="#x">ایکس</a></div>',
        ["یہ خبر شیئر کیجیے"],
    )


def u_comments(rng: random.Random, site: str) -> Noise:
    return Noise(
        f"<section{attr(rng, 'comments')}><h3>قارئین کے تبصرے</h3><p>تبصرے لوڈ ہو رہے ہیں…</p>"
        '<a href="#write">اپنا تبصرہ لکھیے</a></section>',
        ["قارئین کے تبصرے", "تبصرے لوڈ ہو رہے ہیں", "اپنا تبصرہ لکھیے"],
    )


def u_disclaimer(rng: random.Random, site: str) -> Noise:
    text = "ادارے کا قارئین کی آرا سے متفق ہونا ضروری نہیں"
    return Noise(f"<p><small>{text}۔</small></p>", [text])


def u_follow(rng: random.Random, site: str) -> Noise:
    text = "تازہ خبروں کے لیے ہمیں فیس بک، انسٹاگرام اور ایکس پر فالو کیجیے"
    return Noise(f"<p>{text}</p>", [text])


def u_photo(rng: random.Random, site: str) -> Noise:
    return Noise(
        "<p><small>تصویر: بشکریہ محکمہ اطلاعات</small></p>", ["تصویر: بشکریہ محکمہ اطلاعات"]
    )


def u_paywall(rng: random.Random, site: str) -> Noise:
    return Noise(
        f"<div{attr(rng, 'paywall')}><p>یہ خبر مکمل پڑھنے کے لیے لاگ ان کیجیے</p>"
        '<a href="/subscribe">ابھی سبسکرائب کیجیے</a></div>',
        ["یہ خبر مکمل پڑھنے کے لیے لاگ ان کیجیے", "ابھی سبسکرائب کیجیے"],
    )


def u_donate(rng: random.Random, site: str) -> Noise:
    text = "آزاد صحافت کو زندہ رکھنے میں ہمارا ساتھ دیجیے"
    return Noise(f'<div><p>{text}</p><a href="/give">عطیہ دیجیے</a></div>', [text, "عطیہ دیجیے"])


def u_cookie(rng: random.Random, site: str) -> Noise:
    text = "یہ ویب سائٹ آپ کا تجربہ بہتر بنانے کے لیے کوکیز استعمال کرتی ہے"
    return Noise(
        f"<div{attr(rng, 'cookie-consent')}><p>{text}۔</p><button>منظور ہے</button></div>", [text]
    )


def u_ticker(rng: random.Random, site: str) -> Noise:
    items = rng.sample(UR_HEADLINES, 3)
    spans = " | ".join(f"<span>{esc(h)}</span>" for h in items)
    return Noise(f"<div><b>تازہ ترین</b> <marquee>{spans}</marquee></div>", ["تازہ ترین", *items])


def u_amp_consent(rng: random.Random, site: str) -> Noise:
    text = "ہم اور ہمارے شراکت دار اشتہارات دکھانے کے لیے آپ کے آلے پر معلومات محفوظ کرتے ہیں"
    return Noise(
        '<amp-consent id="site-consent" layout="nodisplay"><div class="consent-ui">'
        f'<p>{text}۔</p><button on="tap:site-consent.accept">ٹھیک ہے</button></div></amp-consent>',
        [text],
    )


TOP = [share_bar, listen_audio, metered_counter, signin_save, app_prompt]
MID = [
    related_coverage,
    read_next,
    continue_reading,
    read_more_teaser,
    also_read_line,
    see_also_line,
    newsletter_inline,
    app_banner,
    photo_credit_text,
    image_source_line,
    recommended,
    follow_line,
    donation,
    promoted,
]
AFTER = [
    author_bio,
    comments_section,
    comments_loading,
    comments_disclaimer,
    comments_prompt,
    share_count,
    follow_social,
    donation,
    you_may_like,
    newsletter_box,
    paywall,
    see_also_line,
]
OUTSIDE = [
    most_viewed,
    trending_chips,
    recommended,
    you_may_like,
    newsletter_box,
    promoted,
    editors_picks,
    comments_section,
    author_bio,
    app_prompt,
    follow_social,
    donation,
    paywall,
    comments_loading,
]
UR_TOP = [u_share, u_app]
UR_MID = [u_also_read, u_related, u_read_more, u_photo, u_app, u_follow]
UR_AFTER = [u_comments, u_disclaimer, u_share, u_follow, u_donate, u_paywall]
UR_OUTSIDE = [u_most_read, u_related, u_newsletter, u_donate, u_comments, u_ticker]

# --- chrome shared by the layouts ---------------------------------------------------

SECTIONS = [
    "Balochistan",
    "Gilgit-Baltistan",
    "Khyber Pakhtunkhwa",
    "Sindh",
    "Punjab",
    "AJK",
    "Business",
    "Sport",
    "Opinion",
    "Climate",
]
UR_SECTIONS = [
    "بلوچستان",
    "گلگت بلتستان",
    "خیبر پختونخوا",
    "سندھ",
    "پنجاب",
    "کاروبار",
    "کھیل",
    "کالم",
]
FOOT = ["About us", "Contact", "Advertise", "Privacy policy", "Terms of use", "Careers"]
UR_FOOT = ["ہمارے بارے میں", "رابطہ", "اشتہارات", "پرائیویسی پالیسی", "شرائط استعمال"]
ANALYTICS = (
    "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
    "gtag('js',new Date());gtag('config','G-EXAMPLE01');"
)
DRUPAL_SETTINGS = (
    '{"path":{"baseUrl":"\\/","currentPath":"node\\/4812","isFront":false},'
    '"ajaxPageState":{"theme":"frontier_olivero"},"user":{"uid":0}}'
)
FUSION = 'window.Fusion=window.Fusion||{};Fusion.arcSite="regional";Fusion.deployment="412";'
NUXT = (
    "window.__NUXT__=(function(a,b){return {layout:a,data:[{loaded:b}],"
    'state:{theme:"light"},serverRendered:b}}("default",true));'
)
SQS = 'Static.SQUARESPACE_CONTEXT={"website":{"siteTitle":"regional"},"templateId":"5c5a"};'


def sections(a: Article) -> list[str]:
    return UR_SECTIONS if a.lang == "ur" else SECTIONS


def nav(a: Article, item: str) -> str:
    """Menu entries from a template with {href} and {name}."""
    return "".join(
        item.format(href=f"/section/{i + 1}", name=esc(s)) for i, s in enumerate(sections(a))
    )


def foot(a: Article, item: str = '<a href="{href}">{name}</a> ') -> str:
    names = UR_FOOT if a.lang == "ur" else FOOT
    return "".join(item.format(href=f"/page/{i + 1}", name=esc(s)) for i, s in enumerate(names))


def copyright_line(a: Article, site: str) -> str:
    if a.lang == "ur":
        return f"© 2026 {esc(site)}۔ جملہ حقوق محفوظ ہیں۔"
    return f"© 2026 {esc(site)}. All rights reserved."


def shown(a: Article) -> str:
    return datetime.fromisoformat(a.date).strftime("%d %B %Y, %H:%M")


def outs(noise: list[Noise]) -> str:
    return "".join(n.html for n in noise)


def doc(a: Article, extra: str = "") -> str:
    direction = "rtl" if a.lang == "ur" else "ltr"
    return f'<!DOCTYPE html><html lang="{a.lang}" dir="{direction}"{extra}>'


def head(a: Article, url: str, site: str, extra: str = "", kind: str = "NewsArticle") -> str:
    origin = "/".join(url.split("/")[:3])
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": kind,
            "headline": a.title,
            "datePublished": a.date,
            "dateModified": a.date,
            "inLanguage": a.lang,
            "author": {"@type": "Person", "name": a.author},
            "publisher": {
                "@type": "Organization",
                "name": site,
                "logo": {"@type": "ImageObject", "url": f"{origin}/logo.png"},
            },
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        },
        ensure_ascii=False,
    )
    return (
        '<head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{esc(a.title)} | {esc(site)}</title><link rel="canonical" href="{url}">'
        '<meta property="og:type" content="article">'
        f'<meta property="og:title" content="{esc(a.title)}">'
        f'<meta property="og:url" content="{url}">'
        f'<meta property="og:site_name" content="{esc(site)}">'
        f'<meta property="article:published_time" content="{a.date}">'
        f'<script type="application/ld+json">{ld}</script>'
        f"<script>{ANALYTICS}</script>{extra}</head>"
    )


def block_html(block: tuple, para) -> str:
    kind, value = block
    if kind == "p":
        return para(esc(value))
    if kind == "b":
        return para(f"<strong>{esc(value)}</strong>")
    if kind == "q":
        return f"<blockquote>{para(esc(value))}</blockquote>"
    if kind in ("ul", "ol"):
        return f"<{kind}>{''.join(f'<li>{esc(x)}</li>' for x in value)}</{kind}>"
    first, *rest = value
    th = "".join(f"<th>{esc(c)}</th>" for c in first)
    trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rest)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>"


def body(a: Article, inside: dict[int, list[Noise]], p_attr: str = "", para=None, wrap=None) -> str:
    """fixturekit.paragraphs_html for plain stories; the same noise slots for rich ones.

    para turns an escaped paragraph into markup, wrap(i, html) wraps block i; noise in
    inside[i] follows block i (-1: before the first, len: after the tail).
    """
    if para is None and wrap is None and a.slug not in RICH:
        return paragraphs_html(a, inside, p_attr)

    def plain(inner: str) -> str:
        return f"<p{p_attr}>{inner}</p>"

    para = para or plain
    blocks = RICH.get(a.slug) or [("p", t) for t in a.paragraphs]
    out = [n.html for n in inside.get(-1, [])]
    for i, block in enumerate(blocks):
        html = block_html(block, para)
        out.append(wrap(i, html) if wrap else html)
        out.extend(n.html for n in inside.get(i, []))
    if a.tail:
        out.append(para(esc(a.tail)))
    out.extend(n.html for n in inside.get(len(blocks), []))
    return "\n".join(out)


# --- layouts ------------------------------------------------------------------------


def drupal10(a, url, site, inside, outside):
    def wrap(i: int, html: str) -> str:
        return (
            '<div class="field__item"><div class="paragraph paragraph--type--text '
            f'paragraph--view-mode--default" data-paragraph-id="{7301 + i}">'
            '<div class="clearfix text-formatted field field--name-field-text '
            f'field--type-text-long field--label-hidden field__item">{html}</div></div></div>'
        )

    menu = nav(
        a, '<li class="menu-item"><a href="{href}" data-drupal-link-system-path="x">{name}</a></li>'
    )
    return (
        doc(a)
        + head(a, url, site)
        + '<body class="path-node page-node-type-article"><a href="#main-content" '
        'class="visually-hidden focusable skip-link">Skip to main content</a>'
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
        f'<header role="banner" class="site-header"><div class="site-branding__text">'
        f'<a href="/" rel="home">{esc(site)}</a></div><nav role="navigation" '
        f'id="block-mainnavigation"><ul class="menu menu--main">{menu}</ul></nav></header>'
        '<main role="main" id="main-content"><div class="region region-content">'
        '<div data-drupal-messages-fallback class="hidden"></div>'
        '<article data-history-node-id="4812" role="article" '
        'class="node node--type-article node--promoted node--view-mode-full">'
        f'<h1 class="page-title"><span class="field field--name-title">{esc(a.title)}</span></h1>'
        f'<div class="node__meta"><span class="field field--name-uid">{esc(a.author)}</span> '
        f'<span class="field field--name-created">{shown(a)}</span></div>'
        '<div class="node__content"><div class="field field--name-field-paragraphs '
        'field--type-entity-reference-revisions field__items">'
        f"{body(a, inside, wrap=wrap)}</div></div></article></div>"
        f'<aside class="layout-sidebar-second" role="complementary">{outs(outside)}</aside></main>'
        f'<footer role="contentinfo" class="site-footer"><nav class="menu--footer">{foot(a)}</nav>'
        f"<p>{copyright_line(a, site)}</p></footer></div>"
        '<script type="application/json" data-drupal-selector="drupal-settings-json">'
        f'{DRUPAL_SETTINGS}</script><script src="/core/misc/drupal.js?v=10.2.4"></script>'
        "</body></html>"
    )


def arc_xp(a, url, site, inside, outside):
    menu = nav(a, '<li class="c-nav__item"><a class="c-link" href="{href}">{name}</a></li>')
    text = body(a, inside, p_attr=' class="c-paragraph"')
    return (
        doc(a)
        + head(
            a,
            url,
            site,
            f'<script id="fusion-metadata" type="application/javascript">{FUSION}</script>',
        )
        + '<body><div id="fusion-app" class="b-page-layout"><header class="b-header-nav-chain">'
        f'<a class="b-header-nav-chain__logo" href="/">{esc(site)}</a>'
        f'<nav class="b-header-nav-chain__nav"><ul class="c-nav__list">{menu}</ul></nav></header>'
        '<main class="b-single-chain"><div class="b-single-chain__child">'
        '<article class="b-article-body-block">'
        f'<h1 class="b-headline c-heading">{esc(a.title)}</h1>'
        '<div class="b-byline"><span class="c-byline__by">By</span> '
        f'<a class="c-link" href="/author/desk">{esc(a.author)}</a></div>'
        f'<time class="c-date b-date" datetime="{a.date}">{shown(a)}</time>'
        f'<div class="b-article-body">{text}</div>'
        '<div class="b-ad-block arcad" id="arcad_f0fL3x"></div></article></div>'
        f'<aside class="b-right-rail-advanced">{outs(outside)}</aside></main>'
        f'<footer class="b-footer"><div class="b-footer__links">{foot(a)}</div>'
        f'<p class="b-footer__copyright">{copyright_line(a, site)}</p></footer></div>'
        "</body></html>"
    )


def brightspot(a, url, site, inside, outside):
    menu = nav(
        a, '<li class="NavigationItem"><a class="NavigationLink" href="{href}">{name}</a></li>'
    )
    return (
        doc(a) + head(a, url, site) + '<body class="ArticlePage-body" data-content-type="article">'
        '<ps-header class="Page-header"><div class="Page-header-bar">'
        f'<a class="Page-header-logo" href="/" aria-label="home">{esc(site)}</a>'
        f'<ps-nav-menu class="NavigationMenu"><ul class="NavigationMenu-items">{menu}</ul>'
        "</ps-nav-menu></div></ps-header>"
        '<div class="Page-content"><main class="Page-main"><div class="Page-lead">'
        f'<h1 class="Page-headline">{esc(a.title)}</h1>'
        f'<div class="Page-authors"><a class="Link" href="/people/x">{esc(a.author)}</a></div>'
        f'<bsp-timestamp class="Page-datePublished" data-timestamp="{a.date}">{shown(a)}'
        "</bsp-timestamp></div>"
        '<div class="Page-articleBody"><div class="RichTextArticleBody RichTextBody">'
        f"{body(a, inside)}</div></div></main>"
        f'<aside class="Page-aside"><div class="Page-aside-sticky">{outs(outside)}</div></aside>'
        f'</div><ps-footer class="Page-footer"><div class="Page-footer-navigation">{foot(a)}</div>'
        f'<div class="Page-footer-disclaimer">{copyright_line(a, site)}</div></ps-footer>'
        '<script src="/resource/00000170-bsp/All.min.js" async></script></body></html>'
    )


def elementor(a, url, site, inside, outside):
    def widget(kind: str, html: str) -> str:
        return (
            f'<div class="elementor-element elementor-widget elementor-widget-{kind}" '
            f'data-element_type="widget"><div class="elementor-widget-container">{html}</div></div>'
        )

    menu = nav(a, '<li class="menu-item"><a class="elementor-item" href="{href}">{name}</a></li>')
    side = "".join(widget("html", n.html) for n in outside)
    meta_items = (
        '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
        f'<li class="elementor-icon-list-item">{esc(a.author)}</li>'
        f'<li class="elementor-icon-list-item"><time>{shown(a)}</time></li></ul>'
    )
    return (
        doc(a)
        + head(
            a,
            url,
            site,
            '<link rel="stylesheet" href="/wp-content/uploads/elementor/css/post-1120.css">',
        )
        + '<body class="post-template-default single single-post postid-1120 elementor-default '
        'elementor-template-full-width elementor-kit-6 elementor-page-1120">'
        '<div data-elementor-type="header" '
        'class="elementor elementor-88 elementor-location-header">'
        + widget("theme-site-logo", f'<a href="/">{esc(site)}</a>')
        + widget(
            "nav-menu",
            '<nav class="elementor-nav-menu--main">'
            f'<ul class="elementor-nav-menu">{menu}</ul></nav>',
        )
        + "</div>"
        '<div data-elementor-type="single-post" class="elementor elementor-1120 '
        'elementor-location-single post-1120 post type-post status-publish">'
        '<section class="elementor-section elementor-top-section"><div class="elementor-container">'
        '<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">'
        + widget("theme-post-title", f'<h1 class="elementor-heading-title">{esc(a.title)}</h1>')
        + widget("post-info", meta_items)
        + widget("theme-post-content", body(a, inside))
        + '</div></div><div class="elementor-column elementor-col-33">'
        f'<div class="elementor-widget-wrap">{side}</div></div></div></section></div>'
        '<footer data-elementor-type="footer" '
        'class="elementor elementor-91 elementor-location-footer">'
        + widget("text-editor", f"<p>{foot(a)}</p><p>{copyright_line(a, site)}</p>")
        + '</footer><script src="/wp-content/plugins/elementor/assets/js/frontend.min.js"></script>'
        "</body></html>"
    )


def jannah(a, url, site, inside, outside):
    menu = nav(a, '<li class="menu-item menu-item-type-taxonomy"><a href="{href}">{name}</a></li>')
    first, rest = outside[:1], outside[1:]
    side = "".join(f'<div class="container-wrapper widget">{n.html}</div>' for n in rest)
    rtl = " rtl" if a.lang == "ur" else ""
    return (
        doc(a)
        + head(a, url, site)
        + f'<body id="tie-body" class="post-template-default single single-post{rtl} '
        'wrapper-has-shadow block-head-1 magazine1 is-desktop is-header-layout-3">'
        '<div class="background-overlay"><div id="tie-container" class="site tie-container">'
        '<div id="tie-wrapper"><header id="theme-header" class="theme-header header-layout-3 '
        f'main-nav-dark"><div class="logo-wrapper"><a href="/">{esc(site)}</a></div>'
        f'<nav id="main-nav"><div class="main-menu-wrapper"><ul id="menu-main" class="menu">{menu}'
        "</ul></div></nav></header>"
        '<div id="content" class="site-content container"><div class="tie-row main-content-row">'
        '<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">'
        '<article id="the-post" class="container-wrapper post-content tie-standard">'
        '<header class="entry-header-outer"><div class="entry-header">'
        f'<h1 class="post-title entry-title">{esc(a.title)}</h1>'
        '<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author">'
        f'<span class="meta-author">{esc(a.author)}</span></span>'
        f'<span class="date meta-item tie-icon">{shown(a)}</span></div></div></header>'
        f'<div class="entry-content entry clearfix">{body(a, inside)}</div></article>'
        f'<div class="post-components">{outs(first)}</div></div>'
        f'<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky">{side}</aside>'
        '</div></div><footer id="footer" class="site-footer dark-skin">'
        f'<div class="footer-menu">{foot(a)}</div><div id="site-info">{copyright_line(a, site)}'
        "</div></footer></div></div></div>"
        '<script id="tie-scripts-js-extra">var tie={"is_rtl":"' + rtl.strip() + '","type":"post"};'
        "</script></body></html>"
    )


def jnews(a, url, site, inside, outside):
    menu = nav(a, '<li class="menu-item"><a href="{href}">{name}</a></li>')
    return (
        doc(a)
        + head(a, url, site)
        + '<body class="wp-singular post-template-default single single-post jeg_toggle_light '
        'jnews jsc_normal"><div class="jeg_viewport"><div class="jeg_header_wrapper">'
        '<div class="jeg_header normal"><div class="jeg_navbar jeg_container">'
        f'<div class="jeg_nav_row"><div class="jeg_logo"><a href="/">{esc(site)}</a></div>'
        '<div class="jeg_main_menu_wrapper">'
        f'<ul class="jeg_menu jeg_main_menu">{menu}</ul></div></div></div></div></div>'
        '<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage">'
        '<div class="container"><div class="row"><div class="jeg_main_content col-md-8">'
        '<div class="jeg_inner_content"><div class="entry-header">'
        f'<h1 class="jeg_post_title">{esc(a.title)}</h1><div class="jeg_meta_container">'
        '<div class="jeg_post_meta jeg_post_meta_1"><div class="jeg_meta_author">'
        f'<a href="/author/x">{esc(a.author)}</a></div><div class="jeg_meta_date">{shown(a)}</div>'
        '</div></div></div><div class="jeg_featured featured_image">'
        '<img src="/wp-content/uploads/2026/lead.jpg" alt=""></div>'
        '<div class="entry-content no-share"><div class="content-inner ">'
        f"{body(a, inside)}</div></div></div></div>"
        f'<div class="jeg_sidebar jeg_sticky_sidebar col-md-4">{outs(outside)}</div>'
        '</div></div></div></div></div><div class="footer-holder" id="footer">'
        f'<div class="jeg_footer_primary">{foot(a)}</div><div class="copyright">'
        f"{copyright_line(a, site)}</div></div></div>"
        '<script src="/wp-content/themes/jnews/assets/dist/frontend.min.js"></script></body></html>'
    )


def squarespace(a, url, site, inside, outside):
    def para(inner: str) -> str:
        return f'<p class="" style="white-space:pre-wrap;">{inner}</p>'

    def wrap(i: int, html: str) -> str:
        return (
            '<div class="sqs-block html-block sqs-block-html" data-block-type="2" '
            f'id="block-yui_3_17_2_1_{1700 + i}"><div class="sqs-block-content">'
            f'<div class="sqs-html-content">{html}</div></div></div>'
        )

    menu = nav(
        a,
        '<div class="header-nav-item header-nav-item--collection">'
        '<a href="{href}">{name}</a></div>',
    )
    return (
        doc(a)
        + head(a, url, site)
        + '<body id="item-64ab1c" class="collection-type-blog view-item has-banner-image">'
        '<header id="header" class="header theme-col--primary"><div class="header-title">'
        f'<a href="/">{esc(site)}</a></div><nav class="header-nav-list">{menu}</nav></header>'
        '<main id="page" class="container" role="main"><article class="sections" id="sections">'
        '<section class="page-section"><div class="content-wrapper"><div class="content">'
        '<div class="blog-item-wrapper"><div class="blog-item-title">'
        f'<h1 class="entry-title entry-title--large p-name">{esc(a.title)}</h1></div>'
        '<div class="blog-item-author-date-wrapper"><div class="blog-author">'
        f'{esc(a.author)}</div><time class="dt-published" datetime="{a.date}">{shown(a)}</time>'
        '</div><div class="blog-item-content-wrapper"><div class="blog-item-content e-content">'
        '<div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row">'
        '<div class="col sqs-col-12 span-12">'
        f"{body(a, inside, para=para, wrap=wrap)}</div></div></div></div></div>"
        f'<div class="blog-item-comments">{outs(outside)}</div></div></div></div></section>'
        '</article></main><footer class="sections" id="footer-sections">'
        f'<div class="sqs-block-content"><p>{foot(a)}</p><p>{copyright_line(a, site)}</p></div>'
        f"</footer><script>{SQS}</script></body></html>"
    )


def wix(a, url, site, inside, outside):
    def para(inner: str) -> str:
        return f'<p class="MM4xi Vz5kd" dir="auto"><span class="vjF8a">{inner}</span></p>'

    def wrap(i: int, html: str) -> str:
        return f'<div type="paragraph" class="_3cB1Z" data-hook="rcv-block{i + 1}">{html}</div>'

    menu = nav(
        a, '<li class="wixui-dropdown-menu__item"><a class="_2Ll9Z" href="{href}">{name}</a></li>'
    )
    side = "".join(f'<div class="_1Q9if"><div class="_2Jd4p">{n.html}</div></div>' for n in outside)
    return (
        doc(a)
        + head(a, url, site)
        + '<body><div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">'
        '<div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS">'
        f'<div class="_1yDQD"><div id="comp-logo" class="_2bafp"><a href="/">{esc(site)}</a></div>'
        f'<nav id="comp-kx1nav" aria-label="Site"><ul class="_3ppvf">{menu}</ul></nav>'
        "</div></header>"
        '<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="_2RKxB"><div id="comp-lq8r" '
        'class="_3Mgpu"><div data-hook="post-page"><article data-hook="post" class="_2Ln3O">'
        f'<div class="_3Wn3T"><h1 data-hook="post-title" class="_1j-51 blog-post-title-font">'
        f'{esc(a.title)}</h1></div><div class="_2kRnR"><span data-hook="user-name">'
        f'{esc(a.author)}</span> <span data-hook="time-ago">{shown(a)}</span></div>'
        '<div data-hook="post-description" class="_6SyeS"><div class="_2dHdI">'
        f'<div class="_1kCp_" data-rce-version="9.5.1">{body(a, inside, para=para, wrap=wrap)}'
        f"</div></div></div></article></div></div>{side}</div></div></main>"
        f'<footer id="SITE_FOOTER" class="_2JbHX"><div class="_3Ad3x">{foot(a)}</div>'
        f'<p class="font_9">{copyright_line(a, site)}</p></footer></div></div></div></div>'
        '<script src="https://static.parastorage.example/thunderbolt/app.js"></script>'
        "</body></html>"
    )


def casper5(a, url, site, inside, outside):
    menu = nav(a, '<li class="nav-item"><a href="{href}">{name}</a></li>')
    return (
        doc(a)
        + head(a, url, site, '<script defer src="/assets/built/casper.js?v=5.7.1"></script>')
        + '<body class="post-template tag-regions is-head-left-logo has-cover">'
        '<div class="viewport"><header id="gh-head" class="gh-head outer">'
        '<div class="gh-head-inner inner"><div class="gh-head-brand">'
        f'<a class="gh-head-logo" href="/">{esc(site)}</a></div><nav class="gh-head-menu">'
        f'<ul class="nav">{menu}</ul></nav><div class="gh-head-actions">'
        '<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a></div>'
        '</div></header><div class="site-content"><main id="site-main" class="site-main">'
        '<article class="article post tag-regions featured">'
        '<header class="article-header gh-canvas"><div class="article-tag post-card-tags">'
        f'<span class="post-card-primary-tag"><a href="/tag/regions/">{esc(sections(a)[0])}</a>'
        f'</span></div><h1 class="article-title">{esc(a.title)}</h1>'
        '<div class="article-byline"><div class="article-byline-content">'
        f'<div class="article-byline-meta"><h4 class="author-name"><a href="/author/x/">'
        f'{esc(a.author)}</a></h4><div class="byline-meta-content">'
        f'<time class="byline-meta-date" datetime="{a.date[:10]}">{shown(a)}</time>'
        "</div></div></div></div></header>"
        f'<section class="gh-content gh-canvas">{body(a, inside)}</section></article></main>'
        f'<aside class="read-more-wrap outer"><div class="read-more inner">{outs(outside)}</div>'
        '</aside></div><footer class="site-footer outer"><div class="inner">'
        f'<section class="copyright">{copyright_line(a, site)}</section>'
        f'<nav class="site-footer-nav">{foot(a)}</nav></div></footer></div></body></html>'
    )


AMP_BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal "
    "both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from"
    "{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>"
    "body{-webkit-animation:none;animation:none}</style></noscript>"
)


def amp(a, url, site, inside, outside):
    direction = "rtl" if a.lang == "ur" else "ltr"
    ld = head(a, url, site).split('<script type="application/ld+json">')[1].split("</script>")[0]
    menu = nav(a, '<li><a href="{href}">{name}</a></li>')
    consent = [n for n in outside if "<amp-consent" in n.html]
    rest = [n for n in outside if n not in consent]
    return (
        f'<!doctype html><html ⚡ lang="{a.lang}" dir="{direction}"><head><meta charset="utf-8">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<script async custom-element="amp-consent" '
        'src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>'
        '<script async custom-element="amp-sidebar" '
        'src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>'
        f"<title>{esc(a.title)} | {esc(site)}</title>"
        f'<link rel="canonical" href="{url.replace("/amp/", "/")}">'
        '<meta name="viewport" content="width=device-width">'
        f"{AMP_BOILERPLATE}<style amp-custom>body{{font-family:serif}}"
        ".amp-hdr{padding:8px}</style>"
        f'<script type="application/ld+json">{ld}</script></head><body>'
        f'<amp-sidebar id="menu" layout="nodisplay" side="left"><nav><ul>{menu}</ul></nav>'
        '</amp-sidebar><header class="amp-hdr"><button on="tap:menu.toggle">☰</button> '
        f'<a href="/">{esc(site)}</a></header><main><article class="amp-story-page">'
        f'<h1>{esc(a.title)}</h1><div class="amp-meta">{esc(a.author)} · {shown(a)}</div>'
        '<amp-img src="/img/lead.jpg" width="1200" height="675" layout="responsive" alt="">'
        f'</amp-img><div class="amp-body">{body(a, inside)}'
        '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/regional"></amp-ad>'
        f"</div></article>{outs(rest)}</main><footer><nav>{foot(a)}</nav>"
        f"<p>{copyright_line(a, site)}</p></footer>{outs(consent)}</body></html>"
    )


def bootstrap3(a, url, site, inside, outside):
    menu = nav(a, '<li><a href="{href}">{name}</a></li>')
    first, rest = outside[:1], outside[1:]
    return (
        doc(a)
        + head(a, url, site, '<link rel="stylesheet" href="/css/bootstrap.min.css?v=3.3.7">')
        + '<body><nav class="navbar navbar-inverse navbar-fixed-top"><div class="container">'
        '<div class="navbar-header"><button type="button" class="navbar-toggle collapsed" '
        'data-toggle="collapse" data-target="#navbar"><span class="sr-only">Toggle navigation'
        '</span><span class="icon-bar"></span><span class="icon-bar"></span></button>'
        f'<a class="navbar-brand" href="/">{esc(site)}</a></div>'
        f'<div id="navbar" class="collapse navbar-collapse"><ul class="nav navbar-nav">{menu}</ul>'
        '</div></div></nav><div class="container" style="margin-top:60px">'
        f'<ol class="breadcrumb"><li><a href="/">Home</a></li><li class="active">'
        f'{esc(sections(a)[0])}</li></ol><div class="row"><div class="col-md-8 col-sm-12">'
        '<div class="panel panel-default news-detail"><div class="panel-heading">'
        f'<h1 class="panel-title">{esc(a.title)}</h1><small class="text-muted">{esc(a.author)} | '
        f'{shown(a)}</small></div><div class="panel-body">{body(a, inside)}</div></div>'
        f'{outs(first)}</div><div class="col-md-4 hidden-xs"><div class="well well-sm">'
        f'{outs(rest)}</div></div></div></div><footer class="footer"><div class="container">'
        f'<p class="text-muted">{foot(a)}</p><p class="text-muted">{copyright_line(a, site)}</p>'
        '</div></footer><script src="/js/jquery-1.12.4.min.js"></script>'
        '<script src="/js/bootstrap.min.js"></script></body></html>'
    )


def liveblog(a, url, site, inside, outside):
    def wrap(i: int, html: str) -> str:
        return (
            f'<article class="lb-post" id="lb-post-{9100 - i}" data-live-id="{9100 - i}">'
            f'<header class="lb-post__meta"><time datetime="{a.date}"></time></header>'
            f'<div class="lb-post__body">{html}</div></article>'
        )

    menu = nav(a, '<a class="site-nav__link" href="{href}">{name}</a>')
    return (
        doc(a)
        + head(a, url, site, kind="LiveBlogPosting")
        + f'<body class="liveblog-page"><header class="site-header"><a class="brand" href="/">'
        f'{esc(site)}</a><nav class="site-nav">{menu}</nav></header>'
        '<main class="liveblog"><div class="liveblog__header"><span class="badge-live" '
        f'aria-label="live"></span><h1 class="liveblog__title">{esc(a.title)}</h1>'
        f'<div class="liveblog__byline">{esc(a.author)}</div></div>'
        '<div class="liveblog__timeline" aria-live="polite">'
        f"{body(a, inside, wrap=wrap)}</div>"
        f'<aside class="liveblog__aside">{outs(outside)}</aside></main>'
        f'<footer class="site-footer">{foot(a)}<p>{copyright_line(a, site)}</p></footer>'
        "<script>window.liveblog={poll:60,lastId:9100};</script></body></html>"
    )


def photo_story(a, url, site, inside, outside):
    def wrap(i: int, html: str) -> str:
        return (
            f'<figure class="ps-frame" id="frame-{i + 1}"><img src="/img/{a.slug}-{i + 1}.jpg" '
            f'alt="" loading="lazy" width="1600" height="1067"><figcaption class="ps-caption">'
            f"{html}</figcaption></figure>"
        )

    menu = nav(a, '<li><a href="{href}">{name}</a></li>')
    return (
        doc(a)
        + head(a, url, site)
        + '<body class="gallery-template"><header class="masthead"><a class="masthead__logo" '
        f'href="/">{esc(site)}</a><ul class="masthead__menu">{menu}</ul></header>'
        '<main class="photo-story"><div class="ps-intro">'
        f'<h1 class="ps-title">{esc(a.title)}</h1><div class="ps-byline">{esc(a.author)}'
        f' · {shown(a)}</div></div><div class="ps-frames">{body(a, inside, wrap=wrap)}</div>'
        f'<div class="ps-after">{outs(outside)}</div></main>'
        f'<footer class="colophon">{foot(a)}<small>{copyright_line(a, site)}</small></footer>'
        '<script src="/js/lightbox.min.js" defer></script></body></html>'
    )


def teaser_articles(a, url, site, inside, outside):
    menu = nav(a, '<li><a href="{href}">{name}</a></li>')
    top, rest = outside[:1], outside[1:]
    return (
        doc(a)
        + head(a, url, site)
        + f'<body class="layout-story"><header class="top"><a href="/" class="logo">{esc(site)}'
        f'</a><nav><ul class="sections">{menu}</ul></nav></header><div class="strip">{outs(top)}'
        '</div><main class="page"><article class="story story--main" itemscope '
        'itemtype="https://schema.org/NewsArticle"><header class="story__head">'
        f'<h1 itemprop="headline">{esc(a.title)}</h1><p class="story__byline" itemprop="author">'
        f'{esc(a.author)}</p><time itemprop="datePublished" datetime="{a.date}">{shown(a)}</time>'
        f'</header><div class="story__text" itemprop="articleBody">{body(a, inside)}</div>'
        f'</article><div class="rail">{outs(rest)}</div></main>'
        f'<footer class="bottom">{foot(a)}<p>{copyright_line(a, site)}</p></footer></body></html>'
    )


def div_paragraphs(a, url, site, inside, outside):
    def para(inner: str) -> str:
        return f'<div class="txt">{inner}</div>'

    menu = nav(a, '<a href="{href}" class="tnav">{name}</a> | ')
    return (
        doc(a)
        + head(a, url, site)
        + f'<body><div id="wrapper"><div id="header"><div id="logo"><a href="/">{esc(site)}</a>'
        f'</div><div id="topnav">{menu}</div></div><div id="content"><div id="left">'
        f'<div class="news-body"><div class="headline">{esc(a.title)}</div>'
        f'<div class="byline">{esc(a.author)} - {shown(a)}</div>'
        f'<div class="story">{body(a, inside, para=para)}</div></div></div>'
        f'<div id="right">{outs(outside)}</div></div><div id="footer">{foot(a)}'
        f"<div>{copyright_line(a, site)}</div></div></div>"
        '<script src="/js/common.js"></script></body></html>'
    )


def nuxt(a, url, site, inside, outside):
    v = ' data-v-5c2e1a0b=""'
    menu = nav(a, '<li data-v-1f3a2b4c=""><a href="{href}" class="nuxt-link">{name}</a></li>')
    side = "".join(f'<div data-v-8d0e7a21="" class="rail-item">{n.html}</div>' for n in outside)
    return (
        doc(a)
        + head(a, url, site, '<link rel="preload" href="/_nuxt/app.4f1c2d.js" as="script">')
        + '<body><div id="__nuxt"><div id="__layout"><div data-v-3f2a1c7e="" class="app">'
        f'<header data-v-1f3a2b4c="" class="app-header"><a href="/" class="brand">{esc(site)}</a>'
        f'<ul data-v-1f3a2b4c="" class="menu">{menu}</ul></header>'
        f'<div data-v-5c2e1a0b="" class="article-page"><h1{v} class="title">{esc(a.title)}</h1>'
        f'<div{v} class="meta"><span{v}>{esc(a.author)}</span> <span{v}>{shown(a)}</span></div>'
        f'<div{v} class="article-content">{body(a, inside, p_attr=v)}</div></div>'
        f'<aside data-v-8d0e7a21="" class="rail">{side}</aside>'
        f'<footer data-v-2b7c9e10="" class="app-footer">{foot(a)}<p>{copyright_line(a, site)}</p>'
        f"</footer></div></div></div><script>{NUXT}</script>"
        '<script src="/_nuxt/app.4f1c2d.js" defer></script></body></html>'
    )


def urdu_portal(a, url, site, inside, outside):
    menu = nav(a, '<li><a href="{href}">{name}</a></li>')
    font = "font-family:'Jameel Noori Nastaleeq','Noto Nastaliq Urdu',serif"
    return (
        doc(a)
        + head(a, url, site, '<link rel="stylesheet" href="/css/nastaliq.css">')
        + f'<body style="{font}"><div class="top-strip"><span class="date-ur">{a.date[:10]}</span>'
        f'</div><div class="masthead"><a href="/" class="logo-ur">{esc(site)}</a></div>'
        f'<ul class="main-menu">{menu}</ul><div class="page-wrap"><div class="right-col">'
        f'<div class="news-detail-box"><h1 class="news-title">{esc(a.title)}</h1>'
        f'<div class="reporter">{esc(a.author)}</div><div class="news-text">{body(a, inside)}'
        f'</div></div></div><div class="left-col">{outs(outside)}</div></div>'
        f'<div class="footer-ur">{foot(a)}<p>{copyright_line(a, site)}</p></div>'
        '<script src="/js/ur-site.js"></script></body></html>'
    )


SITES = {
    "kohsar": ("Kohsar Chronicle", "kohsarchronicle.example"),
    "makran": ("Makran Mail", "makranmail.example"),
    "ledger": ("The Quetta Ledger", "quettaledger.example"),
    "indus": ("Indus Frontier Daily", "indusfrontier.example"),
    "karakoram": ("Karakoram Weekly", "karakoramweekly.example"),
    "sarhad": ("Sarhad Observer", "sarhadobserver.example"),
    "thar": ("Thar Dispatch", "thardispatch.example"),
    "pamir": ("Pamir Post", "pamirpost.example"),
    "bolan": ("روزنامہ بولان", "bolanurdu.example"),
    "shumaal": ("شمال نیوز", "shumaalnews.example"),
}
PATHS = {
    drupal10: "news/regions",
    arc_xp: "2026/regional",
    brightspot: "article",
    elementor: "2026/story",
    jannah: "news",
    jnews: "archives",
    squarespace: "blog",
    wix: "post",
    casper5: "p",
    amp: "amp/news",
    bootstrap3: "detail.php?id=",
    liveblog: "live",
    photo_story: "gallery",
    teaser_articles: "story",
    div_paragraphs: "newsdetail",
    nuxt: "articles",
    urdu_portal: "ur/khabar",
}
NOISY = [
    (drupal10, "ziarat-juniper", "ledger"),
    (arc_xp, "gwadar-desal", "makran"),
    (brightspot, "chitral-leopard", "sarhad"),
    (elementor, "turbat-dates", "makran"),
    (jannah, "khunjerab-trade", "kohsar"),
    (jnews, "thar-solar", "thar"),
    (squarespace, "shigar-weavers", "karakoram"),
    (wix, "zhob-olive", "ledger"),
    (casper5, "deosai-bears", "pamir"),
    (amp, "nagar-cherry", "kohsar"),
    (bootstrap3, "khuzdar-highway", "indus"),
    (liveblog, "babusar-live", "kohsar"),
    (photo_story, "gwadar-night-catch", "makran"),
    (teaser_articles, "pasni-harbour", "indus"),
    (div_paragraphs, "loralai-hostel", "ledger"),
    (nuxt, "khaplu-telemedicine", "pamir"),
    (arc_xp, "cholistan-pipeline", "thar"),
    (teaser_articles, "ghizer-trout", "karakoram"),
    (brightspot, "thar-solar", "indus"),
    (elementor, "chitral-leopard", "pamir"),
    (jnews, "pasni-harbour", "makran"),
    (wix, "deosai-bears", "karakoram"),
    (drupal10, "nagar-cherry", "pamir"),
    (casper5, "turbat-dates", "indus"),
    (bootstrap3, "gwadar-desal", "ledger"),
    (liveblog, "babusar-live", "sarhad"),
    (urdu_portal, "ur-quetta-dam", "bolan"),
    (jannah, "ur-hunza-glacier", "shumaal"),
    (amp, "ur-turbat-books", "bolan"),
    (div_paragraphs, "ur-quetta-dam", "shumaal"),
]
CLEAN = [
    (squarespace, "gilgit-pupils-newsletter", "kohsar"),
    (nuxt, "quetta-leak-app", "ledger"),
    (bootstrap3, "balochistan-school-budget", "indus"),
    (casper5, "karimabad-reading-list", "karakoram"),
    (div_paragraphs, "bannu-radio", "sarhad"),
    (brightspot, "skardu-old-photos", "pamir"),
    (liveblog, "gb-council-live", "kohsar"),
    (photo_story, "hunza-blossom", "karakoram"),
    (urdu_portal, "ur-farm-app", "bolan"),
    (wix, "ur-exam-results", "shumaal"),
]


class Picker:
    """Draws noise makers from pools without repeating one on the same page."""

    def __init__(self, rng: random.Random, site: str) -> None:
        self.rng, self.site, self.used = rng, site, set()

    def __call__(self, pool: list) -> Noise:
        fresh = [f for f in pool if f not in self.used] or pool
        maker = self.rng.choice(fresh)
        self.used.add(maker)
        return maker(self.rng, self.site)


def make_noise(layout, a: Article, rng: random.Random, site: str):
    pick = Picker(rng, site)
    urdu = a.lang == "ur"
    top, mid, after = (UR_TOP, UR_MID, UR_AFTER) if urdu else (TOP, MID, AFTER)
    n = len(a.paragraphs)
    inside: dict[int, list[Noise]] = {}

    def put(i: int, noise: Noise) -> None:
        inside.setdefault(i, []).append(noise)

    if rng.random() < 0.45:
        put(-1, pick(top))
    if layout is photo_story:
        name = rng.choice(PHOTOGRAPHERS)
        for i in range(n):
            put(i, ps_credit(name, site, bare=i % 2 == 1))
        put(rng.randrange(n - 1), pick(mid))
    elif layout is liveblog:
        for i in (0, 2):
            put(i, live_share(rng, site))
        put(rng.choice((1, 3)), pick(mid))
        put(n, live_load_more(rng, site))
    else:
        for i in rng.sample(range(n - 1), 2):
            put(i, pick(mid))
    if layout is teaser_articles:
        put(rng.randrange(n - 1), teaser_inline(rng, site))
    put(n - 1 if rng.random() < 0.5 else n, pick(after))
    if rng.random() < 0.4:
        put(n, pick(after))
    outside = [pick(UR_OUTSIDE if urdu else OUTSIDE) for _ in range(rng.choice((2, 3)))]
    if layout is teaser_articles:
        outside = [teaser_strip(rng, site), *outside, teaser_more(rng, site)]
    if layout is liveblog:
        outside.append(live_refresh(rng, site))
    if layout is amp:
        outside.append((u_amp_consent if urdu else amp_consent)(rng, site))
    elif rng.random() < 0.45:
        outside.append((u_cookie if urdu else cookie_notice)(rng, site))
    return inside, outside


TELLING = re.compile(
    r'(?:class|id)="[^"]*(?:related|share|social|newsletter|comment|promo|paywall|cookie|consent|'
    r"author|bio|trend|popular|recommend|read|app|donat|sign|follow|credit|subscri|widget|"
    r"teaser|more|also|sponsor|most|live|lb-|login|audio|picks|tools)",
    re.IGNORECASE,
)


def check(page: str, a: Article, noise: list[Noise]) -> None:
    """Noise strings are on the page and never in the body or title; body text is shown."""
    text = "\n".join(a.paragraphs).lower()
    for s in {s for n in noise for s in n.strings}:
        assert esc(s) in page or s in page, s
        assert s.lower() not in text and s.lower() not in a.title.lower(), (a.slug, s)
    for kind, value in RICH.get(a.slug) or [("p", t) for t in a.paragraphs]:
        for line in value if kind in ("ul", "ol") else [] if kind == "table" else [value]:
            assert esc(line) in page, (a.slug, line)


def url_for(layout, slug: str, domain: str, n: int) -> str:
    path = PATHS[layout]
    if path.endswith("="):
        return f"https://{domain}/{path}{4100 + n}&slug={slug}"
    return f"https://{domain}/{path}/{slug}-{n}"


def main() -> None:
    rng = random.Random(1111)
    blocks = bare = strings = 0
    for n, (layout, slug, key) in enumerate(NOISY):
        a = BY_SLUG[slug]
        site, domain = SITES[key]
        url = url_for(layout, slug, domain, n)
        inside, outside = make_noise(layout, a, rng, site)
        noise = [x for xs in inside.values() for x in xs] + outside
        page = layout(a, url, site, inside, outside)
        check(page, a, noise)
        blocks += len(noise)
        bare += sum(not TELLING.search(x.html) for x in noise)
        strings += len({s for x in noise for s in x.strings})
        write_page(SPLIT, f"noisy-{n:02d}-{layout.__name__}", url, page, a, noise)
    for n, (layout, slug, key) in enumerate(CLEAN):
        a = BY_SLUG[slug]
        site, domain = SITES[key]
        url = url_for(layout, slug, domain, 100 + n)
        page = layout(a, url, site, {}, [])
        check(page, a, [])
        write_page(SPLIT, f"clean-{n:02d}-{layout.__name__}", url, page, a, [])
    assert 3 * bare >= blocks, (bare, blocks)
    layouts = {layout.__name__ for layout, _, _ in NOISY + CLEAN}
    urdu = sum(BY_SLUG[slug].lang == "ur" for _, slug, _ in NOISY + CLEAN)
    print(
        f"{len(NOISY) + len(CLEAN)} pages ({len(NOISY)} noisy, {len(CLEAN)} clean, {urdu} Urdu), "
        f"{len(layouts)} layouts, {blocks} noise blocks ({bare} without a telling class or id), "
        f"{strings} noise strings"
    )


if __name__ == "__main__":
    main()
