"""Write a ninth held-out set to pages/heldout9/: written BLIND, to be scored once.

Written without seeing the extractor, its rules or noise lists, the tests, the other
held-out generators (except the two below) or any existing page. Read beforehand:
fixturekit.py, make_heldout.py and make_heldout2.py, and nothing else under the project;
none of their helpers is imported except fixturekit (the chrome here is new).

What is new in this set:
- Pakistan regional news (Balochistan, Gilgit-Baltistan, Chitral, Makran), 17 new
  stories for the noisy pages and 10 new stories written for the clean pages; five pages
  (four noisy, one clean) in Urdu with RTL markup.
- Thirteen layouts: WordPress classic and block (FSE) themes, Drupal (Olivero), Joomla 4
  (Cassiopeia), Ghost (Source, with kg-cards), an Arc-like React page with hashed class
  names and JSON hydration, AMP (reader mode), Blogger, an old table-and-font PHP portal,
  plain HTML5 with no classes, a site whose class names are Urdu transliteration, a
  Next.js/Tailwind site (utility classes only) and a site with meaningless class names.
- Richer stories: in-story subheadings, lists and tables that are content, block quotes,
  inline links, figures with captions and a photo essay; datelines in many wire styles
  (APP, Reuters, AFP, AP, Xinhua, ANI, IANS, Urdu "(اے پی پی)" and "(نامہ نگار)") and a
  wire credit given only in a tail line ("—APP").
- Noise mostly INSIDE the article container, between paragraphs and right after the last
  one, freshly worded, about half of it in markup with no telling class or id names;
  on four templates every noise class name is rewritten (hashed, Tailwind utilities,
  meaningless or Urdu-transliterated). Photo credits sit inside or right after captions.
- Clean pages built to tempt over-deletion: one-line paragraphs, Q&A, lists, tables,
  quotes, and body sentences using read/share/follow/comment/subscribe/related/
  advertisement/download/photo/listen/newsletter/app.

Truth: body = story lines in order (paragraph text after any dateline, subheadings, list
items, table rows with cells joined by one space, quotes); headline, byline, date,
captions and wire tail lines are neither body nor noise. The generator checks that every
body line and noise string is visible on its page and that no noise string occurs in a
body line or in the headline/byline/dateline/caption/tail text.

Run: python benchmarks/extraction/make_heldout9.py  (deterministic).
Every outlet, person and sentence here is invented.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser

from fixturekit import Article, Noise, esc, write_page

SPLIT = "heldout9"


# --- stories --------------------------------------------------------------------------


@dataclass
class Story:
    """Blocks: ("p"|"h"|"q", text), ("ul"|"ol", [items]), ("table", [rows]), ("fig", caption).

    Text may carry [[link]] and **strong** markers; the truth uses the plain text.
    """

    slug: str
    title: str
    byline: str
    date: str
    section: str
    blocks: list[tuple]
    dateline: str | None = None
    place: str | None = None
    agency: str | None = None
    tail: tuple[str, ...] = ()
    lang: str = "en"
    bio_name: str | None = None
    beat: str | None = None
    credit: str | None = None  # fixed photo credit (photo essay)


NOISY_STORIES = [
    Story(
        "ziarat-watchtowers",
        "Watchtowers go up in Ziarat juniper forest ahead of fire season",
        "Gul Khan Kakar",
        "2026-04-09T08:40:00+05:00",
        "Balochistan",
        [
            (
                "p",
                "The forest department has begun building six wooden watchtowers across the "
                "[[Ziarat juniper forest]], hoping to spot fires early enough to stop them "
                "spreading through one of the oldest stands of juniper in the world.",
            ),
            (
                "p",
                "Officials said the towers, each about twelve metres high, would be staffed from "
                "May until the first autumn rains by guards recruited from nearby villages and "
                "trained by the district's disaster management cell.",
            ),
            (
                "p",
                "Last year two fires burned through more than three hundred acres on the slopes "
                "above Kawas before villagers and soldiers contained them with shovels and "
                "branches. Some of the trees lost were thought to be over a thousand years old.",
            ),
            ("h", "Villagers on the front line"),
            (
                "p",
                "Haji Abdul Wali, a village elder from Prang, said the new towers were welcome "
                "but that most fires were still reported by shepherds with mobile phones. “The "
                "signal on the hills is weak, so by the time the call goes through the fire has "
                "already crossed the ridge,” he said.",
            ),
            (
                "p",
                "The department said it had asked a mobile operator to install a booster on "
                "Khilafat hill and would hand out radio sets to the tower guards.",
            ),
            ("fig", "A guard looks out from a newly built watchtower above Kawas village."),
            (
                "p",
                "Conservation groups have long warned that the forest is shrinking because of "
                "grazing, firewood cutting and a fungal disease that has killed older trees "
                "across the valley.",
            ),
            (
                "p",
                "The district forest officer, Naseebullah Tareen, said fines for cutting live "
                "juniper had been raised and that a nursery in Ziarat town would supply twenty "
                "thousand saplings for planting this summer.",
            ),
            ("p", "Work on the towers is expected to finish by the end of April."),
        ],
        dateline="ZIARAT:",
        place="Ziarat",
        bio_name="Gul Khan Kakar",
        beat="forests, water and rural life in northern Balochistan",
    ),
    Story(
        "khaplu-minigrid",
        "Solar mini-grid lights up remote Ghanche villages",
        "APP",
        "2026-01-14T15:05:00+05:00",
        "Gilgit-Baltistan",
        [
            (
                "p",
                "Three villages in the upper Hushe valley received round-the-clock electricity "
                "for the first time on Wednesday after a community-run solar mini-grid was "
                "switched on.",
            ),
            (
                "p",
                "The 120-kilowatt system, built with a grant from a provincial rural energy "
                "programme, will serve around four hundred households and two schools in Kande, "
                "Hushe and Machulu, officials said.",
            ),
            ("fig", "Technicians check battery racks at the new mini-grid station in Kande."),
            (
                "p",
                "Until now the villages depended on a small hydel unit that froze for most of "
                "the winter, leaving families to burn dung and wood for light and heat.",
            ),
            (
                "p",
                "A committee of villagers will collect a monthly fee of 400 rupees from each "
                "household to pay two local technicians and build up a battery replacement "
                "fund, said Ghulam Abbas, an engineer with the programme.",
            ),
            (
                "p",
                "The deputy commissioner of Ghanche, speaking at the inauguration, said similar "
                "systems were planned for eleven more villages along the Shyok river over the "
                "next two years.",
            ),
            (
                "p",
                "Mountaineering guides in Hushe, the last village before the base camps of "
                "Masherbrum and K6, said reliable power would help guest houses stay open "
                "longer into the autumn.",
            ),
        ],
        dateline="KHAPLU, Jan 14 (APP):",
        place="Khaplu",
        agency="APP",
    ),
    Story(
        "turbat-dates-coldstore",
        "Pakistan's Turbat date growers eye Gulf markets as new cold store opens",
        "Shahzeb Dashti",
        "2026-08-20T11:32:00+00:00",
        "Business",
        [
            (
                "p",
                "Date growers in Pakistan's southwestern Kech district opened the region's first "
                "large cold store on Thursday, a step they hope will let them sell premium fruit "
                "to Gulf buyers instead of dumping it on local markets at harvest time.",
            ),
            (
                "p",
                "Kech produces dozens of date varieties, including the prized Begum Jangi, but "
                "growers say up to a third of the crop spoils each year because there is nowhere "
                "to keep it during the hot, humid weeks after picking.",
            ),
            (
                "p",
                "“Every August we watch the prices collapse in a few days,” said Nadeem Baloch, "
                "who farms twelve acres near the Kech river and chairs the growers' cooperative "
                "that runs the new facility. “Now we can wait.”",
            ),
            (
                "p",
                "The 2,000-tonne store was paid for jointly by the cooperative and a provincial "
                "agriculture fund, and will charge members by the crate, he said.",
            ),
            ("h", "Road and border hurdles"),
            (
                "p",
                "Traders said the bigger obstacle was transport. The coastal highway to Karachi "
                "takes more than ten hours by truck, and shipments through Gwadar port remain "
                "irregular.",
            ),
            (
                "p",
                "An official at the provincial agriculture department, who asked not to be named "
                "because he was not authorised to speak to the media, said talks were under way "
                "with two shipping companies on a monthly refrigerated service to Dubai.",
            ),
            (
                "p",
                "Pakistan exported about 90,000 tonnes of dates last year, most of it from "
                "Sindh's Khairpur district, according to trade figures.",
            ),
        ],
        dateline="TURBAT, Pakistan, Aug 20 (Reuters) -",
        place="Turbat",
        agency="Reuters",
        tail=("Reporting by Shahzeb Dashti in Turbat; Editing by Mariam Qureshi and Tom Hale",),
    ),
    Story(
        "diamer-polio-trek",
        "Vaccinators trek to remote Diamer valleys in polio push",
        "AFP",
        "2026-03-02T06:10:00+00:00",
        "Health",
        [
            (
                "p",
                "Teams of health workers set off on foot into the side valleys of northern "
                "Pakistan's Diamer district on Monday, carrying vaccine boxes packed with ice in "
                "a campaign to reach children who missed earlier rounds of polio drops.",
            ),
            (
                "p",
                "Pakistan and neighbouring Afghanistan are the last two countries where wild "
                "polio has never been stamped out, and officials say the mountain valleys of "
                "Gilgit-Baltistan are a weak link because villages are hours from the nearest "
                "road.",
            ),
            (
                "p",
                "“Some of these hamlets have only fifteen or twenty houses, but if we skip them "
                "the virus finds them,” said Dr Shamim Akhtar, who supervises the campaign in "
                "Chilas.",
            ),
            (
                "p",
                "Each team includes a local woman so that vaccinators can enter homes where male "
                "strangers are not welcome, a practice health officials credit with cutting "
                "refusals by half in the past two years.",
            ),
            (
                "p",
                "The week-long campaign aims to vaccinate about 95,000 children under five "
                "across Diamer, including in the Darel and Tangir valleys, where teams will be "
                "escorted by police.",
            ),
            (
                "p",
                "Environmental samples taken from sewage in Gilgit city tested positive for the "
                "virus twice last year, according to the national emergency operations centre, "
                "although no cases of paralysis were recorded in the region.",
            ),
        ],
        dateline="CHILAS, Pakistan (AFP) -",
        place="Chilas",
        agency="AFP",
    ),
    Story(
        "nushki-girls-cricket",
        "Nushki girls' cricket academy draws hundreds to first trials",
        "Mahnoor Jamaldini",
        "2026-02-27T19:20:00+05:00",
        "Sport",
        [
            (
                "p",
                "More than three hundred girls turned up at the district sports ground in Nushki "
                "on Friday for trials at the town's first cricket academy for women, far more "
                "than the organisers had expected.",
            ),
            (
                "p",
                "The academy, set up by a former first-class cricketer with support from the "
                "district administration, will train forty players aged twelve to twenty in two "
                "evening batches.",
            ),
            ("h", "‘We played on rooftops’"),
            (
                "p",
                "Seventeen-year-old Sabira Mengal, who bowled leg-spin in the trials, said she "
                "had learned the game from her brothers on the roof of their house. “This is the "
                "first time I have bowled on grass,” she said.",
            ),
            (
                "p",
                "Parents sat in the shade of the boundary wall through the afternoon. Several "
                "said they had agreed to let their daughters take part because the coaching "
                "staff included women and the ground was closed to spectators.",
            ),
            (
                "p",
                "Head coach Abdul Ghafoor Badini said the best players would be sent to regional "
                "trials in Quetta in the spring.",
            ),
            ("h", "Kit and facilities"),
            (
                "p",
                "The academy has received kits from a Karachi-based charity, but coaches said it "
                "still needed a covered practice net so training could continue through the "
                "summer heat.",
            ),
            (
                "p",
                "The district sports officer said a proposal for the nets had been sent to the "
                "provincial sports department.",
            ),
        ],
        bio_name="Mahnoor Jamaldini",
        beat="sport and youth in Rakhshan division",
    ),
    Story(
        "gwadar-desalination",
        "Desalination plant begins supplying water to Gwadar homes",
        "Xinhua",
        "2026-05-06T21:45:00+08:00",
        "Balochistan",
        [
            (
                "p",
                "A seawater desalination plant in Pakistan's southwestern port city of Gwadar "
                "started supplying drinking water to households on Wednesday, local officials "
                "said.",
            ),
            (
                "p",
                "The plant, with a daily capacity of 1.2 million gallons, will provide water to "
                "about 6,000 households in the old town and the fishermen's colonies along the "
                "eastern bay, according to the Gwadar Development Authority.",
            ),
            (
                "p",
                "Gwadar has long suffered from water shortages, with residents relying on "
                "tankers and the Ankara Kaur dam, which dries up in years of low rainfall.",
            ),
            (
                "p",
                "Abdul Rasheed, a fisherman living near the harbour, told Xinhua that his family "
                "used to spend nearly a third of its income on tanker water during the summer "
                "months.",
            ),
            (
                "p",
                "Officials said a second phase of the pipeline network would be completed by the "
                "end of the year to connect the new housing schemes on the outskirts of the "
                "city.",
            ),
        ],
        dateline="GWADAR, Pakistan, May 6 (Xinhua) --",
        place="Gwadar",
        agency="Xinhua",
    ),
    Story(
        "shimshal-road",
        "Widening of Shimshal road brings hope, and worry, to a high valley",
        "By Farhan Ali Shah, Associated Press",
        "2026-09-12T04:00:00-04:00",
        "Gilgit-Baltistan",
        [
            (
                "p",
                "For most of its history, Shimshal could be reached only by a three-day walk "
                "along the cliffs of a narrow gorge. Now bulldozers are widening the single-lane "
                "jeep road that reached the village in 2003, and residents are divided over what "
                "comes next.",
            ),
            (
                "p",
                "The 56-kilometre road from the Karakoram Highway to the village, at about 3,100 "
                "metres, is being widened and fitted with concrete retaining walls after "
                "repeated rockfalls closed it for weeks at a time.",
            ),
            (
                "p",
                "“When the road closes, our sick have to be carried down on stretchers,” said "
                "Nazia Bibi, a health worker at the village dispensary. “A safer road means a "
                "mother in labour can reach Gilgit in time.”",
            ),
            (
                "p",
                "But some elders worry that easier access will bring more tourist traffic to "
                "the high pastures where families graze yaks and sheep every summer, a tradition "
                "they say holds the community together.",
            ),
            (
                "p",
                "Shimshal is known in Pakistan as a village of mountaineers. Dozens of its "
                "residents have climbed peaks above 8,000 metres, and several have worked as "
                "high-altitude guides on K2 and Nanga Parbat.",
            ),
            (
                "p",
                "Engineers said the widening would be finished in two years, weather permitting.",
            ),
        ],
        dateline="SHIMSHAL, Pakistan (AP) —",
        place="Shimshal",
        agency="AP",
        tail=("Associated Press writer Rizwan Haider in Islamabad contributed to this report.",),
    ),
    Story(
        "kalash-spring-festival",
        "Kalash valleys welcome visitors for spring festival",
        "Our Correspondent",
        "2026-05-14T17:00:00+05:00",
        "Khyber Pakhtunkhwa",
        [
            (
                "p",
                "Celebrations for the spring festival began in the Kalash valleys of Bumburet, "
                "Rumbur and Birir on Thursday, with dancing, songs and the sharing of milk among "
                "families.",
            ),
            (
                "p",
                "The festival, known locally as Chilam Joshi, marks the end of winter and the "
                "return of herds to the high pastures. It continues for four days.",
            ),
            ("fig", "Kalash women dance in the courtyard of a village hall in Bumburet."),
            (
                "p",
                "District officials said more than two thousand domestic and foreign tourists "
                "had arrived, and that extra police had been posted at the entrances to the "
                "valleys.",
            ),
            (
                "p",
                "Kalash elders again asked visitors to respect the community's customs and not "
                "to photograph women without their permission.",
            ),
            (
                "p",
                "“Our guests are welcome, but this is a religious festival, not a show,” said "
                "Taj Khan Kalash, a member of the valley's elders' council.",
            ),
            (
                "p",
                "Hotel owners in Bumburet said all rooms were booked and that many visitors were "
                "camping along the river.",
            ),
            (
                "p",
                "The road from Ayun to Bumburet, repaired after last summer's floods, remained "
                "open to light vehicles.",
            ),
        ],
        dateline="CHITRAL, May 14:",
        place="Chitral",
    ),
    Story(
        "dera-bugti-water",
        "Water supply scheme completed for Dera Bugti town",
        "Web Desk",
        "2026-06-03T13:25:00+05:00",
        "Balochistan",
        [
            (
                "p",
                "A water supply scheme that will bring piped water to most neighbourhoods of "
                "Dera Bugti town has been completed, the public health engineering department "
                "said on Tuesday.",
            ),
            ("p", "The scheme includes:"),
            (
                "ul",
                [
                    "Four tube wells fitted with solar pumps",
                    "An overhead tank holding 100,000 gallons",
                    "Eighteen kilometres of distribution pipes",
                    "Public taps at six points for households not yet connected",
                ],
            ),
            (
                "p",
                "Residents have for years depended on donkey carts and tankers that fill up "
                "from a hill stream several kilometres away.",
            ),
            (
                "p",
                "The department's executive engineer said supply would begin in phases over the "
                "next month, starting with the hospital and the girls' high school.",
            ),
            (
                "p",
                "He added that the department would train local staff to operate and maintain "
                "the pumps, a common problem with earlier schemes in the district that fell into "
                "disuse.",
            ),
        ],
        agency="APP",
        tail=("—APP",),
    ),
    Story(
        "shigar-fort-museum",
        "Restored halls of Shigar Fort to house a museum of Balti crafts",
        "ANI",
        "2026-06-03T18:47:00+05:30",
        "Culture",
        [
            (
                "p",
                "Two halls of the 17th-century Shigar Fort in Gilgit-Baltistan will be turned "
                "into a museum of Balti woodwork and textiles, the local heritage trust that "
                "runs the fort said on Wednesday.",
            ),
            (
                "p",
                "The trust said carved wooden panels, pashmina shawls and copper utensils "
                "collected from villages across the Shigar valley would be displayed, along with "
                "photographs of the fort before its restoration.",
            ),
            (
                "p",
                "The fort, once the seat of the local Amacha rulers, was restored two decades "
                "ago and now operates partly as a heritage hotel.",
            ),
            (
                "p",
                "A spokesperson for the trust said woodcarvers from Shigar and Khaplu had been "
                "hired to repair the museum's ceilings using traditional joinery without nails.",
            ),
            ("p", "The museum is expected to open to visitors in September."),
        ],
        dateline="Skardu [PoGB], June 3 (ANI):",
        place="Skardu",
        agency="ANI",
    ),
    Story(
        "khuzdar-dialysis",
        "Dialysis unit opens at Khuzdar teaching hospital",
        "Saima Zehri",
        "2026-10-01T09:00:00+05:00",
        "Health",
        [
            (
                "p",
                "Patients with kidney failure in Khuzdar will no longer have to travel to "
                "Karachi or Quetta for dialysis after a ten-bed unit opened at the district's "
                "teaching hospital on Wednesday.",
            ),
            (
                "p",
                "Hospital administrators said the unit would run two shifts a day and could "
                "treat up to forty patients a week, free of charge for those registered with "
                "the [[provincial health card]].",
            ),
            (
                "p",
                "Muhammad Hassan, a schoolteacher from Wadh, said he had been taking his father "
                "to Karachi twice a week for almost a year. “We spent more on the road than on "
                "medicine,” he said.",
            ),
            ("h", "Staffing concerns"),
            (
                "p",
                "Doctors at the hospital welcomed the unit but said only two nephrology-trained "
                "nurses had been hired so far, and that the machines would sit idle if the staff "
                "went on leave.",
            ),
            (
                "p",
                "The medical superintendent said four more nurses were being trained in Quetta "
                "and would join in December.",
            ),
            (
                "p",
                "The unit's water treatment plant, needed to purify the water used in dialysis, "
                "was installed with help from a local charity.",
            ),
        ],
        bio_name="Saima Zehri",
        beat="health and education in Khuzdar and Kalat",
    ),
    Story(
        "hingol-turtles-photo-essay",
        "Photo essay: the night watch for green turtles on the Hingol coast",
        "Text and photos by Zainab Rind",
        "2026-11-18T12:00:00+05:00",
        "Environment",
        [
            (
                "p",
                "Every autumn, on a quiet stretch of beach at the edge of Hingol National Park, a "
                "small team of wildlife watchers waits in the dark for green turtles to come "
                "ashore and lay their eggs.",
            ),
            (
                "fig",
                "A green turtle returns to the sea after laying eggs near the mouth of the Hingol.",
            ),
            (
                "p",
                "The watchers, most of them from fishing families in nearby villages, walk the "
                "beach from sunset until dawn, counting nests and moving eggs laid too close to "
                "the tide line.",
            ),
            ("fig", "Abdul Sattar marks a nest with a wooden stake before sunrise."),
            (
                "p",
                "“When I was a boy we ate turtle eggs,” said Abdul Sattar, who has worked with "
                "the team for nine years. “Now my children come with me to count the "
                "hatchlings.”",
            ),
            ("fig", "Hatchlings crawl towards the water at first light."),
            (
                "p",
                "The park's wildlife staff say the number of nests has risen slowly over the "
                "past decade, but plastic waste and stray dogs remain a threat.",
            ),
            ("fig", "Fishing nets and plastic bottles gathered on the beach in a single morning."),
            ("p", "This season the team recorded 212 nests, up from 180 the year before."),
        ],
        bio_name="Zainab Rind",
        beat="the Makran coast and its wildlife",
        credit="Photo: Zainab Rind",
    ),
    Story(
        "loralai-olive-press",
        "Loralai's first olive oil press opens to growers",
        "Staff Report",
        "2026-11-08T16:10:00+05:00",
        "Business",
        [
            (
                "p",
                "An olive oil extraction unit opened in Loralai on Sunday, giving growers in the "
                "district a place to press their fruit without sending it to Punjab.",
            ),
            (
                "p",
                "The agriculture department said more than 1,800 acres had been planted with "
                "olive trees in Loralai, Musakhel and Barkhan over the past eight years under a "
                "national oilseed programme.",
            ),
            (
                "p",
                "Growers said they had until now sold much of their harvest as table olives at "
                "low prices because the nearest press was in Chakwal, more than 600 kilometres "
                "away.",
            ),
            (
                "p",
                "The unit can process 500 kilograms of olives an hour and will charge growers by "
                "weight, officials said. The department will also test the oil in its "
                "laboratory in Quetta.",
            ),
            (
                "p",
                "Grower Fazal Haq Luni said his first pressing had yielded nearly fourteen "
                "litres of oil from a hundred kilograms of fruit. “It is good oil, and now we "
                "know what our trees can do,” he said.",
            ),
        ],
        dateline="LORALAI, Nov 8 (APP) –",
        place="Loralai",
        agency="APP",
    ),
    Story(
        "gb-snowfall-stranded",
        "Heavy snow cuts off parts of Gilgit-Baltistan, hundreds stranded",
        "IANS",
        "2026-01-09T22:15:00+05:30",
        "Gilgit-Baltistan",
        [
            (
                "p",
                "Heavy snowfall over the past two days has cut road links to several valleys in "
                "Gilgit-Baltistan, stranding hundreds of travellers on the Karakoram Highway, "
                "local media reported on Friday.",
            ),
            (
                "p",
                "The Babusar Pass and the road to Astore were closed after up to four feet of "
                "snow fell on higher ground, while the highway near Jaglot was blocked by a "
                "landslide, the reports said.",
            ),
            (
                "p",
                "Officials said stranded passengers had been moved to schools and mosques in "
                "nearby villages and were being given food and blankets.",
            ),
            (
                "p",
                "Flights between Islamabad and Gilgit were also cancelled for a second "
                "consecutive day because of poor visibility.",
            ),
            ("p", "The weather department has forecast more snow in the north over the weekend."),
        ],
        dateline="Islamabad, Jan 9 (IANS)",
        place="Islamabad",
        agency="IANS",
        tail=("--IANS", "sd/rad"),
    ),
    Story(
        "ur-gb-wheat-quota",
        "گلگت بلتستان میں سبسڈی والی گندم کا کوٹہ بڑھانے کا فیصلہ",
        "نامہ نگار",
        "2026-02-11T14:00:00+05:00",
        "گلگت بلتستان",
        [
            (
                "p",
                "گلگت بلتستان کی حکومت نے سردیوں کے دوران آٹے کی قلت کے پیش نظر سبسڈی والی "
                "گندم کا ماہانہ کوٹہ بڑھانے کا فیصلہ کیا ہے۔",
            ),
            (
                "p",
                "محکمہ خوراک کے ایک افسر کے مطابق استور، غذر اور گانچھے کے دور دراز علاقوں کے "
                "لیے اضافی ٹرک روانہ کیے جائیں گے تاکہ برفباری سے پہلے گوداموں میں ذخیرہ کیا جا "
                "سکے۔",
            ),
            (
                "p",
                "شہریوں نے شکایت کی تھی کہ گزشتہ ماہ کئی علاقوں میں آٹے کے تھیلے بازار سے غائب "
                "ہو گئے تھے اور لوگوں کو مہنگے داموں آٹا خریدنا پڑا۔",
            ),
            ("h", "ذخیرہ اندوزی کے خلاف کارروائی"),
            (
                "p",
                "حکام نے بتایا کہ ذخیرہ اندوزی کرنے والے ڈیلروں کے خلاف کارروائی کی جائے گی اور "
                "ان کے لائسنس منسوخ کیے جا سکتے ہیں۔",
            ),
            (
                "p",
                "عوامی ایکشن کمیٹی کے رہنماؤں نے فیصلے کا خیر مقدم کیا لیکن مطالبہ کیا کہ کوٹے "
                "کی تقسیم کی نگرانی کے لیے مقامی کمیٹیاں بنائی جائیں۔",
            ),
        ],
        dateline="گلگت (نامہ نگار) —",
        place="گلگت",
        lang="ur",
    ),
    Story(
        "ur-quetta-rain",
        "کوئٹہ اور گردونواح میں بارش، سردی کی شدت میں اضافہ",
        "ویب ڈیسک",
        "2026-12-19T20:30:00+05:00",
        "بلوچستان",
        [
            (
                "p",
                "کوئٹہ اور بلوچستان کے شمالی اضلاع میں جمعہ کی صبح سے وقفے وقفے سے بارش کا "
                "سلسلہ جاری ہے جس سے سردی کی شدت میں اضافہ ہو گیا ہے۔",
            ),
            (
                "p",
                "محکمہ موسمیات کے مطابق زیارت، قلات اور پشین کے پہاڑی علاقوں میں ہلکی برفباری "
                "بھی ہوئی جبکہ کوئٹہ میں کم سے کم درجہ حرارت منفی دو ڈگری ریکارڈ کیا گیا۔",
            ),
            ("fig", "کوئٹہ میں بارش کے دوران جناح روڈ کا ایک منظر"),
            (
                "p",
                "کسانوں نے بارش کو گندم اور باغات کے لیے مفید قرار دیا ہے کیونکہ صوبے میں "
                "گزشتہ دو ماہ سے خشک سالی کی صورتحال تھی۔",
            ),
            (
                "p",
                "دوسری جانب شہر کے کئی علاقوں میں گیس کا پریشر کم ہونے کی شکایات میں اضافہ ہو "
                "گیا ہے۔",
            ),
            ("p", "محکمہ موسمیات نے آئندہ چوبیس گھنٹوں کے دوران مزید بارش کی پیش گوئی کی ہے۔"),
        ],
        dateline="کوئٹہ (اے پی پی) —",
        place="کوئٹہ",
        agency="APP",
        lang="ur",
    ),
    Story(
        "ur-turbat-hostel",
        "تربت یونیورسٹی میں طالبات کے لیے نیا ہاسٹل",
        "ویب ڈیسک",
        "2026-09-28T11:45:00+05:00",
        "تعلیم",
        [
            (
                "p",
                "تربت یونیورسٹی میں طالبات کے لیے دو سو بستروں پر مشتمل نئے ہاسٹل کا افتتاح کر "
                "دیا گیا ہے جس سے دور دراز علاقوں سے آنے والی طالبات کو رہائش میں آسانی ہوگی۔",
            ),
            (
                "p",
                "یونیورسٹی انتظامیہ کے مطابق پنجگور، آواران اور گوادر سے تعلق رکھنے والی طالبات "
                "کی بڑی تعداد کرائے کے مکانوں میں رہنے پر مجبور تھی۔",
            ),
            ("p", "ہاسٹل میں لائبریری، کمپیوٹر لیب اور شمسی توانائی کا نظام بھی نصب کیا گیا ہے۔"),
            (
                "p",
                "ایک طالبہ نے بتایا کہ پہلے انہیں روزانہ دو گھنٹے کا سفر کرنا پڑتا تھا اور اب "
                "وہ پڑھائی پر زیادہ توجہ دے سکیں گی۔",
            ),
            (
                "p",
                "وائس چانسلر نے کہا کہ اگلے سال طلبہ کے لیے بھی ایک نیا ہاسٹل تعمیر کیا جائے گا۔",
            ),
        ],
        lang="ur",
    ),
]


CLEAN_STORIES = [
    Story(
        "quetta-matric-results",
        "Matric results: Quetta board pass rate rises to 71 percent",
        "Staff Reporter",
        "2026-07-22T17:40:00+05:00",
        "Education",
        [
            (
                "p",
                "The Balochistan Board of Intermediate and Secondary Education announced the "
                "matriculation results on Wednesday, with 71 percent of candidates passing, up "
                "from 64 percent last year.",
            ),
            ("p", "Girls outperformed boys for the fourth year running."),
            ("p", "The top three positions went to:"),
            (
                "ol",
                [
                    "Hafsa Noor, Government Girls High School, Sariab Road – 1,142 marks",
                    "Mir Hasan Raisani, Tameer-e-Nau Public School – 1,138 marks",
                    "Areeba Kakar, Government Girls High School, Pishin – 1,131 marks",
                ],
            ),
            ("p", "District-wise pass rates, as released by the board:"),
            (
                "table",
                [
                    ["District", "Candidates", "Pass rate"],
                    ["Quetta", "18,420", "76%"],
                    ["Pishin", "6,310", "69%"],
                    ["Kech", "5,980", "72%"],
                    ["Khuzdar", "4,775", "63%"],
                ],
            ),
            (
                "p",
                "Students can download their marks certificates from the board's website or "
                "read the full gazette at the board office on Spinny Road.",
            ),
            (
                "p",
                "A board official said students who wanted to share their results with "
                "universities abroad could request a verified copy through the board's new app, "
                "which was launched in March.",
            ),
            ("p", "Those unhappy with their marks can apply for rechecking until August 10."),
            ("p", "That is a week longer than last year."),
        ],
        dateline="QUETTA:",
        place="Quetta",
    ),
    Story(
        "gilgit-winter-schedule",
        "Gilgit power department issues winter load-shedding schedule",
        "APP",
        "2026-12-02T12:15:00+05:00",
        "Gilgit-Baltistan",
        [
            (
                "p",
                "The Gilgit-Baltistan water and power department on Tuesday issued a "
                "load-shedding schedule for Gilgit city for the winter months, as river flows "
                "feeding the region's hydropower stations fell to their seasonal low.",
            ),
            (
                "p",
                "Under the schedule, each feeder will have power for roughly eleven hours a day:",
            ),
            (
                "table",
                [
                    ["Feeder", "Morning supply", "Evening supply"],
                    ["Jutial", "6am–11am", "5pm–11pm"],
                    ["Kashrote", "7am–12pm", "6pm–12am"],
                    ["Danyore", "5am–10am", "4pm–10pm"],
                    ["Sonikot", "8am–1pm", "5pm–11pm"],
                ],
            ),
            (
                "p",
                "Residents were asked to follow the timings and to report transformer faults to "
                "the complaint centre on 05811-920455.",
            ),
            (
                "p",
                "The department said customers could subscribe to SMS alerts about unscheduled "
                "outages by sending their reference number to 8030.",
            ),
            ("p", "Hospitals, the water filtration plant and the airport are exempt."),
            ("p", "Officials said the schedule would be reviewed in February."),
        ],
        dateline="GILGIT, Dec 2 (APP):",
        place="Gilgit",
        agency="APP",
    ),
    Story(
        "karimabad-library",
        "In Karimabad, a community library where the whole valley comes to read",
        "Amna Shigri",
        "2026-10-05T10:00:00+05:00",
        "Culture",
        [
            ("p", "The library opens at nine."),
            (
                "p",
                "By ten, every chair in the single reading room above Karimabad's main bazaar is "
                "taken: schoolgirls with exam guides, retired soldiers with newspapers, a "
                "shopkeeper reading poetry while his nephew minds the counter.",
            ),
            (
                "p",
                "The Hunza Community Library was founded in 2009 by a group of teachers who "
                "pooled their own books. It now holds about 14,000 titles in English, Urdu, "
                "Burushaski and Wakhi.",
            ),
            (
                "q",
                "“People here love to read. They only needed a place to do it,” said Shireen "
                "Karim, one of the founders.",
            ),
            (
                "p",
                "Members pay 100 rupees a year. Anyone can borrow up to three books for two weeks.",
            ),
            ("h", "Share a book, take a book"),
            (
                "p",
                "Near the door stands a wooden shelf where visitors leave books they have "
                "finished and take others for free. Tourists have left novels in German, "
                "Japanese and Korean.",
            ),
            ("fig", "Schoolgirls study in the library's reading room on a Saturday morning."),
            (
                "p",
                "The library also runs a weekly story hour for children, and volunteers read "
                "aloud to elderly residents who cannot see well.",
            ),
            (
                "p",
                "Follow-up plans include a small digital corner, where students could download "
                "course material on two donated laptops.",
            ),
            ("p", "Asked what the library needed most, Karim did not hesitate."),
            ("p", "“More shelves.”"),
        ],
    ),
    Story(
        "panjgur-community-radio",
        "Panjgur's community radio finds its voice",
        "Barkat Baloch",
        "2026-09-01T08:30:00+05:00",
        "Culture",
        [
            (
                "p",
                "Tune to 98.2 FM in Panjgur on any evening and you will hear a date farmer "
                "explaining pest control, a schoolteacher reading a Balochi poem, or a doctor "
                "answering questions about diabetes.",
            ),
            (
                "p",
                "Radio Rakhshan, a community station run by twelve volunteers, went on air two "
                "years ago when mobile internet in the district was suspended for months. It has "
                "since become one of the few sources of local news.",
            ),
            ("p", "Its daily programmes include:"),
            (
                "ul",
                [
                    "Sahar – morning news and weather, 7am",
                    "Kisan Baithak – a phone-in for farmers, 11am",
                    "Zaal Majlis – a women's programme, 3pm",
                    "Shaam-e-Sukhan – poetry and music, 8pm",
                ],
            ),
            (
                "p",
                "Listeners can comment on air by calling the studio, and the station reads out "
                "text messages from villages where calls do not connect.",
            ),
            (
                "p",
                "“People listen on old radio sets, on their phones, in their trucks,” said "
                "station manager Shah Bibi. “Some of them have never used an app in their lives, "
                "but they know our frequency.”",
            ),
            (
                "p",
                "The station also posts recordings online so that Panjgur families working in "
                "the Gulf can download episodes and listen later.",
            ),
            (
                "p",
                "It survives on small grants and advertisement slots bought by local shops, "
                "which cost 300 rupees for a thirty-second spot.",
            ),
            (
                "p",
                "Volunteers say their next goal is a second transmitter to reach the villages "
                "around Gichk.",
            ),
        ],
        dateline="PANJGUR:",
        place="Panjgur",
    ),
    Story(
        "balochistan-budget-explainer",
        "Explainer: what Balochistan's new budget means for districts",
        "Aamir Lehri",
        "2026-06-20T22:00:00+05:00",
        "Business",
        [
            (
                "p",
                "The Balochistan government presented its budget for the coming fiscal year on "
                "Friday. Here is what it means for the province's districts.",
            ),
            ("h", "How much is being spent?"),
            (
                "p",
                "The total outlay is 1.1 trillion rupees, of which 340 billion is set aside for "
                "development projects.",
            ),
            ("h", "Where is the development money going?"),
            (
                "ul",
                [
                    "Roads and bridges: 92 billion rupees",
                    "Education: 61 billion rupees",
                    "Water and irrigation: 55 billion rupees",
                    "Health: 48 billion rupees",
                ],
            ),
            ("h", "What about district councils?"),
            (
                "p",
                "District councils will receive 9 percent of the development budget directly, "
                "up from 6 percent. The finance department said the money would be released in "
                "quarterly instalments.",
            ),
            ("h", "Read the fine print"),
            (
                "p",
                "Related spending on salaries and pensions is listed in a separate volume, which "
                "opposition lawmakers said made it hard to compare the figures with last year's.",
            ),
            (
                "p",
                "Government advertisement spending is budgeted at 2.4 billion rupees, a figure "
                "critics say should be cut.",
            ),
            ("h", "What happens next?"),
            (
                "p",
                "The provincial assembly will debate the budget for ten days before voting on "
                "it. Lawmakers have until June 28 to propose cuts.",
            ),
            (
                "p",
                "Copies of the budget documents can be downloaded from the finance department's "
                "website.",
            ),
        ],
    ),
    Story(
        "skardu-photo-contest",
        "Skardu teenagers win mountain photography contest",
        "Sajjad Hussain",
        "2026-08-28T15:00:00+05:00",
        "Gilgit-Baltistan",
        [
            (
                "p",
                "Two students from Skardu have won the top prizes in a national photography "
                "contest on mountain life, beating more than 1,500 entries.",
            ),
            ("fig", "The winning picture: a shepherd and his flock on the frozen Satpara lake."),
            (
                "p",
                "Sixteen-year-old Kumail Abbas won first prize for a photo of a shepherd crossing "
                "the frozen Satpara lake at dawn with his flock.",
            ),
            (
                "p",
                "Second prize went to Fatima Batool, 17, for a series of portraits of women "
                "weaving woollen shawls in her village in Shigar.",
            ),
            (
                "p",
                "“I took the picture on my father's phone,” Kumail said. “I waited two hours in "
                "the cold for the light.”",
            ),
            (
                "p",
                "The contest was organised by a mountaineering club in Islamabad, which said it "
                "wanted young people in the north to photograph their own communities rather "
                "than leave it to visitors.",
            ),
            (
                "p",
                "The winning photos will be printed in the club's quarterly newsletter and shown "
                "at an exhibition in Islamabad in October.",
            ),
            ("p", "Kumail said he would use the prize money to buy a second-hand camera."),
            ("p", "His advice to other young photographers was short: “Be patient.”"),
        ],
        dateline="SKARDU, Aug 28:",
        place="Skardu",
    ),
    Story(
        "booni-teacher-retires",
        "After 38 years, Booni's favourite teacher rings the last bell",
        "Zahid Ali",
        "2026-04-01T18:00:00+05:00",
        "Education",
        [
            ("p", "Master Rehmat Wali taught his last class on Tuesday."),
            (
                "p",
                "For 38 years he taught mathematics at the government high school in Booni, and "
                "by his own count more than four thousand pupils passed through his classroom.",
            ),
            (
                "p",
                "Former students travelled from Peshawar, Islamabad and even Dubai for his farewell.",
            ),
            (
                "q",
                "“He never let us leave a sum unfinished,” said Dr Nusrat Jahan, a surgeon in "
                "Peshawar who studied under him in the 1990s.",
            ),
            (
                "p",
                "Wali, 60, said the biggest change he had seen was the number of girls in "
                "school. “When I started, there were three girls in the whole school. Now they "
                "are half.”",
            ),
            (
                "p",
                "He plans to keep a garden and, he said, to finally read the books he has been "
                "collecting.",
            ),
            (
                "p",
                "Asked for a message to his students, he said: “Keep learning, and share what you learn.”",
            ),
            ("p", "Then he rang the bell."),
        ],
        dateline="BOONI:",
        place="Booni",
    ),
    Story(
        "naseerabad-weather-app",
        "Weather alerts app helps Naseerabad farmers time their sowing",
        "Rubina Jamali",
        "2026-03-18T11:00:00+05:00",
        "Business",
        [
            (
                "p",
                "Rice farmers in Naseerabad division are using a free mobile app to decide when "
                "to sow, irrigate and spray, and officials say early results are encouraging.",
            ),
            (
                "p",
                "The app, developed by a university in Quetta with the provincial agriculture "
                "department, sends alerts in Urdu, Sindhi and Balochi about rain, heatwaves and "
                "canal water releases.",
            ),
            (
                "p",
                "Farmers sign up with a phone number. Those without smartphones can subscribe to "
                "the same alerts by text message.",
            ),
            ("p", "Here is how it works:"),
            (
                "ol",
                [
                    "The farmer registers the location of the field.",
                    "The app sends a daily three-day forecast.",
                    "Warnings about heat or storms arrive as voice notes.",
                    "Farmers can send a photo of a diseased plant and get advice within a day.",
                ],
            ),
            (
                "p",
                "“I used to follow what my neighbours did. Now I follow the forecast,” said "
                "Ghulam Rasool Khosa, who grows rice on fifteen acres near Dera Murad Jamali.",
            ),
            (
                "p",
                "About 11,000 farmers have downloaded the app since its launch in October. The "
                "developers said many users share alerts with neighbours on WhatsApp.",
            ),
            (
                "p",
                "The agriculture department plans a related training programme for extension "
                "workers in Jaffarabad and Sohbatpur this summer.",
            ),
        ],
        dateline="DERA MURAD JAMALI:",
        place="Dera Murad Jamali",
    ),
    Story(
        "gwadar-commissioner-qa",
        "‘The port must work for the fishermen first’: Q&A with Gwadar's new commissioner",
        "Interview by Sana Durrani",
        "2026-05-25T09:30:00+05:00",
        "Balochistan",
        [
            (
                "p",
                "Gwadar's new divisional commissioner, Javed Ahmed Marri, took charge last month. "
                "He spoke to us about water, jobs and the fishing community.",
            ),
            ("p", "**Q: What is your first priority?**"),
            (
                "p",
                "A: Water. Nothing else works without it. The desalination plants must run at "
                "full capacity, and we are fixing the pipelines in the old town.",
            ),
            ("p", "**Q: Fishermen complain about trawlers in their waters. What will you do?**"),
            (
                "p",
                "A: We have increased patrols with the fisheries department. Illegal trawlers "
                "will be impounded. That is not negotiable.",
            ),
            ("p", "**Q: Young people say the port has not given them jobs.**"),
            (
                "p",
                "A: They are right to ask. We are starting a training centre for port trades, "
                "and I want local hiring figures published every quarter.",
            ),
            ("p", "**Q: How can residents reach you?**"),
            (
                "p",
                "A: My office holds an open hearing every Tuesday. People can also comment on "
                "our page or send a message, and my staff will follow up.",
            ),
            ("p", "**Q: Anything else?**"),
            ("p", "A: Yes. Judge us in a year, not in a month."),
        ],
    ),
    Story(
        "ur-hunza-cherry",
        "ہنزہ میں چیری کی برداشت شروع، کاشتکاروں کو اچھی قیمت کی امید",
        "کریم خان",
        "2026-06-08T16:20:00+05:00",
        "گلگت بلتستان",
        [
            (
                "p",
                "ہنزہ اور نگر کی وادیوں میں چیری کی برداشت کا آغاز ہو گیا ہے اور کاشتکاروں کو "
                "امید ہے کہ اس سال انہیں بہتر قیمت ملے گی۔",
            ),
            ("p", "کاشتکاروں کے مطابق اس سال پھل کا معیار اچھا ہے۔"),
            ("p", "مقامی منڈی میں قیمتیں یہ رہیں:"),
            (
                "ul",
                [
                    "سرخ چیری: 600 روپے فی کلو",
                    "سیاہ چیری: 750 روپے فی کلو",
                    "پیلی چیری: 450 روپے فی کلو",
                ],
            ),
            (
                "p",
                "علی آباد کے ایک کاشتکار نے بتایا کہ وہ اپنی فصل کی تصاویر موبائل ایپ کے ذریعے "
                "اسلام آباد کے خریداروں کو بھیجتے ہیں اور خریدار آن لائن آرڈر دیتے ہیں۔",
            ),
            ("q", "”اچھی قیمت ملی تو اگلے سال مزید درخت لگائیں گے“"),
            (
                "p",
                "محکمہ زراعت نے کاشتکاروں کو مشورہ دیا ہے کہ وہ پھل کو ٹھنڈی جگہ پر رکھیں اور "
                "پیکنگ کے لیے گتے کے ڈبے استعمال کریں۔",
            ),
            ("p", "مزید معلومات کے لیے کاشتکار محکمہ زراعت کے ضلعی دفتر سے رابطہ کر سکتے ہیں۔"),
        ],
        dateline="ہنزہ (نامہ نگار) —",
        place="ہنزہ",
        lang="ur",
    ),
]


# --- sites and chrome vocabulary ------------------------------------------------------


@dataclass
class Site:
    name: str
    domain: str
    tagline: str
    city: str
    address: str
    handle: str
    lang: str = "en"

    @property
    def L(self) -> dict[str, str]:
        return LABELS[self.lang]

    @property
    def sections(self) -> list[tuple[str, list[str]]]:
        return SECTIONS[self.lang]


LABELS = {
    "en": {
        "home": "Home",
        "search": "Search",
        "by": "By",
        "published": "Published",
        "updated": "Updated",
        "about": "About us",
        "contact": "Contact us",
        "careers": "Careers",
        "advertise": "Advertise with us",
        "epaper": "E-paper",
        "privacy": "Privacy policy",
        "terms": "Terms of use",
        "ethics": "Code of ethics",
        "sitemap": "Sitemap",
        "rss": "RSS feeds",
        "rights": "All rights reserved.",
        "sections": "Sections",
        "company": "The paper",
        "legal": "Legal",
        "login": "Sign in",
        "skip": "Skip to content",
        "menu": "Menu",
        "today": "Today's paper",
    },
    "ur": {
        "home": "صفحہ اول",
        "search": "تلاش",
        "by": "تحریر:",
        "published": "شائع شدہ",
        "updated": "اپ ڈیٹ",
        "about": "ہمارے بارے میں",
        "contact": "رابطہ",
        "careers": "ملازمتیں",
        "advertise": "اشتہارات",
        "epaper": "ای پیپر",
        "privacy": "پرائیویسی پالیسی",
        "terms": "شرائط و ضوابط",
        "ethics": "ضابطہ اخلاق",
        "sitemap": "سائٹ میپ",
        "rss": "آر ایس ایس",
        "rights": "جملہ حقوق محفوظ ہیں۔",
        "sections": "شعبے",
        "company": "ادارہ",
        "legal": "قانونی",
        "login": "لاگ ان",
        "skip": "مواد پر جائیں",
        "menu": "مینو",
        "today": "آج کا اخبار",
    },
}

SECTIONS = {
    "en": [
        ("Balochistan", ["Quetta", "Makran", "Kalat", "Zhob", "Naseerabad", "Rakhshan", "Sibi"]),
        ("Gilgit-Baltistan", ["Gilgit", "Skardu", "Hunza", "Ghizer", "Diamer", "Ghanche"]),
        ("Khyber Pakhtunkhwa", ["Peshawar", "Malakand", "Chitral", "Hazara", "Bannu"]),
        ("Sindh", ["Karachi", "Hyderabad", "Sukkur", "Larkana", "Thar"]),
        ("Punjab", ["Lahore", "Multan", "DG Khan", "Bahawalpur"]),
        ("AJK", ["Muzaffarabad", "Neelum", "Rawalakot"]),
        ("Pakistan", []),
        ("Business", ["Markets", "Agriculture", "Energy", "Trade"]),
        ("Sport", ["Cricket", "Football", "Polo", "Hockey"]),
        ("Opinion", ["Editorials", "Columns", "Letters"]),
        ("Environment", []),
        ("Education", []),
        ("Health", []),
        ("Culture", ["Books", "Music", "Heritage"]),
        ("Photos", []),
        ("Videos", []),
    ],
    "ur": [
        ("بلوچستان", ["کوئٹہ", "مکران", "قلات", "ژوب", "نصیر آباد"]),
        ("گلگت بلتستان", ["گلگت", "سکردو", "ہنزہ", "غذر", "دیامر"]),
        ("خیبر پختونخوا", ["پشاور", "چترال", "سوات"]),
        ("سندھ", ["کراچی", "حیدرآباد", "سکھر"]),
        ("پنجاب", ["لاہور", "ملتان"]),
        ("کشمیر", []),
        ("پاکستان", []),
        ("کاروبار", []),
        ("کھیل", ["کرکٹ", "فٹبال", "پولو"]),
        ("کالم", []),
        ("تعلیم", []),
        ("صحت", []),
        ("تصاویر", []),
        ("ویڈیوز", []),
    ],
}

SITES = {
    "bolan": Site(
        "The Bolan Chronicle",
        "bolanchronicle.example",
        "Quetta's independent daily since 1987",
        "Quetta",
        "14 Jinnah Road, Quetta",
        "bolanchronicle",
    ),
    "karakoram": Site(
        "Karakoram Dispatch",
        "karakoramdispatch.example",
        "News from the roof of Pakistan",
        "Gilgit",
        "Jutial Road, Gilgit",
        "kkdispatch",
    ),
    "makran": Site(
        "Makran Mail",
        "makranmail.example",
        "Coast, desert and the people between",
        "Turbat",
        "Main Bazaar, Turbat, Kech",
        "makranmail",
    ),
    "frontier": Site(
        "Frontier Ledger",
        "frontierledger.example",
        "Reporting the northwest",
        "Peshawar",
        "University Road, Peshawar",
        "frontierledger",
    ),
    "chiltan": Site(
        "Chiltan Times",
        "chiltantimes.example",
        "Balochistan in depth",
        "Quetta",
        "Zarghoon Road, Quetta Cantonment",
        "chiltantimes",
    ),
    "pamir": Site(
        "Pamir Post",
        "pamirpost.example",
        "Hunza · Nagar · Gojal",
        "Karimabad",
        "Ganish Road, Karimabad, Hunza",
        "pamirpost",
    ),
    "indus": Site(
        "Indus Morning Post",
        "indusmorning.example",
        "Every morning, every district",
        "Sukkur",
        "Military Road, Sukkur",
        "indusmorning",
    ),
    "sulaiman": Site(
        "Sulaiman Herald",
        "sulaimanherald.example",
        "Voice of the Zhob and Loralai valleys",
        "Loralai",
        "Bazaar Road, Loralai",
        "sulaimanherald",
    ),
    "sangemeel": Site(
        "روزنامہ سنگ میل",
        "sangemeel.example",
        "بلوچستان کی آواز",
        "کوئٹہ",
        "جناح روڈ، کوئٹہ",
        "sangemeel",
        "ur",
    ),
    "shumaal": Site(
        "شمال نیوز",
        "shumaalnews.example",
        "گلگت بلتستان کی خبریں",
        "گلگت",
        "جوٹیال، گلگت",
        "shumaalnews",
        "ur",
    ),
    "hamwatan": Site(
        "ہم وطن",
        "hamwatan.example",
        "سچ کی تلاش میں",
        "تربت",
        "مین بازار، تربت",
        "hamwatanpk",
        "ur",
    ),
}

# --- headline and noise vocabulary ----------------------------------------------------

EN_HEADLINES = [
    "Quetta cantonment road to stay shut for repairs",
    "Mastung apricot growers seek cold storage",
    "Gilgit police launch helpline for tourists",
    "Panjgur students stage sit-in over internet outages",
    "Hub industrial estate gets new fire station",
    "Kharan women's college admits its first batch",
    "Nagar valley cherry season starts early",
    "Pishin farmers turn to saffron trials",
    "Gwadar fish harbour dredging to begin next week",
    "Snow leopard caught on camera trap near Khunjerab",
    "Ghizer trout farms recover after floods",
    "Awaran gets a mobile health unit",
    "Kohlu coal miners' union calls off strike",
    "Ormara beach clean-up collects two tonnes of plastic",
    "Deosai plains to open to visitors in June",
    "Sui gas field workers demand overdue wages",
    "Khuzdar-Karachi highway dualisation ahead of schedule",
    "Musakhel schools get solar panels",
    "Astore potato prices fall at Rawalpindi market",
    "Jiwani airport runway extension approved",
    "Bannu sweet makers prepare for Eid rush",
    "Rawalakot tea stalls reopen after snowfall",
    "Dalbandin records the year's hottest day",
    "GB cabinet approves a tourism police force",
    "Washuk camel herders move early to summer pastures",
    "Sherani pine nut harvest hit by beetles",
    "Kalam hoteliers oppose river-bank demolitions",
    "Lyari boxing club sends team to Quetta",
    "Passu suspension bridge closed for annual repairs",
    "Makran coastal highway gets emergency posts",
    "Taftan immigration office extends hours",
    "Zhob mosque committee opens free dispensary",
    "Skardu cold desert rally postponed",
    "Barkhan teachers' recruitment test results out",
    "Harnai railway line survey completed",
    "Gupis lake fishing permits go online",
    "Naseerabad rice mills face gas shortfall",
    "Qila Saifullah women set up embroidery co-op",
    "Altit village wins heritage award",
    "Sost dry port handles record containers",
    "Bela flood survivors still await new homes",
    "Turbat bus terminal to move out of city centre",
]

UR_HEADLINES = [
    "کوئٹہ میں پانی کی قلت کے خلاف شہریوں کا احتجاج",
    "گلگت میں سیاحوں کے لیے نئی ہیلپ لائن قائم",
    "تربت میں کھجور منڈی کا افتتاح",
    "گوادر کے ماہی گیروں کا دھرنا ختم",
    "نگر میں خوبانی کی فصل کو کیڑوں سے نقصان",
    "خضدار میں نئی سڑک کی تعمیر کا آغاز",
    "سکردو ایئرپورٹ سے پروازیں دوبارہ شروع",
    "پنجگور میں موبائل انٹرنیٹ تین ہفتے بعد بحال",
    "ژوب میں زیتون کے باغات کی رجسٹریشن شروع",
    "چترال میں برفباری سے لواری ٹنل کے راستے متاثر",
    "نوشکی میں فٹبال ٹورنامنٹ کا فائنل آج کھیلا جائے گا",
    "استور میں آلو کی قیمتوں میں نمایاں کمی",
    "پشین میں سیب کے کاشتکاروں کے لیے کولڈ اسٹوریج",
    "حب میں صنعتی علاقے کے لیے فائر اسٹیشن منظور",
    "غذر میں ٹراؤٹ فارمز کی بحالی کا کام مکمل",
    "لورالائی یونیورسٹی میں نئے شعبے کا قیام",
]

VIDEO_TITLES = [
    "Snow clears from the Babusar Pass (2:14)",
    "Inside Quetta's oldest bookshop (4:02)",
    "How Gwadar's fishermen mend their nets (3:15)",
    "Shandur polo final: the best moments (6:40)",
    "Cherry pickers of the Nagar valley (2:51)",
]

SPONSORED = [
    ("This simple habit helps Lahore families cut their electricity bills", "HomeSaver"),
    ("Karachi property prices: what first-time buyers should know", "PlotFinder"),
    ("Islamabad doctors explain a common cause of knee pain", "HealthLine PK"),
    ("The Murree guest houses travellers keep going back to", "StayNorth"),
    ("Compare car insurance quotes in under two minutes", "Bima Compare"),
]

EN_COMMENTS = [
    (
        "Baloch_Nasir",
        "Finally some good news from our district. Hope the work is not left half done.",
    ),
    ("Sakina K.", "Who will pay for the upkeep once the project money runs out?"),
    ("Rehmat, Skardu", "Our village was promised exactly the same thing three years ago."),
    ("Dr. Haneef", "Well written report. Please also cover the situation in Washuk."),
    ("Zarghoon", "Officials always say next year. We will believe it when we see it."),
    ("Farida Jamali", "Good initiative, the youth of the province need more of this."),
    ("Asif from Gilgit", "Road conditions beyond Jaglot are still terrible, someone should look."),
]

UR_COMMENTS = [
    ("عبدالواحد", "اللہ کرے یہ منصوبہ وقت پر مکمل ہو"),
    ("سلمیٰ", "ہمارے گاؤں میں بھی یہی مسئلہ ہے، کوئی سننے والا نہیں"),
    ("نوید، سکردو", "حکومت کو دور دراز علاقوں پر بھی توجہ دینی چاہیے"),
    ("ظفر اقبال", "بہت اچھی خبر ہے، رپورٹ کرنے کا شکریہ"),
]

EN_CREDITS = [
    "Photo: Karim Baig/APP",
    "Photograph: Ali Jan Hasni",
    "Image: handout from the district administration",
    "Picture by Shakeel Kakar / Online",
    "(Courtesy: GB Disaster Management Authority)",
    "Photo credit — Dawar Khan Achakzai",
]

UR_CREDITS = ["تصویر: اے پی پی", "فوٹو: نامہ نگار", "تصویر بشکریہ ضلعی انتظامیہ"]


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:60] or "n" + hashlib.md5(text.encode()).hexdigest()[:8]


def cl(name: str | None) -> str:
    return f' class="{name}"' if name else ""


def plain(text: str) -> str:
    return text.replace("[[", "").replace("]]", "").replace("**", "")


def inline(text: str) -> str:
    out = esc(text)
    out = re.sub(
        r"\[\[(.+?)\]\]", lambda m: f'<a href="/topic/{slug(m.group(1))}">{m.group(1)}</a>', out
    )
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)


def link(h: str, base: str = "/news") -> str:
    return f'<a href="{base}/{slug(h)}">{esc(h)}</a>'


def lis(items: list[str], li: str | None = None, base: str = "/news") -> str:
    return "".join(f"<li{cl(li)}>{link(h, base)}</li>" for h in items)


@dataclass
class Pick:
    """Per-page noise context: rng, site, story and a shuffled headline pool."""

    rng: random.Random
    site: Site
    story: Story
    heads: list[str] = field(default_factory=list)

    def take(self, k: int) -> list[str]:
        out, self.heads[:] = self.heads[:k], self.heads[k:]
        return out

    def one(self, options: list[str]) -> str:
        return self.rng.choice(options)


# --- English noise blocks: each has a plain variant and a classed one ---------------------


def n_related(P: Pick, plain_: bool) -> Noise:
    hd = P.one(
        [
            "Stories you may have missed",
            "More from the region",
            "Further coverage",
            "From our correspondents",
            "Around the province this week",
            "Keep exploring",
            "Previously on this beat",
        ]
    )
    hs = P.take(P.rng.choice([3, 4]))
    if plain_:
        v = P.rng.randrange(3)
        if v == 0:
            h = f"<div><h3>{esc(hd)}</h3><ul>{lis(hs)}</ul></div>"
        elif v == 1:
            ps = "".join(f"<p>{link(x)}</p>" for x in hs)
            h = f"<section><h4>{esc(hd)}</h4>{ps}</section>"
        else:
            h = f"<p><b>{esc(hd)}</b></p><ul>{lis(hs)}</ul>"
    elif P.rng.random() < 0.5:
        h = (
            f'<aside class="related-inline" data-module="related-stories">'
            f'<h3 class="related-inline__title">{esc(hd)}</h3>'
            f'<ul class="related-inline__list">{lis(hs, "related-inline__item")}</ul></aside>'
        )
    else:
        posts = "".join(
            f'<div class="jp-relatedposts-post jp-relatedposts-post{i}">'
            f'<h4 class="jp-relatedposts-post-title">{link(x)}</h4>'
            f'<p class="jp-relatedposts-post-date">{i + 2} days ago</p></div>'
            for i, x in enumerate(hs)
        )
        h = (
            f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">'
            f'<em>{esc(hd)}</em></h3><div class="jp-relatedposts-items">{posts}</div></div>'
        )
    return Noise(h, [hd, *hs])


def n_teaser(P: Pick, plain_: bool) -> Noise:
    label = P.one(
        [
            "See also",
            "In case you missed it",
            "Don't miss",
            "Continue reading",
            "Must read",
            "Earlier on this story",
            "Background reading",
            "You may also like",
        ]
    )
    (hd,) = P.take(1)
    if plain_:
        v = P.rng.randrange(3)
        if v == 0:
            h, shown = f"<p><strong>{esc(label)}:</strong> {link(hd)}</p>", label
        elif v == 1:
            h, shown = f"<p><em>{esc(label)} → {link(hd)}</em></p>", label
        else:
            shown = label.upper()
            h = f"<div><span>{esc(shown)}</span> {link(hd)}</div>"
    else:
        shown = label
        h = (
            f'<div class="inline-story-link"><span class="inline-story-link__kicker">'
            f"{esc(label)}</span>{link(hd)}</div>"
        )
    return Noise(h, [shown, hd])


def n_most_read(P: Pick, plain_: bool) -> Noise:
    hd = P.one(
        [
            "Most viewed today",
            "Trending now",
            "Top 5 this week",
            "What readers are clicking",
            "Popular in the last 24 hours",
            "Most shared",
        ]
    )
    hs = P.take(5)
    if plain_:
        h = f"<div><h3>{esc(hd)}</h3><ol>{lis(hs)}</ol></div>"
    else:
        items = "".join(
            f'<li class="popular-list__item"><span class="rank">{i + 1}</span>{link(x)}</li>'
            for i, x in enumerate(hs)
        )
        h = (
            f'<div class="widget widget-popular-posts"><div class="widget-title"><span>'
            f'{esc(hd)}</span></div><ol class="popular-list">{items}</ol></div>'
        )
    return Noise(h, [hd, *hs])


def n_recommended(P: Pick, plain_: bool) -> Noise:
    hd = P.one(
        ["Picked for you", "Recommended reading", "Our editors suggest", "Readers also viewed"]
    )
    hs = P.take(4)
    secs = ["Balochistan", "Sindh", "Business", "Gilgit-Baltistan", "Sport", "Environment"]
    if plain_:
        cards = "".join(
            f'<div><a href="/news/{slug(x)}"><img src="/img/t{i}.jpg" alt="" width="300" '
            f'height="169"></a><div><span>{P.rng.choice(secs)}</span></div>'
            f"<div>{link(x)}</div></div>"
            for i, x in enumerate(hs)
        )
        h = f"<section><h2>{esc(hd)}</h2><div>{cards}</div></section>"
    else:
        cards = "".join(
            f'<article class="rec-card"><a class="rec-card__media" href="/news/{slug(x)}">'
            f'<img src="/img/r{i}.jpg" alt="" loading="lazy"></a><div class="rec-card__body">'
            f'<span class="rec-card__kicker">{P.rng.choice(secs)}</span>'
            f'<h3 class="rec-card__title">{link(x)}</h3></div></article>'
            for i, x in enumerate(hs)
        )
        h = (
            f'<section class="recommended-grid" data-track="recirc"><h2 class="recommended-grid__'
            f'heading">{esc(hd)}</h2><div class="recommended-grid__items">{cards}</div></section>'
        )
    return Noise(h, [hd, *hs])


def n_newsletter(P: Pick, plain_: bool) -> Noise:
    text, btn = P.rng.choice(
        [
            (
                f"Get the {P.site.name} morning digest: one email, every weekday, free of charge.",
                "Sign me up",
            ),
            (
                "Never miss a story from the region. Leave your email and we will send the "
                "week's best reporting every Friday.",
                "Add my email",
            ),
            (
                f"Our climate letter from {P.site.city} arrives each Sunday. Put your address in "
                "below to get it.",
                "Count me in",
            ),
            ("Like this reporting? It can come to your inbox twice a week.", "Join the list"),
            (
                "A short evening briefing on Balochistan, straight to your email.",
                "Get the briefing",
            ),
        ]
    )
    if plain_:
        h = (
            f'<div><p><b>{esc(text)}</b></p><form action="/nl" method="post">'
            f'<input type="email" name="e" placeholder="you@example.com">'
            f"<button>{esc(btn)}</button></form></div>"
        )
    else:
        h = (
            f'<div class="newsletter-signup mc4wp-form"><div class="newsletter-signup__text">'
            f'<p>{esc(text)}</p></div><form class="mc4wp-form-fields" action="/nl">'
            f'<input type="email" name="EMAIL" placeholder="Email address" required>'
            f'<input type="submit" value="Subscribe"><button class="btn-subscribe">{esc(btn)}'
            f"</button></form></div>"
        )
    return Noise(h, [text, btn])


SHARE_SETS = [
    ["Share this report", "Post to Facebook", "Send via WhatsApp", "Copy the link"],
    ["Spread the word", "Share on X", "Share on LinkedIn", "Email to a friend"],
    ["Pass it on", "WhatsApp it", "Tweet this story", "Mail this article"],
    ["Share with your network", "Facebook share", "Telegram share", "Print article"],
]


def n_share(P: Pick, plain_: bool) -> Noise:
    labels = P.rng.choice(SHARE_SETS)
    count = f"{P.rng.randint(12, 980)} shares"
    if plain_:
        links = " ".join(f'<a href="#s{i}">{esc(x)}</a>' for i, x in enumerate(labels[1:]))
        h = f"<div><span>{esc(labels[0])}</span> {links} <span>{count}</span></div>"
    else:
        links = "".join(
            f'<li class="share-{slug(x)}"><a class="share-link" href="#s{i}" rel="nofollow">'
            f"<span>{esc(x)}</span></a></li>"
            for i, x in enumerate(labels[1:])
        )
        h = (
            f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{esc(labels[0])}'
            f'</h3><ul class="social-share">{links}</ul><span class="share-count">{count}</span></div>'
        )
    return Noise(h, [*labels, count])


def n_bio(P: Pick, plain_: bool) -> Noise:
    s, site = P.story, P.site
    name = s.bio_name or ""
    email = slug(name).replace("-", ".") + "@" + site.domain
    bio = P.rng.choice(
        [
            f"{name} covers {s.beat} for {site.name}. Story tips: {email}",
            f"{name} is a correspondent for {site.name} writing on {s.beat}.",
            f"About the writer: {name} has reported on {s.beat} since 2016.",
        ]
    )
    more = P.rng.choice(
        [f"More stories by {name}", f"See all articles by {name}", f"Follow {name} on X"]
    )
    if plain_:
        h = (
            f'<div><img src="/authors/{slug(name)}.jpg" alt="" width="64" height="64">'
            f'<p>{esc(bio)}</p><p><a href="/author/{slug(name)}">{esc(more)}</a></p></div>'
        )
    else:
        h = (
            f'<div class="author-bio-box"><div class="author-bio-box__avatar"><img src="/authors/'
            f'{slug(name)}.jpg" alt=""></div><div class="author-bio-box__text"><p class="author-'
            f'bio">{esc(bio)}</p><a class="author-more" href="/author/{slug(name)}">{esc(more)}'
            f"</a></div></div>"
        )
    return Noise(h, [bio, more])


def n_comments(P: Pick, plain_: bool) -> Noise:
    chosen = P.rng.sample(EN_COMMENTS, P.rng.choice([2, 3]))
    hd = P.one(
        [
            f"Reader comments ({len(chosen)})",
            f"{len(chosen)} responses",
            "What readers say",
            f"Conversation ({len(chosen)})",
        ]
    )
    prompt = P.one(
        [
            "Add your voice to the discussion",
            "Write a response…",
            "Your comment will appear once a moderator approves it.",
            "Have something to add? Post it below.",
        ]
    )
    note = P.one(
        [
            f"Views posted here belong to readers, not to {P.site.name}.",
            "Opinions shared below are the commenters' own and not our editorial position.",
            "We remove comments that are abusive or off-topic.",
        ]
    )
    hrs = [P.rng.randint(1, 20) for _ in chosen]
    if plain_:
        items = "".join(
            f"<div><b>{esc(a)}</b> <small>{n} hours ago</small><p>{esc(t)}</p>"
            f"<a href='#r'>Reply</a></div>"
            for (a, t), n in zip(chosen, hrs, strict=True)
        )
        h = (
            f"<div><h3>{esc(hd)}</h3>{items}<p>{esc(prompt)}</p><textarea rows='4'></textarea>"
            f"<button>Post</button><p><small>{esc(note)}</small></p></div>"
        )
    else:
        items = "".join(
            f'<li class="comment depth-1"><article class="comment-body"><footer class="comment-'
            f'meta"><b class="fn">{esc(a)}</b> <time>{n} hours ago</time></footer><div class='
            f'"comment-content"><p>{esc(t)}</p></div><div class="reply"><a class="comment-reply-'
            f'link" href="#r">Reply</a></div></article></li>'
            for (a, t), n in zip(chosen, hrs, strict=True)
        )
        h = (
            f'<div id="comments" class="comments-area"><h2 class="comments-title">{esc(hd)}</h2>'
            f'<ol class="comment-list">{items}</ol><div id="respond" class="comment-respond">'
            f'<h3 id="reply-title" class="comment-reply-title">{esc(prompt)}</h3><form class='
            f'"comment-form"><textarea name="comment"></textarea><button>Post</button></form>'
            f'<p class="comment-policy">{esc(note)}</p></div></div>'
        )
    return Noise(h, [hd, prompt, note, *(t for _, t in chosen)])


def n_loading(P: Pick, plain_: bool) -> Noise:
    text = P.one(
        [
            "Loading the conversation…",
            "Fetching reader comments, please wait",
            "Opening the discussion thread…",
        ]
    )
    btn = P.one(["Show comments", "View all reader comments", "Open the discussion"])
    if plain_:
        h = f"<div><p>{esc(text)}</p><button>{esc(btn)}</button></div>"
    else:
        h = (
            f'<div id="disqus_thread" class="comments-lazy" data-lazy="1"><p class="comments-lazy'
            f'__status">{esc(text)}</p><button class="comments-lazy__btn">{esc(btn)}</button></div>'
        )
    return Noise(h, [text, btn])


def n_disclaimer(P: Pick, plain_: bool) -> Noise:
    text = P.one(
        [
            f"Comments are moderated. Views posted here belong to readers, not to {P.site.name}.",
            "Reader responses are personal views; the newspaper is not responsible for them.",
            "Note: posted views are the writers' own and may be edited for length.",
        ]
    )
    h = (
        f"<p><small>{esc(text)}</small></p>"
        if plain_
        else f'<div class="comment-policy-note"><p>{esc(text)}</p></div>'
    )
    return Noise(h, [text])


def n_image_credit(P: Pick, plain_: bool) -> Noise:
    credit = P.rng.choice(EN_CREDITS)
    n = P.rng.randint(100, 999)
    if plain_:
        h = f'<p><img src="/uploads/inline-{n}.jpg" alt="" width="800"></p><p>{esc(credit)}</p>'
    else:
        h = (
            f'<div class="img-wrap"><img src="/uploads/inline-{n}.jpg" alt=""><span class="img-'
            f'credit">{esc(credit)}</span></div>'
        )
    return Noise(h, [credit])


def n_cookie(P: Pick, plain_: bool) -> Noise:
    text = P.one(
        [
            "We use cookies to tailor what you see and to measure our audience. By continuing, "
            "you agree to our use of them.",
            "This site stores small files on your device to remember your settings and show "
            "relevant ads.",
            f"Cookies help keep {P.site.name} free to read. Manage your choices or accept to go on.",
        ]
    )
    b1, b2 = P.rng.choice(
        [
            ("Accept and continue", "Manage choices"),
            ("Accept all cookies", "Reject non-essential"),
            ("Okay, got it", "Cookie settings"),
        ]
    )
    if plain_:
        h = f"<div><p>{esc(text)}</p><button>{esc(b1)}</button> <button>{esc(b2)}</button></div>"
    else:
        h = (
            f'<div id="cookie-consent" class="cc-banner cc-bottom" role="dialog" aria-label='
            f'"cookieconsent"><span class="cc-message">{esc(text)}</span><div class="cc-compliance">'
            f'<a class="cc-btn cc-allow">{esc(b1)}</a><a class="cc-btn cc-deny">{esc(b2)}</a>'
            f"</div></div>"
        )
    return Noise(h, [text, b1, b2])


def n_donate(P: Pick, plain_: bool) -> Noise:
    text = P.one(
        [
            "Independent reporting from Balochistan is expensive and rarely profitable. If this "
            "story helped you, chip in from Rs 500.",
            f"Reporting from remote districts costs money. Become a member of {P.site.name} for the "
            "price of a cup of tea a week.",
            "We keep our journalism free to read. Readers who can afford to pay keep it that way.",
        ]
    )
    btn = P.one(["Support our reporting", "Become a member", "Make a contribution"])
    if plain_:
        h = f'<div><p>{esc(text)}</p><p><a href="/support">{esc(btn)}</a></p></div>'
    else:
        h = (
            f'<div class="donate-cta support-box"><p class="donate-cta__text">{esc(text)}</p>'
            f'<a class="donate-cta__button" href="/support">{esc(btn)}</a></div>'
        )
    return Noise(h, [text, btn])


def n_app(P: Pick, plain_: bool) -> Noise:
    text = P.one(
        [
            f"Read {P.site.name} faster in our app, free for Android and iPhone.",
            f"Breaking alerts, offline reading, fewer pop-ups: install the {P.site.name} app.",
            "Get the app: news from the north, even on a slow connection.",
        ]
    )
    btn = P.one(["Get it on Google Play", "Download on the App Store", "Install now"])
    if plain_:
        h = f'<div><p>{esc(text)}</p><a href="https://play.example/app">{esc(btn)}</a></div>'
    else:
        h = (
            f'<div class="app-promo-banner smart-banner"><p class="app-promo-banner__copy">'
            f'{esc(text)}</p><a class="app-promo-banner__cta" href="https://play.example/app">'
            f"{esc(btn)}</a></div>"
        )
    return Noise(h, [text, btn])


def n_audio(P: Pick, plain_: bool) -> Noise:
    label = P.one(["Listen to this story", "Hear this article", "Play the audio version"])
    mins = f"{P.rng.randint(3, 7)} min listen"
    note = P.one(
        [
            "Narrated by a synthetic voice.",
            "Audio is generated automatically and may mispronounce names.",
        ]
    )
    if plain_:
        h = (
            f"<div><button>▶</button> <span>{esc(label)}</span> <span>{mins}</span>"
            f"<p><small>{esc(note)}</small></p></div>"
        )
    else:
        h = (
            f'<div class="audio-player" data-src="/tts/{P.story.slug}.mp3"><button class="audio-'
            f'player__play" aria-label="play">▶</button><span class="audio-player__label">'
            f'{esc(label)}</span><span class="audio-player__time">{mins}</span><p class="audio-'
            f'player__note">{esc(note)}</p></div>'
        )
    return Noise(h, [label, mins, note])


def n_corrections(P: Pick, plain_: bool) -> Noise:
    hd = P.one(["Corrections and clarifications", "Accuracy matters to us"])
    text = P.one(
        [
            "Spotted an error in this story? Tell our readers' editor.",
            "Found something wrong? Write to the standards desk and we will look into it.",
        ]
    )
    if plain_:
        h = f"<div><h4>{esc(hd)}</h4><p>{esc(text)}</p></div>"
    else:
        h = (
            f'<div class="corrections-box"><h4 class="corrections-box__title">{esc(hd)}</h4>'
            f'<p class="corrections-box__text">{esc(text)}</p></div>'
        )
    return Noise(h, [hd, text])


def n_ad(P: Pick, plain_: bool) -> Noise:
    text = P.one(
        [
            "ADVERTISEMENT — story continues below",
            "Sponsored · Scroll to keep reading",
            "Advertisement · Article continues after this ad",
        ]
    )
    n = P.rng.randint(1, 9)
    if plain_:
        h = f'<div><small>{esc(text)}</small><div style="min-height:250px"></div></div>'
    else:
        h = (
            f'<div class="ad-slot ad-inarticle" id="div-gpt-ad-inline-{n}"><span class="ad-label">'
            f"{esc(text)}</span></div>"
        )
    return Noise(h, [text])


def n_follow(P: Pick, plain_: bool) -> Noise:
    text = P.one(
        [
            f"Follow {P.site.name} on Facebook for updates from the region.",
            "Join our Telegram channel for breaking alerts.",
            "Watch our video reports on YouTube, with new episodes every Thursday.",
            "Get our headlines on WhatsApp: tap here to join the channel.",
            f"Follow us on Instagram @{P.site.handle} for daily pictures.",
        ]
    )
    if plain_:
        h = f'<p><em><a href="https://social.example/{P.site.handle}">{esc(text)}</a></em></p>'
    else:
        h = f'<div class="follow-cta"><a class="follow-cta__link" href="#f">{esc(text)}</a></div>'
    return Noise(h, [text])


def n_tags(P: Pick, plain_: bool) -> Noise:
    label = P.one(["Filed under", "Explore more on", "Tagged with"])
    tags = [P.story.section, "Pakistan", P.one(["Development", "Local government", "Features"])]
    links = ", ".join(f'<a href="/tag/{slug(t)}">{esc(t)}</a>' for t in tags)
    if plain_:
        h = f"<p>{esc(label)}: {links}</p>"
    else:
        h = f'<div class="post-tags tags-links"><span class="tags-title">{esc(label)}</span>{links}</div>'
    return Noise(h, [label])


def n_next(P: Pick, plain_: bool) -> Noise:
    label = P.one(["Next story", "Up next", "Coming up next"])
    (hd,) = P.take(1)
    if plain_:
        h = f"<div><p>{esc(label)}</p><p>{link(hd)}</p></div>"
    else:
        h = (
            f'<nav class="post-navigation next-article"><span class="nav-subtitle">{esc(label)}'
            f'</span> <span class="nav-title">{link(hd)}</span></nav>'
        )
    return Noise(h, [label, hd])


def n_poll(P: Pick, plain_: bool) -> Noise:
    hd = P.one(["Today's poll", "Have your say", "Quick poll"])
    q = P.one(
        [
            "Should Quetta ban plastic shopping bags?",
            "Would you pay more for reliable electricity?",
            "Should tourist numbers in the northern valleys be capped?",
        ]
    )
    opts = "".join(
        f'<label><input type="radio" name="p"> {o}</label>' for o in ("Yes", "No", "Not sure")
    )
    if plain_:
        h = f"<div><h4>{esc(hd)}</h4><p>{esc(q)}</p>{opts}<button>Vote</button></div>"
    else:
        h = (
            f'<div class="poll-widget"><h4 class="poll-widget__title">{esc(hd)}</h4><p class='
            f'"poll-widget__q">{esc(q)}</p>{opts}<button class="poll-widget__vote">Vote</button></div>'
        )
    return Noise(h, [hd, q])


def n_toolbar(P: Pick, plain_: bool) -> Noise:
    a, b = P.rng.choice(
        [("Print this story", "Save for later"), ("Print article", "Add to reading list")]
    )
    if plain_:
        h = f'<div><a href="#print">{esc(a)}</a> | <a href="#save">{esc(b)}</a> | A− A+</div>'
    else:
        h = (
            f'<div class="article-toolbar"><button class="article-toolbar__print">{esc(a)}</button>'
            f'<button class="article-toolbar__save">{esc(b)}</button></div>'
        )
    return Noise(h, [a, b])


def n_sponsored(P: Pick, plain_: bool) -> Noise:
    hd = P.one(["Promoted stories", "From our partners", "Paid content"])
    items = P.rng.sample(SPONSORED, 3)
    if plain_:
        rows = "".join(
            f'<div><a href="https://partner.example/{slug(t)}" rel="sponsored">{esc(t)}</a> '
            f"<small>{esc(s)}</small></div>"
            for t, s in items
        )
        h = f"<div><h4>{esc(hd)}</h4>{rows}</div>"
    else:
        rows = "".join(
            f'<li class="sponsored-item"><a href="https://partner.example/{slug(t)}" rel='
            f'"sponsored">{esc(t)}</a><span class="sponsored-by">{esc(s)}</span></li>'
            for t, s in items
        )
        h = f'<div class="outbrain-widget ob-smartfeed"><h4>{esc(hd)}</h4><ul>{rows}</ul></div>'
    return Noise(h, [hd, *(t for t, _ in items)])


def n_push(P: Pick, plain_: bool) -> Noise:
    text = P.one(
        [
            "Allow notifications to get breaking news from the region as it happens.",
            "Turn on alerts? We only send the stories that matter.",
        ]
    )
    if plain_:
        h = f"<div><p>{esc(text)}</p><button>Allow</button><button>Not now</button></div>"
    else:
        h = (
            f'<div class="push-optin"><p class="push-optin__text">{esc(text)}</p><button class='
            f'"push-optin__yes">Allow</button><button class="push-optin__no">Not now</button></div>'
        )
    return Noise(h, [text])


def n_video(P: Pick, plain_: bool) -> Noise:
    title = P.rng.choice(VIDEO_TITLES)
    if plain_:
        h = f'<div><p><b>WATCH</b></p><a href="/videos/{slug(title)}">{esc(title)}</a></div>'
    else:
        h = (
            f'<div class="video-teaser"><span class="video-teaser__label">Watch</span><a class='
            f'"video-teaser__title" href="/videos/{slug(title)}">{esc(title)}</a></div>'
        )
    return Noise(h, [title])


def n_login(P: Pick, plain_: bool) -> Noise:
    text = P.one(
        [
            "Create a free account to save stories and join the discussion.",
            "Register in thirty seconds to unlock unlimited reading.",
        ]
    )
    if plain_:
        h = f'<div><p>{esc(text)}</p><a href="/register">Create account</a></div>'
    else:
        h = f'<div class="regwall-prompt"><p>{esc(text)}</p><a href="/register">Create account</a></div>'
    return Noise(h, [text])


# --- template-specific noise ---------------------------------------------------------


def n_ghost_bookmark(P: Pick, plain_: bool) -> Noise:
    (hd,) = P.take(1)
    desc = "A fuller account from our archive, with maps and photographs."
    h = (
        f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/'
        f'{slug(hd)}/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">{esc(hd)}'
        f'</div><div class="kg-bookmark-description">{desc}</div><div class="kg-bookmark-metadata">'
        f'<span class="kg-bookmark-publisher">{esc(P.site.name)}</span></div></div></a></figure>'
    )
    return Noise(h, [hd, desc])


def n_ghost_callout(P: Pick, plain_: bool) -> Noise:
    text = f"Free members get our Friday letter from {P.site.city}. Join in one click."
    h = (
        f'<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">'
        f'📬</div><div class="kg-callout-text">{esc(text)}</div></div>'
    )
    return Noise(h, [text])


def n_blogger_share(P: Pick, plain_: bool) -> Noise:
    labels = ["Email This", "BlogThis!", "Share to X", "Share to Facebook", "Share to Pinterest"]
    links = "".join(
        f'<a class="goog-inline-block share-button sb-{slug(x)}" href="#" title="{esc(x)}">'
        f'<span class="share-button-link-text">{esc(x)}</span></a>'
        for x in labels
    )
    return Noise(f'<div class="post-share-buttons goog-inline-block">{links}</div>', labels)


def n_blogger_pager(P: Pick, plain_: bool) -> Noise:
    h = (
        '<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-'
        'pager-newer-link" href="#n">Newer Post</a></span><span id="blog-pager-older-link"><a '
        'class="blog-pager-older-link" href="#o">Older Post</a></span><a class="home-link" '
        'href="/">Home</a></div><div class="post-feeds"><div class="feed-links">Subscribe to: '
        '<a class="feed-link" href="/feeds/posts/default">Post Comments (Atom)</a></div></div>'
    )
    return Noise(h, ["Newer Post", "Older Post", "Post Comments (Atom)"])


def n_joomla_pager(P: Pick, plain_: bool) -> Noise:
    h = (
        '<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">'
        '<a class="btn btn-sm btn-secondary previous" href="#p" rel="prev"><span class="icon-'
        'chevron-left" aria-hidden="true"></span> Previous article</a><a class="btn btn-sm '
        'btn-secondary next" href="#n" rel="next">Next article <span class="icon-chevron-right" '
        'aria-hidden="true"></span></a></span></nav>'
    )
    return Noise(h, ["Previous article", "Next article"])


def n_amp_share(P: Pick, plain_: bool) -> Noise:
    label = "Share this on social media"
    btns = "".join(
        f'<amp-social-share type="{t}" width="40" height="40"></amp-social-share>'
        for t in ("facebook", "twitter", "whatsapp", "email")
    )
    return Noise(f"<div><p>{label}</p>{btns}</div>", [label])


def n_amp_ad(P: Pick, plain_: bool) -> Noise:
    label = "Advertisement — the report continues below"
    h = (
        f'<div><p><small>{label}</small></p><amp-ad width="300" height="250" type="doubleclick" '
        f'data-slot="/1234/amp_inarticle"></amp-ad></div>'
    )
    return Noise(h, [label])


# --- Urdu noise blocks -----------------------------------------------------------------


def u_related(P: Pick, plain_: bool) -> Noise:
    hd = P.one(["متعلقہ خبریں", "اسی بارے میں", "یہ خبریں بھی دیکھیں"])
    hs = P.take(3)
    if plain_:
        h = f"<div><h3>{hd}</h3><ul>{lis(hs, base='/khabar')}</ul></div>"
    else:
        h = f'<div class="related-news"><h3 class="related-news__title">{hd}</h3><ul>{lis(hs)}</ul></div>'
    return Noise(h, [hd, *hs])


def u_teaser(P: Pick, plain_: bool) -> Noise:
    label = P.one(["مزید پڑھیے", "اسے بھی پڑھیں", "یہ خبر بھی دیکھیں"])
    (hd,) = P.take(1)
    if plain_:
        h = f"<p><strong>{label}:</strong> {link(hd, '/khabar')}</p>"
    else:
        h = f'<div class="read-also"><span class="read-also__label">{label}</span> {link(hd)}</div>'
    return Noise(h, [label, hd])


def u_most_read(P: Pick, plain_: bool) -> Noise:
    hd = P.one(["سب سے زیادہ پڑھی جانے والی خبریں", "مقبول ترین خبریں"])
    hs = P.take(4)
    if plain_:
        h = f"<div><h3>{hd}</h3><ol>{lis(hs, base='/khabar')}</ol></div>"
    else:
        h = f'<div class="most-read-widget"><h3>{hd}</h3><ol>{lis(hs)}</ol></div>'
    return Noise(h, [hd, *hs])


def u_share(P: Pick, plain_: bool) -> Noise:
    labels = ["اس خبر کو شیئر کریں", "فیس بک پر شیئر کریں", "واٹس ایپ پر بھیجیں", "لنک کاپی کریں"]
    links = " ".join(f'<a href="#s{i}">{x}</a>' for i, x in enumerate(labels[1:]))
    if plain_:
        h = f"<div><span>{labels[0]}</span> {links}</div>"
    else:
        h = f'<div class="social-share-bar"><span class="share-title">{labels[0]}</span> {links}</div>'
    return Noise(h, labels)


def u_comments(P: Pick, plain_: bool) -> Noise:
    chosen = P.rng.sample(UR_COMMENTS, 2)
    hd = P.one(["قارئین کے تبصرے", "آپ کی رائے (2)"])
    prompt = P.one(["اپنا تبصرہ یہاں لکھیں", "تبصرہ شائع ہونے سے پہلے جانچا جائے گا"])
    items = "".join(f"<div><b>{a}</b><p>{t}</p></div>" for a, t in chosen)
    if plain_:
        h = f"<div><h3>{hd}</h3>{items}<p>{prompt}</p><textarea></textarea><button>بھیجیں</button></div>"
    else:
        h = (
            f'<div class="comments-section" id="comments"><h3 class="comments-title">{hd}</h3>'
            f'{items}<div class="comment-form"><p>{prompt}</p><textarea></textarea></div></div>'
        )
    return Noise(h, [hd, prompt, *(t for _, t in chosen)])


def u_disclaimer(P: Pick, plain_: bool) -> Noise:
    text = P.one(
        [
            "ادارے کا قارئین کی رائے سے متفق ہونا ضروری نہیں",
            "تبصروں میں ظاہر کی گئی آراء قارئین کی ذاتی ہیں",
        ]
    )
    h = f"<p><small>{text}</small></p>" if plain_ else f'<p class="disclaimer-note">{text}</p>'
    return Noise(h, [text])


def u_loading(P: Pick, plain_: bool) -> Noise:
    text = "تبصرے لوڈ ہو رہے ہیں…"
    h = f"<div><p>{text}</p></div>" if plain_ else f'<div class="comments-loader">{text}</div>'
    return Noise(h, [text])


def u_app(P: Pick, plain_: bool) -> Noise:
    text = P.one(
        [
            "تازہ ترین خبروں کے لیے ہماری موبائل ایپ ڈاؤن لوڈ کریں",
            "خبریں فوراً حاصل کرنے کے لیے ہماری ایپ انسٹال کریں",
        ]
    )
    h = (
        f'<div><a href="https://play.example/ur">{text}</a></div>'
        if plain_
        else f'<div class="app-download-box"><a href="https://play.example/ur">{text}</a></div>'
    )
    return Noise(h, [text])


def u_newsletter(P: Pick, plain_: bool) -> Noise:
    text = "روزانہ کی اہم خبریں اپنے ای میل پر حاصل کریں"
    btn = "سبسکرائب کریں"
    h = (
        f"<div><p>{text}</p><form><input type='email'><button>{btn}</button></form></div>"
        if plain_
        else f'<div class="newsletter-box"><p>{text}</p><form><input type="email"><button>{btn}'
        f"</button></form></div>"
    )
    return Noise(h, [text, btn])


def u_follow(P: Pick, plain_: bool) -> Noise:
    text = P.one(["ہمارا واٹس ایپ چینل فالو کریں", "ہمیں فیس بک اور ایکس پر فالو کیجیے"])
    h = f"<p><a href='#f'>{text}</a></p>" if plain_ else f'<p class="follow-us"><a>{text}</a></p>'
    return Noise(h, [text])


def u_audio(P: Pick, plain_: bool) -> Noise:
    text = "یہ خبر سنیے"
    h = (
        f"<div><button>▶</button> <span>{text}</span></div>"
        if plain_
        else f'<div class="audio-player"><button>▶</button> <span>{text}</span></div>'
    )
    return Noise(h, [text])


def u_ad(P: Pick, plain_: bool) -> Noise:
    text = "اشتہار — خبر جاری ہے"
    h = (
        f'<div><small>{text}</small><div style="height:250px"></div></div>'
        if plain_
        else f'<div class="ad-container"><span>{text}</span></div>'
    )
    return Noise(h, [text])


def u_cookie(P: Pick, plain_: bool) -> Noise:
    text = "یہ ویب سائٹ آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتی ہے۔"
    btn = "ٹھیک ہے، قبول ہے"
    h = (
        f"<div><p>{text}</p><button>{btn}</button></div>"
        if plain_
        else f'<div class="cookie-notice"><p>{text}</p><button>{btn}</button></div>'
    )
    return Noise(h, [text, btn])


def u_image_credit(P: Pick, plain_: bool) -> Noise:
    credit = P.rng.choice(UR_CREDITS)
    h = f'<p><img src="/uploads/ur-{P.rng.randint(10, 99)}.jpg" alt=""></p><p>{credit}</p>'
    return Noise(h, [credit])


# --- rendering the story ---------------------------------------------------------------


@dataclass
class Style:
    p: str = "<p>{t}</p>"
    h: str = "<h2>{t}</h2>"
    ul: str = "<ul>{items}</ul>"
    ol: str = "<ol>{items}</ol>"
    li: str = "<li>{t}</li>"
    q: str = "<blockquote><p>{t}</p></blockquote>"
    table: str = "<table><thead>{head}</thead><tbody>{rows}</tbody></table>"
    th: str = "<th>{t}</th>"
    td: str = "<td>{t}</td>"
    fig: str = '<figure><img src="{src}" alt=""><figcaption>{cap}{credit}</figcaption></figure>'
    dl: str = "<strong>{t}</strong>"
    tail: str = "<p>{t}</p>"


@dataclass
class Ctx:
    """Everything a template needs for one page."""

    story: Story
    site: Site
    url: str
    rng: random.Random
    inside: dict = field(default_factory=dict)  # block index / -1 / "end" -> [Noise]
    credits: dict = field(default_factory=dict)  # fig index -> (html in caption, html after)
    sidebar: list[Noise] = field(default_factory=list)
    below: list[Noise] = field(default_factory=list)
    overlay: list[Noise] = field(default_factory=list)
    page_id: int = 0


def j(blocks: list[Noise]) -> str:
    return "".join(n.html for n in blocks)


def render_body(c: Ctx, st: Style) -> str:
    s = c.story
    out = [n.html for n in c.inside.get(-1, [])]
    first_p = next(i for i, b in enumerate(s.blocks) if b[0] == "p")
    for i, b in enumerate(s.blocks):
        kind = b[0]
        if kind == "p":
            t = inline(b[1])
            if i == first_p and s.dateline:
                t = st.dl.format(t=esc(s.dateline)) + " " + t
            out.append(st.p.format(t=t, id=slug(plain(b[1]))[:30]))
        elif kind == "h":
            out.append(st.h.format(t=inline(b[1]), id=slug(plain(b[1]))))
        elif kind in ("ul", "ol"):
            items = "".join(st.li.format(t=inline(x)) for x in b[1])
            out.append(getattr(st, kind).format(items=items))
        elif kind == "q":
            out.append(st.q.format(t=inline(b[1])))
        elif kind == "table":
            head = "<tr>" + "".join(st.th.format(t=esc(x)) for x in b[1][0]) + "</tr>"
            rows = "".join(
                "<tr>" + "".join(st.td.format(t=esc(x)) for x in r) + "</tr>" for r in b[1][1:]
            )
            out.append(st.table.format(head=head, rows=rows))
        elif kind == "fig":
            in_cap, after = c.credits.get(i, ("", ""))
            src = f"/uploads/2026/{s.slug[:20]}-{i}.jpg"
            out.append(st.fig.format(src=src, cap=esc(b[1]), credit=in_cap, n=c.page_id * 10 + i))
            if after:
                out.append(after)
        out.extend(n.html for n in c.inside.get(i, []))
    out.extend(st.tail.format(t=esc(t)) for t in s.tail)
    out.extend(n.html for n in c.inside.get("end", []))
    return "\n".join(out)


# --- chrome ----------------------------------------------------------------------------

FILL = "/*@@FILL@@*/"
MONTHS_UR = [
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
SVG_PATHS = [
    "M22 12a10 10 0 1 0-11.6 9.9v-7H7.9V12h2.5V9.8c0-2.5 1.5-3.9 3.8-3.9 1.1 0 2.2.2 2.2.2v2.5"
    "h-1.3c-1.2 0-1.6.8-1.6 1.6V12h2.8l-.4 2.9h-2.3v7A10 10 0 0 0 22 12z",
    "M18.2 2.3h3.4l-7.4 8.4 8.7 11.5h-6.8l-5.3-7-6.1 7H1.3l7.9-9L.9 2.3h7l4.8 6.4zm-1.2 17.9h1.9"
    "L7.1 4.2H5.1z",
    "M23.5 6.2a3 3 0 0 0-2.1-2.1C19.5 3.6 12 3.6 12 3.6s-7.5 0-9.4.5A3 3 0 0 0 .5 6.2 31 31 0 0 0 0"
    " 12a31 31 0 0 0 .5 5.8 3 3 0 0 0 2.1 2.1c1.9.5 9.4.5 9.4.5s7.5 0 9.4-.5a3 3 0 0 0 2.1-2.1A31 "
    "31 0 0 0 24 12a31 31 0 0 0-.5-5.8zM9.6 15.6V8.4l6.2 3.6z",
    "M12 2.2c3.2 0 3.6 0 4.8.1 3.3.1 4.8 1.7 4.9 4.9.1 1.3.1 1.6.1 4.8s0 3.6-.1 4.8c-.1 3.2-1.7 4"
    ".8-4.9 4.9-1.3.1-1.6.1-4.8.1s-3.6 0-4.8-.1c-3.3-.1-4.8-1.7-4.9-4.9C2.2 15.6 2.2 15.2 2.2 12"
    "s0-3.6.1-4.8C2.4 3.9 3.9 2.4 7.2 2.3 8.4 2.2 8.8 2.2 12 2.2zM12 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10z",
]


def svg(i: int) -> str:
    return (
        f'<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">'
        f'<path d="{SVG_PATHS[i % len(SVG_PATHS)]}"></path></svg>'
    )


def date_text(c: Ctx, style: int = 0) -> str:
    dt = datetime.fromisoformat(c.story.date)
    if c.story.lang == "ur":
        return f"{dt.day} {MONTHS_UR[dt.month - 1]} {dt.year}"
    return [
        dt.strftime("%B %-d, %Y"),
        dt.strftime("%d %b %Y, %I:%M %p"),
        dt.strftime("%A, %-d %B %Y"),
        dt.strftime("%Y-%m-%d %H:%M"),
    ][style % 4]


def menu(site: Site, ul=None, li=None, a=None, sub=None, nav=None, depth: bool = True) -> str:
    items = []
    for i, (name, subs) in enumerate(site.sections):
        inner = ""
        if subs and depth:
            inner = (
                f"<ul{cl(sub)}>"
                + "".join(
                    f'<li{cl(li)}><a{cl(a)} href="/{slug(name)}/{slug(x)}">{esc(x)}</a></li>'
                    for x in subs
                )
                + "</ul>"
            )
        items.append(
            f'<li{cl(li)}><a{cl(a)} href="/{slug(name)}" data-i="{i}">{esc(name)}</a>{inner}</li>'
        )
    body = f"<ul{cl(ul)}>{''.join(items)}</ul>"
    return f"<nav{cl(nav)}>{body}</nav>" if nav is not None else body


def footer_cols(site: Site, col=None, h=None, ul=None, li=None, a=None, tag: str = "h4") -> str:
    L = site.L
    secs = [n for n, _ in site.sections]
    cols = [
        (L["sections"], secs[:9]),
        (L["company"], [L["about"], L["contact"], L["careers"], L["advertise"], L["epaper"]]),
        (L["legal"], [L["privacy"], L["terms"], L["ethics"], L["sitemap"], L["rss"]]),
    ]
    out = []
    for head_, items in cols:
        links = "".join(
            f'<li{cl(li)}><a{cl(a)} href="/p/{slug(x)}">{esc(x)}</a></li>' for x in items
        )
        out.append(
            f"<div{cl(col)}><{tag}{cl(h)}>{esc(head_)}</{tag}><ul{cl(ul)}>{links}</ul></div>"
        )
    social = "".join(
        f'<a href="https://{n}.example/{site.handle}" aria-label="{n}">{svg(i)}</a>'
        for i, n in enumerate(("facebook", "x", "youtube", "instagram"))
    )
    out.append(f"<div>{social}</div>")
    out.append(f"<p>© 2026 {esc(site.name)}. {esc(L['rights'])} {esc(site.address)}</p>")
    return "".join(out)


def head(c: Ctx, extra: str = "", lang_meta: bool = True) -> str:
    s, site = c.story, c.site
    first = next(plain(b[1]) for b in s.blocks if b[0] == "p")
    desc = first.split(". ")[0][:160]
    person = s.byline not in {"APP", "AFP", "ANI", "IANS", "Xinhua", "Web Desk", "ویب ڈیسک"}
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": s.date,
        "dateModified": s.date,
        "author": [{"@type": "Person" if person else "Organization", "name": s.byline}],
        "publisher": {
            "@type": "Organization",
            "name": site.name,
            "logo": {"@type": "ImageObject", "url": f"https://{site.domain}/logo.png"},
        },
        "mainEntityOfPage": c.url,
        "articleSection": s.section,
        "inLanguage": "ur-PK" if s.lang == "ur" else "en-PK",
    }
    ldj = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
    gid = f"G-{hashlib.md5(site.domain.encode()).hexdigest()[:10].upper()}"
    return (
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
        f'initial-scale=1"><title>{esc(s.title)} | {esc(site.name)}</title>'
        f'<meta name="description" content="{esc(desc)}"><link rel="canonical" href="{c.url}">'
        f'<meta property="og:type" content="article"><meta property="og:title" content="'
        f'{esc(s.title)}"><meta property="og:url" content="{c.url}"><meta property="og:site_name" '
        f'content="{esc(site.name)}"><meta property="og:image" content="https://{site.domain}/'
        f'og/{s.slug[:24]}.jpg"><meta property="article:published_time" content="{s.date}">'
        f'<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" '
        f'content="@{site.handle}"><link rel="icon" href="/favicon.ico">'
        f'<link rel="preconnect" href="https://cdn.{site.domain}"><link rel="stylesheet" '
        f'href="https://cdn.{site.domain}/assets/main.{gid[2:8].lower()}.css">'
        f"<style>{FILL}</style>"
        f'<script type="application/ld+json">{ldj}</script>'
        f'<script async src="https://metrics.example/tag.js?id={gid}"></script>'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        f"gtag('js',new Date());gtag('config','{gid}',{{anonymize_ip:true}});</script>"
        f"{extra}</head>"
    )


def tail_scripts(c: Ctx) -> str:
    s, site = c.story, c.site
    pid = 10000 + c.page_id * 37
    cfg = json.dumps(
        {
            "site": site.domain,
            "section": s.section,
            "pid": pid,
            "slots": [
                {"id": "ad-top", "sizes": [[728, 90], [970, 250]]},
                {"id": "ad-mid", "sizes": [[300, 250], [336, 280]]},
                {"id": "ad-side", "sizes": [[300, 600], [160, 600]]},
            ],
        },
        ensure_ascii=False,
    )
    return (
        f"<script>window.adq=window.adq||[];adq.push({cfg});</script>"
        f'<script async src="https://ads.adq.example/loader.js?site={site.handle}"></script>'
        "<script>(function(){var l=document.querySelectorAll('img[data-src]');if(!('Intersectio"
        "nObserver' in window)){l.forEach(function(i){i.src=i.dataset.src});return}var o=new Int"
        "ersectionObserver(function(e){e.forEach(function(x){if(x.isIntersecting){x.target.src="
        "x.target.dataset.src;o.unobserve(x.target)}})},{rootMargin:'200px'});l.forEach(functio"
        "n(i){o.observe(i)})})();</script>"
        "<script>window.__consent={version:3,regions:['PK','AE','GB'],vendors:[17,42,128,755],"
        "onReady:function(cb){document.readyState!=='loading'?cb():document.addEventListener('D"
        "OMContentLoaded',cb)}};</script>"
        f"<script>window.__page={{id:{pid},type:'article',words:{sum(len(str(b[1]).split()) for b in s.blocks)}"
        f",lang:'{s.lang}'}};</script>"
    )


PROPS = [
    "margin:0 auto",
    "margin-bottom:1.25rem",
    "padding:0 16px",
    "padding:12px 0",
    "display:flex",
    "display:grid",
    "display:none",
    "align-items:center",
    "justify-content:space-between",
    "font-size:14px",
    "font-size:1.125rem",
    "line-height:1.6",
    "color:#1a1a1a",
    "color:#6b6b6b",
    "background:#fff",
    "background:#f6f3ee",
    "border-bottom:1px solid #e5e5e5",
    "gap:12px",
    "max-width:1200px",
    "font-weight:700",
    "text-transform:uppercase",
    "letter-spacing:.04em",
    "position:relative",
    "position:sticky",
    "top:0",
    "overflow:hidden",
    "grid-template-columns:repeat(4,1fr)",
    "transition:color .2s ease",
    "text-decoration:none",
    "white-space:nowrap",
    "z-index:10",
    "width:100%",
    "height:auto",
    "border-radius:4px",
    "box-shadow:0 1px 3px rgba(0,0,0,.12)",
    "font-family:Georgia,'Times New Roman',serif",
    "font-family:'Noto Nastaliq Urdu','Jameel Noori Nastaleeq',serif",
    "opacity:.85",
    "list-style:none",
    "flex-wrap:wrap",
    "object-fit:cover",
    "aspect-ratio:16/9",
]


def css_fill(rng: random.Random, page: str, nbytes: int) -> str:
    classes = sorted({t for v in re.findall(r'class="([^"]*)"', page) for t in v.split()})
    classes = [x for x in classes if re.fullmatch(r"[A-Za-z_][\w-]*", x)] or ["x"]
    tags = ["a", "p", "li", "h2", "h3", "img", "span", "ul", "button", "figure"]
    out: list[str] = []
    size = 0
    while size < nbytes:
        sel = "." + rng.choice(classes)
        if rng.random() < 0.5:
            sel += " " + rng.choice([*tags, "." + rng.choice(classes)])
        if rng.random() < 0.3:
            sel += ":hover" if rng.random() < 0.5 else ">" + rng.choice(tags)
        rule = f"{sel}{{{';'.join(rng.sample(PROPS, rng.randint(2, 5)))}}}"
        if rng.random() < 0.08:
            rule = f"@media (min-width:{rng.choice([640, 768, 1024, 1280])}px){{{rule}}}"
        out.append(rule)
        size += len(rule) + 1
    return "\n".join(out)


# --- layouts ---------------------------------------------------------------------------


def html_open(c: Ctx, attrs: str = "") -> str:
    d = ' dir="rtl"' if c.story.lang == "ur" else ""
    return f'<!DOCTYPE html><html lang="{c.story.lang}"{d}{attrs}>'


def by_text(c: Ctx) -> str:
    b = c.story.byline
    if c.story.lang == "ur" or " by " in b.lower() or b.startswith("By "):
        return esc(b)
    return f"{esc(c.site.L['by'])} {esc(b)}"


def wp_classic(c: Ctx) -> str:
    s, site, L = c.story, c.site, c.site.L
    pid = 40000 + c.page_id
    st = Style(
        fig=(
            '<figure id="attachment_{n}" aria-describedby="caption-attachment-{n}" class="wp-caption '
            'aligncenter" style="width: 1024px"><img loading="lazy" decoding="async" class="size-large '
            'wp-image-{n}" src="{src}" alt="" width="1024" height="683"><figcaption id="caption-'
            'attachment-{n}" class="wp-caption-text">{cap}{credit}</figcaption></figure>'
        ),
        dl="<strong>{t}</strong>",
    )
    body = render_body(c, st)
    return (
        html_open(c)
        + head(c)
        + f'<body class="post-template-default single single-post postid-{pid} single-format-'
        f'standard wp-custom-logo theme-newsroom"><a class="skip-link screen-reader-text" '
        f'href="#content">{esc(L["skip"])}</a><div id="page" class="site">'
        f'<div class="top-bar"><span class="top-bar__date">{date_text(c, 2)}</span> '
        f'<a href="/epaper">{esc(L["epaper"])}</a> <a href="/login">{esc(L["login"])}</a></div>'
        f'<header id="masthead" class="site-header"><div class="site-branding"><p class="site-'
        f'title"><a href="/" rel="home">{esc(site.name)}</a></p><p class="site-description">'
        f'{esc(site.tagline)}</p></div><nav id="site-navigation" class="main-navigation"><button '
        f'class="menu-toggle" aria-controls="primary-menu">{esc(L["menu"])}</button>'
        + menu(site, ul="menu nav-menu", li="menu-item", sub="sub-menu")
        + "</nav></header>"
        + j(c.overlay)
        + '<div id="content" class="site-content"><div id="primary" class="content-area">'
        f'<main id="main" class="site-main"><article id="post-{pid}" class="post-{pid} post '
        f"type-post status-publish format-standard has-post-thumbnail hentry category-"
        f'{slug(s.section)}"><header class="entry-header"><span class="cat-links"><a href="/'
        f'category/{slug(s.section)}/" rel="category tag">{esc(s.section)}</a></span>'
        f'<h1 class="entry-title">{esc(s.title)}</h1><div class="entry-meta"><span class="byline">'
        f'<span class="author vcard"><a class="url fn n" href="/author/{slug(s.byline)}/">'
        f'{by_text(c)}</a></span></span> <span class="posted-on"><time class="entry-date '
        f'published" datetime="{s.date}">{date_text(c, 0)}</time></span></div></header>'
        f'<div class="post-thumbnail"><img src="/uploads/2026/{s.slug[:20]}-lead.jpg" alt="" '
        f'width="1200" height="675"></div><div class="entry-content">{body}</div>'
        f"</article>{j(c.below)}</main></div>"
        f'<aside id="secondary" class="widget-area">{j(c.sidebar)}</aside></div>'
        '<footer id="colophon" class="site-footer"><div class="footer-widgets">'
        + footer_cols(site, col="footer-col", ul="menu")
        + '</div><div class="site-info"><a href="https://wordpress.example/">Proudly powered by '
        "WordPress</a></div></footer></div>" + tail_scripts(c) + "</body></html>"
    )


def wp_block(c: Ctx) -> str:
    s, site = c.story, c.site
    st = Style(
        h='<h2 class="wp-block-heading" id="{id}">{t}</h2>',
        ul='<ul class="wp-block-list">{items}</ul>',
        ol='<ol class="wp-block-list">{items}</ol>',
        q='<blockquote class="wp-block-quote is-layout-flow"><p>{t}</p></blockquote>',
        table=(
            '<figure class="wp-block-table"><table class="has-fixed-layout"><thead>{head}</thead>'
            "<tbody>{rows}</tbody></table></figure>"
        ),
        fig=(
            '<figure class="wp-block-image size-large"><img decoding="async" width="1024" '
            'height="683" src="{src}" alt="" class="wp-image-{n}"><figcaption class="wp-element-'
            'caption">{cap}{credit}</figcaption></figure>'
        ),
        dl="<strong>{t}</strong>",
    )
    body = render_body(c, st)
    return (
        html_open(c)
        + head(
            c,
            '<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/'
            'dist/block-library/style.min.css">',
        )
        + '<body class="post-template-default single single-post wp-embed-responsive">'
        '<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-'
        'group alignwide is-content-justification-space-between is-layout-flex"><p class="wp-'
        f'block-site-title"><a href="/" rel="home">{esc(site.name)}</a></p><nav class="is-'
        'responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Main">'
        + menu(
            site,
            ul="wp-block-navigation__container",
            li="wp-block-navigation-item",
            a="wp-block-navigation-item__content",
            sub="wp-block-navigation__submenu-container",
        )
        + "</nav></div></header>"
        '<main class="wp-block-group is-layout-constrained"><div class="wp-block-group alignfull '
        'has-global-padding is-layout-constrained"><div class="taxonomy-category wp-block-post-'
        f'terms"><a href="/category/{slug(s.section)}/" rel="tag">{esc(s.section)}</a></div>'
        f'<h1 class="wp-block-post-title">{esc(s.title)}</h1><div class="wp-block-group is-'
        f'layout-flex"><div class="wp-block-post-author-name">{by_text(c)}</div><div class="wp-'
        f'block-post-date"><time datetime="{s.date}">{date_text(c, 1)}</time></div></div></div>'
        '<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-'
        f'constrained wp-block-post-content-is-layout-constrained">{body}</div>'
        f'{j(c.below)}<div class="wp-block-group alignwide is-layout-grid">{j(c.sidebar)}</div>'
        "</main>"
        '<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding '
        'is-layout-constrained"><div class="wp-block-columns is-layout-flex">'
        + footer_cols(site, col="wp-block-column", ul="wp-block-page-list")
        + "</div></div></footer></div>"
        + j(c.overlay)
        + tail_scripts(c)
        + "</body></html>"
    )


def drupal(c: Ctx) -> str:
    s, site, L = c.story, c.site, c.site.L
    nid = 8800 + c.page_id
    st = Style(
        fig=(
            '<div class="embedded-entity media media--type-image"><figure role="group" class='
            '"caption caption-drupal-media"><article class="media media--view-mode-full"><img '
            'loading="lazy" src="{src}" width="900" height="600" alt=""></article><figcaption>'
            "{cap}{credit}</figcaption></figure></div>"
        ),
        dl="<strong>{t}</strong>",
        table='<table class="table-striped"><thead>{head}</thead><tbody>{rows}</tbody></table>',
    )
    body = render_body(c, st)
    side = "".join(
        f'<div id="block-sidebar-{i}" class="block block-views">{n.html}</div>'
        for i, n in enumerate(c.sidebar)
    )
    return (
        html_open(c, ' dir="ltr" prefix="og: https://ogp.me/ns#"' if s.lang == "en" else "")
        + head(c, '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">')
        + '<body class="path-node page-node-type-article"><a href="#main-content" class="visually'
        f'-hidden focusable skip-link">{esc(L["skip"])}</a><div class="dialog-off-canvas-main-'
        'canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div '
        'id="page"><header id="header" class="site-header" role="banner"><div class="site-header'
        '__fixable"><div class="site-branding"><a href="/" rel="home" class="site-branding__name">'
        f'{esc(site.name)}</a><div class="site-branding__slogan">{esc(site.tagline)}</div></div>'
        '<div class="region region--primary-menu"><nav role="navigation" aria-labelledby="block-'
        'main-menu-menu" id="block-main-menu" class="primary-nav block block-menu navigation '
        'menu--main">'
        + menu(
            site,
            ul="menu primary-nav__menu primary-nav__menu--level-1",
            li="primary-nav__menu-item",
            a="primary-nav__menu-link",
            sub="menu primary-nav__menu--level-2",
        )
        + "</nav></div></div></header>"
        + j(c.overlay)
        + '<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" '
        'class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a>'
        '<div class="region region--breadcrumb"><nav class="breadcrumb" role="navigation"><ol>'
        f'<li><a href="/">{esc(L["home"])}</a></li><li><a href="/{slug(s.section)}">'
        f"{esc(s.section)}</a></li></ol></nav></div>"
        '<div class="region region--content-above"><div id="block-page-title" class="block '
        'block-core block-page-title-block"><h1 class="title page-title"><span class="field '
        f'field--name-title field--type-string">{esc(s.title)}</span></h1></div></div>'
        '<div class="region region--content grid-full layout--pass--content-medium" id="content">'
        '<div id="block-main-page-content" class="block block-system block-system-main-block">'
        f'<article data-history-node-id="{nid}" role="article" about="/node/{nid}" class="node '
        'node--type-article node--promoted node--view-mode-full"><footer class="node__meta">'
        '<div class="node__submitted"><span class="field field--name-uid field--type-entity-'
        f'reference field--label-hidden"><span>{by_text(c)}</span></span>, <span class="field '
        f'field--name-created field--type-created field--label-hidden"><time datetime="{s.date}">'
        f"{date_text(c, 1)}</time></span></div></footer>"
        '<div class="node__content"><div class="text-content clearfix field field--name-body '
        f'field--type-text-with-summary field--label-hidden field__item">{body}</div></div>'
        f"</article></div></div>{j(c.below)}</div>"
        f'<div class="region region--sidebar">{side}</div></div></div>'
        '<footer class="site-footer"><div class="site-footer__inner container"><div class='
        '"region region--footer-top">'
        + footer_cols(
            site, col="block block-menu", ul="menu", li="menu__item", a="menu__link", tag="h2"
        )
        + "</div></div></footer></div></div></div>"
        + tail_scripts(c)
        + '<script type="application/json" data-drupal-selector="drupal-settings-json">'
        f'{{"path":{{"baseUrl":"/","currentPath":"node/{nid}","currentLanguage":"{s.lang}"}},'
        '"ajaxTrustedUrl":[],"user":{"uid":0}}</script></body></html>'
    )


def joomla(c: Ctx) -> str:
    s, site, L = c.story, c.site, c.site.L
    body = render_body(c, Style(dl="<strong>{t}</strong>"))
    return (
        html_open(c)
        + head(c, '<meta name="generator" content="Joomla! - Open Source Content Management">')
        + '<body class="site com_content wrapper-static view-article no-layout no-task itemid-'
        f'{112 + c.page_id} has-sidebar-right">'
        + j(c.overlay)
        + '<header class="header container-header full-width"><div class="grid-child"><div '
        f'class="navbar-brand"><a class="brand-logo" href="/"><span title="{esc(site.name)}">'
        f'{esc(site.name)}</span></a><div class="site-description">{esc(site.tagline)}</div>'
        '</div></div><div class="grid-child container-nav"><nav class="navbar navbar-expand-md" '
        'aria-label="Main Menu">'
        + menu(
            site, ul="mod-menu mod-list nav", li="nav-item", sub="mod-menu__sub list-unstyled small"
        )
        + '</nav><div class="container-search"><form class="mod-finder js-finder-searchform" '
        f'action="/search"><label for="q" class="finder">{esc(L["search"])}</label><input '
        'type="text" name="q" id="q"></form></div></div></header>'
        '<div class="site-grid"><div class="grid-child container-component"><nav class="mod-'
        'breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb '
        f'px-3 py-2"><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/">{esc(L["home"])}'
        f'</a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(s.section)}'
        "</span></li></ol></nav><main>"
        '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
        f'<meta itemprop="inLanguage" content="{s.lang}-PK"><div class="page-header"><h1 '
        f'itemprop="headline">{esc(s.title)}</h1></div><dl class="article-info text-muted"><dd '
        'class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'<span itemprop="name">{by_text(c)}</span></dd><dd class="published"><time datetime="'
        f'{s.date}" itemprop="datePublished">{esc(L["published"])}: {date_text(c, 0)}</time></dd>'
        '</dl><div itemprop="articleBody" class="com-content-article__body">'
        f"{body}</div>{j(c.below)}</div></main></div>"
        '<div class="grid-child container-sidebar-right"><div class="sidebar-right card">'
        f'<div class="card-body">{j(c.sidebar)}</div></div></div></div>'
        '<footer class="container-footer footer full-width"><div class="grid-child">'
        + footer_cols(site, col="moduletable", ul="mod-menu mod-list nav")
        + "</div></footer>"
        + tail_scripts(c)
        + "</body></html>"
    )


def ghost(c: Ctx) -> str:
    s, site, L = c.story, c.site, c.site.L
    st = Style(
        h='<h2 id="{id}">{t}</h2>',
        fig=(
            '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{src}" class='
            '"kg-image" alt="" loading="lazy" width="2000" height="1333"><figcaption><span style='
            '"white-space: pre-wrap;">{cap}</span>{credit}</figcaption></figure>'
        ),
        q='<blockquote class="kg-blockquote-alt">{t}</blockquote>',
        dl="<strong>{t}</strong>",
    )
    body = render_body(c, st)
    mins = max(2, sum(len(str(b[1]).split()) for b in s.blocks) // 200)
    return (
        html_open(c)
        + head(c, '<meta name="generator" content="Ghost 5.82">')
        + f'<body class="post-template tag-{slug(s.section)} has-sans-title has-serif-body">'
        '<div class="gh-viewport"><header id="gh-navigation" class="gh-navigation is-middle-logo '
        'gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand">'
        f'<a class="gh-navigation-logo is-title" href="/">{esc(site.name)}</a></div>'
        '<nav class="gh-navigation-menu">'
        + menu(site, ul="nav", depth=False)
        + '</nav><div class="gh-navigation-actions"><button class="gh-search gh-icon-btn" '
        f'aria-label="Search this site" data-ghost-search>{svg(1)}</button><div class="gh-'
        f'navigation-members"><a href="#/portal/signin" data-portal="signin">{esc(L["login"])}'
        "</a></div></div></div></header>"
        + j(c.overlay)
        + f'<main class="gh-main"><article class="gh-article post tag-{slug(s.section)}">'
        f'<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/'
        f'{slug(s.section)}/">{esc(s.section)}</a><h1 class="gh-article-title is-title">'
        f'{esc(s.title)}</h1><div class="gh-article-meta"><div class="gh-article-meta-wrapper">'
        f'<h4 class="gh-article-author-name"><a href="/author/{slug(s.byline)}/">{esc(s.byline)}'
        f'</a></h4><div class="gh-article-meta-content"><time class="gh-article-meta-date" '
        f'datetime="{s.date}">{date_text(c, 0)}</time><span class="gh-article-meta-length">'
        f'<span class="bull">—</span> {mins} min</span></div></div></div></header>'
        f'<section class="gh-content gh-canvas is-body">{body}</section></article>'
        f"{j(c.below)}"
        '<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner">'
        f"{j(c.sidebar)}</div></section></main>"
        '<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-'
        f'footer-bar"><span class="gh-footer-logo is-title">{esc(site.name)}</span>'
        '<nav class="gh-footer-menu">'
        + footer_cols(site, ul="nav")
        + '</nav><div class="gh-footer-copyright">Powered by Ghost</div></div></div></footer>'
        "</div>"
        + tail_scripts(c)
        + '<script defer src="https://cdn.example/npm/@tryghost/portal@~2.37/umd/portal.min.js" '
        f'data-ghost="https://{site.domain}/" data-key="{hashlib.md5(site.name.encode()).hexdigest()}'
        '" data-api="/ghost/api/content/"></script></body></html>'
    )


def hashed(name: str) -> str:
    h = hashlib.md5(name.encode()).hexdigest()
    tail = "".join(
        chr((97 if k % 2 else 65) + int(h[k * 2 : k * 2 + 2], 16) % 26) for k in range(6)
    )
    return f"sc-{h[:6]}-{int(h[6], 16) % 4} {tail}"


def arc_react(c: Ctx) -> str:
    s, site, L = c.story, c.site, c.site.L
    H = hashed
    st = Style(
        p=f'<p class="{H("para")}" data-type="text">{{t}}</p>',
        h=f'<h2 class="{H("subhead")}" data-type="header">{{t}}</h2>',
        ul=f'<ul class="{H("list")}" data-type="list">{{items}}</ul>',
        ol=f'<ol class="{H("olist")}" data-type="list">{{items}}</ol>',
        li=f'<li class="{H("li")}">{{t}}</li>',
        q=f'<blockquote class="{H("quote")}"><p>{{t}}</p></blockquote>',
        fig=(
            f'<figure class="{H("fig")}"><div class="{H("figimg")}"><img src="{{src}}" alt="" '
            f'loading="lazy"></div><figcaption class="{H("figcap")}"><span>{{cap}}</span>'
            f"{{credit}}</figcaption></figure>"
        ),
        table=f'<table class="{H("table")}"><thead>{{head}}</thead><tbody>{{rows}}</tbody></table>',
        tail=f'<p class="{H("para")}" data-type="text">{{t}}</p>',
        dl="{t}",
    )
    body = render_body(c, st)
    elements = []
    for b in s.blocks:
        if b[0] in ("p", "h", "q"):
            elements.append({"type": "text" if b[0] == "p" else "header", "content": plain(b[1])})
        elif b[0] in ("ul", "ol"):
            elements.append({"type": "list", "items": [{"content": plain(x)} for x in b[1]]})
        elif b[0] == "fig":
            elements.append({"type": "image", "caption": b[1]})
    fusion = json.dumps(
        {
            "_id": hashlib.md5(s.slug.encode()).hexdigest()[:26].upper(),
            "headlines": {"basic": s.title},
            "credits": {"by": [{"name": s.byline}]},
            "first_publish_date": s.date,
            "content_elements": elements,
            "taxonomy": {"primary_section": {"name": s.section}},
        },
        ensure_ascii=False,
    ).replace("</", "<\\/")
    nav = "".join(
        f'<a class="{H("navlink")}" href="/{slug(n)}/">{esc(n)}</a>' for n, _ in site.sections
    )
    return (
        html_open(c)
        + head(c, '<link rel="preload" as="script" href="/pf/dist/engine/react.js?d=1284">')
        + f'<body><div id="fusion-app" class="fusion-app | {H("app")}">'
        f'<header class="{H("hdr")}"><div class="{H("hdrtop")}"><button class="{H("burger")}" '
        f'aria-label="{esc(L["menu"])}">☰</button><a href="/" class="{H("logo")}" aria-label="'
        f'{esc(site.name)}">{esc(site.name)}</a><a class="{H("login")}" href="/account/login/">'
        f'{esc(L["login"])}</a></div><nav class="{H("nav")}">{nav}</nav></header>'
        + j(c.overlay)
        + f'<main class="{H("main")}"><article class="{H("article")}"><div class="{H("kicker")}">'
        f'<a href="/{slug(s.section)}/">{esc(s.section)}</a></div><h1 class="{H("h1")}" '
        f'data-testid="headline">{esc(s.title)}</h1><div class="{H("byline")}"><span>'
        f'{by_text(c)}</span> <time class="{H("time")}" datetime="{s.date}">{date_text(c, 1)}'
        f'</time></div><div class="{H("lead")}"><img src="/resizer/{s.slug[:16]}.jpg" alt="">'
        f'</div><div class="{H("body")}" data-gtm-region="article-body">{body}</div></article>'
        f'<div class="{H("rail")}">{j(c.sidebar)}</div>{j(c.below)}</main>'
        f'<footer class="{H("footer")}">'
        + footer_cols(site, col=H("fcol"), ul=H("ful"), li=H("fli"))
        + "</footer></div>"
        + '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion'
        f'||{{}};Fusion.arcSite="{site.handle}";Fusion.deployment="1284";Fusion.globalContent='
        f"{fusion};Fusion.contentCache={{}};</script>"
        + tail_scripts(c)
        + '<script src="/pf/dist/engine/react.js?d=1284" defer></script></body></html>'
    )


def amp(c: Ctx) -> str:
    s, site = c.story, c.site
    st = Style(
        fig=(
            '<figure class="wp-caption aligncenter amp-wp-enforced-sizes"><amp-img src="{src}" '
            'width="1024" height="683" layout="responsive" alt=""></amp-img><figcaption class="wp-'
            'caption-text">{cap}{credit}</figcaption></figure>'
        ),
        dl="<strong>{t}</strong>",
    )
    body = render_body(c, st)
    canon = c.url.replace("/amp/", "/")
    ldj = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": s.date,
            "author": {"@type": "Person", "name": s.byline},
        },
        ensure_ascii=False,
    )
    d = ' dir="rtl"' if s.lang == "ur" else ""
    return (
        f'<!doctype html><html amp lang="{s.lang}"{d}><head><meta charset="utf-8">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-'
        'social-share-0.1.js"></script><script async custom-element="amp-ad" src="https://cdn.'
        'ampproject.org/v0/amp-ad-0.1.js"></script><script async custom-element="amp-sidebar" '
        'src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script><script async custom-'
        'element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js">'
        f"</script><title>{esc(s.title)} | {esc(site.name)}</title>"
        f'<link rel="canonical" href="{canon}"><meta name="viewport" content="width=device-width">'
        f'<script type="application/ld+json">{ldj}</script>'
        "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal "
        "both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from"
        "{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body"
        "{-webkit-animation:none;animation:none}</style></noscript>"
        f"<style amp-custom>{FILL}</style></head>"
        '<body class="amp-wp-single"><amp-sidebar id="sidebar" layout="nodisplay" side="left">'
        + menu(site, ul="amp-menu", depth=False)
        + "</amp-sidebar>"
        '<header id="top" class="amp-wp-header"><div><button on="tap:sidebar.toggle" class='
        f'"amp-menu-btn">☰</button><a href="/">{esc(site.name)}</a></div></header>'
        + j(c.overlay)
        + '<article class="amp-wp-article"><header class="amp-wp-article-header">'
        f'<h1 class="amp-wp-title">{esc(s.title)}</h1><div class="amp-wp-meta amp-wp-byline">'
        f'<span class="amp-wp-author author vcard">{by_text(c)}</span></div><div class="amp-wp-'
        f'meta amp-wp-posted-on"><time datetime="{s.date}">{date_text(c, 0)}</time></div>'
        f'</header><div class="amp-wp-article-content">{body}</div>'
        f'<footer class="amp-wp-article-footer">{j(c.below)}</footer></article>'
        f'<div class="amp-related-wrap">{j(c.sidebar)}</div>'
        '<footer class="amp-wp-footer"><div>'
        + footer_cols(site)
        + '<a href="#top" class="back-to-top">↑</a></div></footer>'
        '<amp-analytics type="gtag" data-credentials="include"><script type="application/json">'
        '{"vars":{"gtag_id":"G-AMP01","config":{"G-AMP01":{"groups":"default"}}}}</script>'
        "</amp-analytics></body></html>"
    )


def blogger(c: Ctx) -> str:
    s, site = c.story, c.site
    pid = 7300000000 + c.page_id * 7919
    st = Style(
        p='<div style="text-align: justify;">{t}</div><div><br></div>',
        h="<div><b>{t}</b></div><div><br></div>",
        q="<blockquote>{t}</blockquote>",
        fig=(
            '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" '
            'style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: '
            'center;"><a href="{src}" style="margin-left: auto; margin-right: auto;"><img border='
            '"0" data-original-height="1200" data-original-width="1600" height="300" src="{src}" '
            'width="400"></a></td></tr><tr><td class="tr-caption" style="text-align: center;">'
            "{cap}{credit}</td></tr></tbody></table><div><br></div>"
        ),
        dl="<b>{t}</b>",
        tail="<div>{t}</div>",
    )
    body = render_body(c, st)
    dt = datetime.fromisoformat(s.date)
    links = "".join(
        f'<li><a href="/search/label/{slug(n)}">{esc(n)}</a></li>' for n, _ in site.sections[:10]
    )
    return (
        html_open(c, ' class="v2" xmlns:b="http://www.google.com/2005/gml/b"')
        + head(
            c,
            '<meta name="generator" content="blogger"><link rel="alternate" type="applicatio'
            f'n/atom+xml" title="{esc(site.name)} - Atom" href="/feeds/posts/default">',
        )
        + '<body class="variant-indie"><div class="content"><div class="content-outer">'
        '<header><div class="header section" id="header"><div class="widget Header" data-version='
        '"1" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title">'
        f'<a href="/">{esc(site.name)}</a></h1></div><div class="descriptionwrapper"><p class='
        f'"description"><span>{esc(site.tagline)}</span></p></div></div></div></div></header>'
        '<div class="tabs-inner"><div class="tabs section" id="crosscol"><div class="widget '
        f'PageList" data-version="1" id="PageList1"><div class="widget-content"><ul>{links}</ul>'
        "</div></div></div></div>"
        + j(c.overlay)
        + '<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner">'
        '<div class="column-center-outer"><div class="main section" id="main"><div class="widget '
        'Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed"><div class="date-outer">'
        f'<h2 class="date-header"><span>{date_text(c, 2)}</span></h2><div class="date-posts">'
        '<div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop='
        '"blogPost" itemscope itemtype="http://schema.org/BlogPosting">'
        f'<a name="{pid}"></a><h3 class="post-title entry-title" itemprop="name">{esc(s.title)}'
        '</h3><div class="post-header"><div class="post-header-line-1"></div></div>'
        f'<div class="post-body entry-content float-container" id="post-body-{pid}" itemprop='
        f'"description articleBody">{body}<div style="clear: both;"></div></div>'
        '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class='
        f'"post-author vcard">Posted by <span class="fn" itemprop="author">{esc(s.byline)}</span>'
        f'</span> <span class="post-timestamp">at <abbr class="published" title="{s.date}">'
        f"{dt.strftime('%-I:%M %p')}</abbr></span></div></div></div></div></div></div></div>"
        f"{j(c.below)}</div></div></div>"
        '<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1">'
        f"{j(c.sidebar)}</div></div></div></div></div>"
        '<footer class="footer-outer">'
        + footer_cols(site)
        + '<div class="attribution">Powered by Blogger.</div></footer></div></div>'
        + tail_scripts(c)
        + "</body></html>"
    )


def php_tables(c: Ctx) -> str:
    s, site = c.story, c.site
    st = Style(
        p="{t}<br><br>\n",
        h="<b><u>{t}</u></b><br><br>\n",
        q="<i>{t}</i><br><br>\n",
        fig='<img src="{src}" border="0" width="420" alt=""><br><i>{cap}{credit}</i><br><br>\n',
        table='<table border="1" cellpadding="4" cellspacing="0">{head}{rows}</table><br>',
        dl="<b>{t}</b>",
        tail="{t}<br>",
    )
    body = render_body(c, st)
    top = " | ".join(
        f'<a href="/category.php?c={i}"><font color="#ffffff">{esc(n)}</font></a>'
        for i, (n, _) in enumerate(site.sections)
    )
    left = "".join(
        f'<tr><td><img src="/images/arrow.gif" width="7" height="7"> <a href="/category.php?c={i}&'
        f'amp;s={k}">{esc(x)}</a></td></tr>'
        for i, (_, subs) in enumerate(site.sections)
        for k, x in enumerate(subs)
    )
    right = "".join(f"<tr><td>{n.html}</td></tr>" for n in c.sidebar)
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        + head(c)[6:-7]
        + f'</head><body bgcolor="#e9e9e9" topmargin="0" leftmargin="0"{" dir=rtl" if s.lang == "ur" else ""}>'
        + j(c.overlay)
        + '<table width="1000" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">'
        '<tr><td colspan="3"><table width="100%"><tr><td><a href="index.php"><img src="/images/'
        f'logo.gif" border="0" alt="{esc(site.name)}"></a><br><font face="Georgia" size="5" '
        f'color="#7a0000"><b>{esc(site.name)}</b></font></td><td align="right"><font size="1" '
        f'face="Verdana">{date_text(c, 2)}</font></td></tr></table></td></tr>'
        f'<tr><td colspan="3" bgcolor="#7a0000" height="26"><font face="Verdana" size="2">{top}'
        "</font></td></tr>"
        f'<tr><td width="180" valign="top" bgcolor="#f3f3f3"><table width="100%">{left}</table></td>'
        '<td width="600" valign="top"><table width="100%" cellpadding="8"><tr><td>'
        f'<font face="Georgia" size="5" color="#7a0000"><b>{esc(s.title)}</b></font><br>'
        f'<font face="Verdana" size="1" color="#666666">{by_text(c)} | {date_text(c, 1)}</font>'
        f'<br><br><font face="Verdana" size="2"><div id="newsdetail">{body}</div></font>'
        f"</td></tr></table>{j(c.below)}</td>"
        f'<td width="220" valign="top" bgcolor="#fafafa"><table width="100%">{right}</table></td>'
        '</tr><tr><td colspan="3" bgcolor="#333333"><font color="#cccccc" size="1" face="Verdana">'
        + footer_cols(site)
        + "</font></td></tr></table>"
        + tail_scripts(c)
        + "</body></html>"
    )


def html5_plain(c: Ctx) -> str:
    s, site = c.story, c.site
    body = render_body(c, Style(dl="<b>{t}</b>"))
    return (
        html_open(c)
        + head(c)
        + f'<body><header><a href="/"><img src="/logo.svg" alt="" width="180"> <b>{esc(site.name)}'
        f"</b></a><p>{esc(site.tagline)}</p>"
        + menu(site, nav="")
        + "</header>"
        + j(c.overlay)
        + f"<main><article><h1>{esc(s.title)}</h1><p><span>{by_text(c)}</span> · <time "
        f'datetime="{s.date}">{date_text(c, 0)}</time></p>{body}</article>{j(c.below)}'
        f"<aside>{j(c.sidebar)}</aside></main><footer>"
        + footer_cols(site)
        + "</footer>"
        + tail_scripts(c)
        + "</body></html>"
    )


TRANSLIT = {
    "related": "mutaliqa",
    "share": "taqseem",
    "social": "samaji",
    "newsletter": "khabarnama",
    "comment": "tabsira",
    "comments": "tabsiray",
    "author": "musannif",
    "bio": "taaruf",
    "ad": "ishtihar",
    "ads": "ishtiharat",
    "popular": "maqbool",
    "most": "sab-se",
    "read": "parha",
    "title": "unwan",
    "list": "fehrist",
    "item": "jaz",
    "box": "dabba",
    "app": "barnama",
    "news": "khabar",
    "cookie": "yaddasht",
    "audio": "awaz",
    "player": "chalak",
    "widget": "purza",
}
URDU_FILLER = ["hissa", "khana", "dabba", "patti", "satar", "nuqta", "kona", "daira", "parda"]


def translit(token: str) -> str:
    parts = [p for p in re.split(r"[-_]+", token) if p]
    out = []
    for p in parts:
        low = p.lower()
        if low in TRANSLIT:
            out.append(TRANSLIT[low])
        else:
            h = int(hashlib.md5(low.encode()).hexdigest()[:4], 16)
            out.append(f"{URDU_FILLER[h % len(URDU_FILLER)]}{h % 7}")
    return "-".join(out)


def urdu_translit(c: Ctx) -> str:
    s, site = c.story, c.site
    st = Style(
        p='<p class="matn-para">{t}</p>',
        h='<h3 class="zeli-surkhi">{t}</h3>',
        q='<blockquote class="iqtibas">{t}</blockquote>',
        fig='<div class="tasveer"><img src="{src}" alt=""><p class="tasveer-ibarat">{cap}{credit}</p></div>',
        ul='<ul class="fehrist-nikaat">{items}</ul>',
        dl='<span class="maqam">{t}</span>',
    )
    body = render_body(c, st)
    return (
        html_open(c)
        + head(c, '<link rel="preload" href="/fonts/nastaleeq.woff2" as="font" crossorigin>')
        + '<body class="safha-khabar">'
        f'<div class="sar-e-varaq"><div class="sar-e-varaq__andar"><a class="nishan" href="/">'
        f'{esc(site.name)}</a><span class="shiar">{esc(site.tagline)}</span><div class="aaj-ki-'
        f'tareekh">{date_text(c)}</div></div><div class="fehrist-e-aqsaam">'
        + menu(site, ul="fehrist", li="fehrist-jaz", sub="zeli-fehrist")
        + "</div></div>"
        + j(c.overlay)
        + f'<div class="markazi-hissa"><div class="khabar-tafseel"><div class="zumra"><a href="/'
        f'{slug(s.section)}">{esc(s.section)}</a></div><h1 class="surkhi">{esc(s.title)}</h1>'
        f'<div class="khabar-maloomat"><span class="nama-nigar">{by_text(c)}</span> <span class='
        f'"waqt">{date_text(c)}</span></div><div class="khabar-ka-matn">{body}</div></div>'
        f'{j(c.below)}<div class="baghli-patti">{j(c.sidebar)}</div></div>'
        '<div class="zer-e-varaq">'
        + footer_cols(site, col="zer-sutoon", ul="zer-fehrist")
        + "</div>"
        + tail_scripts(c)
        + "</body></html>"
    )


TW = [
    "mt-6",
    "mb-4",
    "rounded-xl",
    "border",
    "border-slate-200",
    "bg-slate-50",
    "p-4",
    "p-6",
    "text-sm",
    "text-xs",
    "font-semibold",
    "text-slate-700",
    "space-y-2",
    "flex",
    "items-center",
    "gap-2",
    "gap-4",
    "hover:underline",
    "text-red-700",
    "uppercase",
    "tracking-wide",
    "leading-6",
    "grid",
    "grid-cols-2",
    "my-8",
    "px-3",
    "py-2",
    "shadow-sm",
    "list-decimal",
    "pl-5",
]


def tailwind_next(c: Ctx) -> str:
    s, site, L = c.story, c.site, c.site.L
    st = Style(
        p='<p class="mb-5 text-[17px] leading-8 text-slate-800">{t}</p>',
        h='<h2 class="mt-10 mb-4 font-serif text-2xl font-bold">{t}</h2>',
        ul='<ul class="mb-5 list-disc space-y-1 pl-6">{items}</ul>',
        ol='<ol class="mb-5 list-decimal space-y-1 pl-6">{items}</ol>',
        li='<li class="leading-7">{t}</li>',
        q='<blockquote class="my-6 border-l-4 border-red-700 pl-4 italic">{t}</blockquote>',
        fig=(
            '<figure class="my-8"><img class="w-full rounded" src="{src}" alt=""><figcaption '
            'class="mt-2 text-sm text-slate-500">{cap}{credit}</figcaption></figure>'
        ),
        dl='<span class="font-semibold uppercase">{t}</span>',
        tail='<p class="text-sm text-slate-500">{t}</p>',
    )
    body = render_body(c, st)
    nav = "".join(
        f'<a class="whitespace-nowrap hover:text-red-700" href="/{slug(n)}">{esc(n)}</a>'
        for n, _ in site.sections
    )
    data = json.dumps(
        {
            "props": {
                "pageProps": {
                    "article": {
                        "id": 50000 + c.page_id,
                        "headline": s.title,
                        "byline": s.byline,
                        "published": s.date,
                        "section": s.section,
                        "body": [plain(b[1]) for b in s.blocks if b[0] in ("p", "h", "q")],
                    }
                }
            },
            "page": "/[section]/[slug]",
            "query": {"section": slug(s.section), "slug": s.slug},
            "buildId": hashlib.md5(site.domain.encode()).hexdigest()[:21],
            "isFallback": False,
        },
        ensure_ascii=False,
    ).replace("</", "<\\/")
    return (
        html_open(c, ' class="scroll-smooth"')
        + head(c, '<link rel="preload" as="script" href="/_next/static/chunks/webpack-6f1c.js">')
        + '<body class="bg-white text-slate-900 antialiased"><div id="__next">'
        '<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/95 backdrop-blur">'
        '<div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3"><a href="/" '
        f'class="font-serif text-2xl font-bold tracking-tight">{esc(site.name)}</a>'
        f'<nav class="hidden gap-6 text-sm font-medium lg:flex">{nav}</nav><a class="rounded '
        f'bg-slate-900 px-3 py-1.5 text-sm text-white" href="/login">{esc(L["login"])}</a></div>'
        "</header>"
        + j(c.overlay)
        + '<main class="mx-auto grid max-w-7xl grid-cols-1 gap-10 px-4 py-8 lg:grid-cols-12">'
        '<article class="lg:col-span-8"><p class="mb-2 text-xs font-semibold uppercase tracking-'
        f'widest text-red-700">{esc(s.section)}</p><h1 class="font-serif text-3xl font-bold '
        f'leading-tight md:text-5xl">{esc(s.title)}</h1><div class="mt-4 flex items-center gap-3'
        f' text-sm text-slate-500"><span class="font-medium text-slate-800">{by_text(c)}</span>'
        f'<span aria-hidden="true">·</span><time datetime="{s.date}">{date_text(c, 0)}</time>'
        f'</div><div class="prose prose-slate prose-lg mt-8 max-w-none">{body}</div></article>'
        f'<aside class="space-y-8 lg:col-span-4">{j(c.sidebar)}</aside></main>'
        f'<section class="mx-auto max-w-7xl px-4">{j(c.below)}</section>'
        '<footer class="mt-16 border-t border-slate-200 bg-slate-50"><div class="mx-auto grid '
        'max-w-7xl grid-cols-2 gap-8 px-4 py-10 md:grid-cols-4">'
        + footer_cols(site, col="space-y-2", h="text-sm font-semibold", ul="space-y-1 text-sm")
        + "</div></footer></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{data}</script>'
        + tail_scripts(c)
        + "</body></html>"
    )


def obf(token: str) -> str:
    h = hashlib.md5(token.encode()).hexdigest()
    return chr(97 + int(h[0], 16) % 26) + h[1:3]


def obfuscated(c: Ctx) -> str:
    s, site = c.story, c.site
    st = Style(
        p='<div class="q1">{t}</div>',
        h='<div class="q2"><strong>{t}</strong></div>',
        ul='<ul class="q3">{items}</ul>',
        ol='<ol class="q3">{items}</ol>',
        q='<div class="q4">{t}</div>',
        fig='<div class="q5"><img src="{src}" alt=""><div class="q6">{cap}{credit}</div></div>',
        table='<table class="q7"><thead>{head}</thead><tbody>{rows}</tbody></table>',
        dl='<span class="q8">{t}</span>',
        tail='<div class="q1">{t}</div>',
    )
    body = render_body(c, st)
    return (
        html_open(c)
        + head(c)
        + '<body class="b0"><div class="w1" id="r0"><div class="h2k"><a class="l0" href="/">'
        f"{esc(site.name)}</a>"
        + menu(site, ul="n3", li="n3i", sub="n3s")
        + "</div>"
        + j(c.overlay)
        + '<div class="c7"><div class="c7a"><div class="t9">'
        f'<h1 class="t9h">{esc(s.title)}</h1><div class="t9m"><span>{by_text(c)}</span> '
        f'<span>{date_text(c, 3)}</span></div></div><div class="x4">{body}</div></div>'
        f'<div class="c7b">{j(c.sidebar)}</div></div>{j(c.below)}'
        '<div class="f5">'
        + footer_cols(site, col="f5c", ul="f5u")
        + "</div></div>"
        + tail_scripts(c)
        + "</body></html>"
    )


TEMPLATES = {
    f.__name__: f
    for f in (
        wp_classic,
        wp_block,
        drupal,
        joomla,
        ghost,
        arc_react,
        amp,
        blogger,
        php_tables,
        html5_plain,
        urdu_translit,
        tailwind_next,
        obfuscated,
    )
}
# how each template rewrites the class names of its noise blocks
RECLASS = {
    "arc_react": lambda t: hashed(t),
    "tailwind_next": lambda t: TW[int(hashlib.md5(t.encode()).hexdigest()[:4], 16) % len(TW)],
    "obfuscated": obf,
    "urdu_translit": translit,
}
# chance that a noise block uses its plain (no class, no id) markup
PLAIN_P = {"html5_plain": 0.85, "php_tables": 0.65, "blogger": 0.55}


# --- planning the noise of one page ----------------------------------------------------

EN_POOLS = {
    "top": [n_audio, n_toolbar, n_share],
    "mid": [
        n_teaser,
        n_related,
        n_ad,
        n_newsletter,
        n_image_credit,
        n_video,
        n_follow,
        n_app,
        n_donate,
        n_most_read,
        n_login,
    ],
    "after": [
        n_share,
        n_bio,
        n_tags,
        n_newsletter,
        n_donate,
        n_corrections,
        n_follow,
        n_related,
        n_next,
        n_loading,
        n_disclaimer,
    ],
    "side": [n_most_read, n_recommended, n_poll, n_newsletter, n_app, n_related],
    "below": [n_comments, n_recommended, n_sponsored, n_next, n_loading],
    "overlay": [n_cookie, n_push, n_app],
}
UR_POOLS = {
    "top": [u_audio, u_share],
    "mid": [u_teaser, u_related, u_ad, u_image_credit, u_follow, u_app, u_newsletter],
    "after": [u_share, u_follow, u_related, u_loading, u_disclaimer, u_newsletter],
    "side": [u_most_read, u_app, u_related],
    "below": [u_comments, u_most_read],
    "overlay": [u_cookie],
}
EXTRA = {
    "ghost": [("mid", n_ghost_bookmark), ("after", n_ghost_callout)],
    "blogger": [("below", n_blogger_share), ("below", n_blogger_pager)],
    "joomla": [("below", n_joomla_pager)],
    "amp": [("mid", n_amp_ad), ("after", n_amp_share)],
}
REPEATABLE = {n_teaser, u_teaser}

ATTR_RE = re.compile(r'\s(class|id)="([^"]*)"')
DROP_RE = re.compile(r'\s(?:data-[\w-]+|role|aria-[\w-]+)(?:="[^"]*")?(?=[\s>])')
ATTR_ANY = re.compile(r'\s(?:class|id|data-[\w-]+|role|aria-[\w-]+)(?:="([^"]*)")?(?=[\s>])')
TELL = (
    "related",
    "share",
    "social",
    "newsletter",
    "signup",
    "subscribe",
    "comment",
    "respond",
    "reply",
    "promo",
    "advert",
    "sponsor",
    "widget",
    "sidebar",
    "author",
    "bio",
    "cookie",
    "consent",
    "donate",
    "support",
    "app",
    "audio",
    "player",
    "correction",
    "tag",
    "popular",
    "recommend",
    "rec-",
    "recirc",
    "read",
    "more",
    "teaser",
    "cta",
    "banner",
    "outbrain",
    "poll",
    "print",
    "toolbar",
    "credit",
    "disclaimer",
    "policy",
    "follow",
    "next",
    "pager",
    "navigation",
    "jp-",
    "disqus",
    "gpt",
    "push",
    "video",
    "regwall",
    "bookmark",
    "callout",
    "feed",
    "img-",
    "inline",
    "ad-",
    "kg-",
    "goog",
    "most",
    "lazy",
    "optin",
    "notice",
    "loader",
    "ob-",
    "cc-",
    "rank",
    "module",
    "track",
    "dialog",
    "label",
)


def reclass(markup: str, tname: str) -> str:
    fn = RECLASS.get(tname)
    if fn is None:
        return markup
    markup = DROP_RE.sub("", markup)

    def sub(m: re.Match) -> str:
        attr, val = m.groups()
        if attr == "id":
            return ""
        return ' class="' + " ".join(dict.fromkeys(fn(t) for t in val.split())) + '"'

    return ATTR_RE.sub(sub, markup)


def telling(markup: str) -> bool:
    """Does the block's own markup carry a class/id/data/role/aria name that gives it away?"""
    if "<amp-ad" in markup or "<amp-social-share" in markup:
        return True
    for m in ATTR_ANY.finditer(markup):
        whole = m.group(0).lower()
        if any(k in whole for k in TELL) or re.search(r'["\s-]ad["\s-]', whole):
            return True
    return False


def has_attrs(markup: str) -> bool:
    return bool(ATTR_ANY.search(markup))


def plan(c: Ctx, tname: str) -> list[Noise]:
    s, rng = c.story, c.rng
    pools = UR_POOLS if s.lang == "ur" else EN_POOLS
    heads = list(UR_HEADLINES if s.lang == "ur" else EN_HEADLINES)
    rng.shuffle(heads)
    P = Pick(rng, c.site, s, heads)
    used: set = set()
    p_plain = PLAIN_P.get(tname, 0.5)

    def make(where: str, forced=None) -> Noise:
        if forced is None:
            cands = [
                f
                for f in pools[where]
                if (f not in used or f in REPEATABLE) and (f is not n_bio or s.beat)
            ]
            forced = rng.choice(cands)
        used.add(forced)
        nz = forced(P, rng.random() < p_plain)
        return Noise(reclass(nz.html, tname), nz.strings)

    nb = len(s.blocks)
    gaps = [
        i
        for i in range(nb - 1)
        if not (s.blocks[i][0] == "p" and plain(s.blocks[i][1]).endswith(":"))
    ]
    mids = sorted(rng.sample(gaps, min(len(gaps), rng.choice([2, 3, 3]))))
    for i in mids:
        c.inside.setdefault(i, []).append(make("mid"))
    if rng.random() < 0.45:
        c.inside[-1] = [make("top")]
    # a tail that is the only wire credit stays right under the body
    tail_only = s.tail and not s.dateline
    last = nb - 1 if (not s.tail or (not tail_only and rng.random() < 0.5)) else "end"
    c.inside.setdefault(last, []).extend(make("after") for _ in range(rng.choice([1, 2, 2])))
    c.sidebar = [make("side") for _ in range(rng.choice([1, 2]))]
    c.below = [make("below")]
    if rng.random() < 0.5:
        c.overlay = [make("overlay")]
    if s.lang == "en":
        for where, f in EXTRA.get(tname, []):
            nz = make(where, f)
            if where == "mid":
                c.inside.setdefault(rng.choice(gaps), []).insert(0, nz)
            elif where == "after":
                c.inside.setdefault(last, []).append(nz)
            else:
                c.below.append(nz)
    # photo credits written as text, in or right after the captions
    credits = []
    for i, b in enumerate(s.blocks):
        if b[0] != "fig" or (not s.credit and rng.random() < 0.2):
            continue
        text = s.credit or rng.choice(UR_CREDITS if s.lang == "ur" else EN_CREDITS)
        r = rng.random()
        if r < 0.3:
            frag = reclass(f' <span class="photo-credit">{esc(text)}</span>', tname)
            c.credits[i] = (frag, "")
        elif r < 0.55:
            frag = f" <small>{esc(text)}</small>"
            c.credits[i] = (frag, "")
        elif r < 0.8:
            frag = f" {esc(text)}"
            c.credits[i] = (frag, "")
        else:
            frag = f"<p><small>{esc(text)}</small></p>"
            c.credits[i] = ("", frag)
        credits.append(Noise(frag, [text]))
    inside = [n for k in sorted(c.inside, key=str) for n in c.inside[k]]
    return inside + c.sidebar + c.below + c.overlay + credits


# --- checking a page -------------------------------------------------------------------

BLOCK_TAGS = {
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
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "nav",
    "main",
    "figure",
    "figcaption",
    "blockquote",
    "tr",
    "table",
    "form",
    "dl",
    "dt",
    "dd",
    "br",
    "hr",
    "button",
    "label",
    "textarea",
    "amp-img",
    "amp-sidebar",
    "center",
}
SKIP_TAGS = {"script", "style", "noscript", "template", "head", "svg", "title"}


class VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def norm(text: str) -> str:
    return " ".join(text.split())


def visible(page: str) -> str:
    parser = VisibleText()
    parser.feed(page)
    parser.close()
    lines = (norm(x) for x in "".join(parser.out).split("\n"))
    return "\n".join(x for x in lines if x)


def body_lines(s: Story) -> list[str]:
    out: list[str] = []
    for b in s.blocks:
        if b[0] in ("p", "h", "q"):
            out.append(plain(b[1]))
        elif b[0] in ("ul", "ol"):
            out.extend(plain(x) for x in b[1])
        elif b[0] == "table":
            out.extend(" ".join(r) for r in b[1])
    return out


def neither_texts(s: Story) -> list[str]:
    out = [s.title, s.byline, *s.tail]
    if s.dateline:
        out.append(s.dateline)
    out.extend(b[1] for b in s.blocks if b[0] == "fig")
    return out


def check(name: str, page: str, s: Story, noise: list[Noise]) -> None:
    vis = visible(page)
    lines = body_lines(s)
    pos = 0
    for ln in lines:
        k = vis.find(norm(ln), pos)
        if k < 0:
            raise AssertionError(f"{name}: body line not visible in order: {ln!r}")
        pos = k + len(norm(ln))
    for ln in neither_texts(s):
        if norm(ln) not in vis:
            raise AssertionError(f"{name}: headline/byline/caption/tail not visible: {ln!r}")
    for nz in noise:
        for st in nz.strings:
            if len(st) < 5:
                raise AssertionError(f"{name}: noise string too short: {st!r}")
            if norm(st) not in vis:
                raise AssertionError(f"{name}: noise string not visible: {st!r}")
            low = st.lower()
            for ln in [*lines, *neither_texts(s)]:
                if low in ln.lower():
                    raise AssertionError(f"{name}: noise {st!r} occurs in {ln!r}")


# --- the pages -------------------------------------------------------------------------

NOISY = [
    ("ziarat-watchtowers", "wp_classic", "chiltan"),
    ("khaplu-minigrid", "drupal", "karakoram"),
    ("turbat-dates-coldstore", "arc_react", "makran"),
    ("diamer-polio-trek", "amp", "karakoram"),
    ("nushki-girls-cricket", "ghost", "bolan"),
    ("gwadar-desalination", "php_tables", "makran"),
    ("shimshal-road", "html5_plain", "pamir"),
    ("kalash-spring-festival", "joomla", "frontier"),
    ("ur-gb-wheat-quota", "urdu_translit", "shumaal"),
    ("dera-bugti-water", "blogger", "bolan"),
    ("shigar-fort-museum", "tailwind_next", "pamir"),
    ("khuzdar-dialysis", "obfuscated", "chiltan"),
    ("hingol-turtles-photo-essay", "wp_block", "makran"),
    ("loralai-olive-press", "drupal", "sulaiman"),
    ("gb-snowfall-stranded", "wp_classic", "indus"),
    ("ur-quetta-rain", "amp", "sangemeel"),
    ("ur-turbat-hostel", "wp_classic", "hamwatan"),
    ("turbat-dates-coldstore", "ghost", "indus"),
    ("diamer-polio-trek", "tailwind_next", "frontier"),
    ("ziarat-watchtowers", "php_tables", "bolan"),
    ("shimshal-road", "arc_react", "karakoram"),
    ("khuzdar-dialysis", "joomla", "bolan"),
    ("ur-gb-wheat-quota", "obfuscated", "sangemeel"),
    ("gwadar-desalination", "wp_block", "indus"),
]
CLEAN = [
    ("quetta-matric-results", "joomla", "chiltan"),
    ("gilgit-winter-schedule", "drupal", "karakoram"),
    ("karimabad-library", "ghost", "pamir"),
    ("panjgur-community-radio", "blogger", "makran"),
    ("balochistan-budget-explainer", "arc_react", "bolan"),
    ("skardu-photo-contest", "amp", "karakoram"),
    ("booni-teacher-retires", "html5_plain", "frontier"),
    ("naseerabad-weather-app", "tailwind_next", "indus"),
    ("gwadar-commissioner-qa", "php_tables", "makran"),
    ("ur-hunza-cherry", "urdu_translit", "shumaal"),
    ("karimabad-library", "wp_block", "karakoram"),
    ("quetta-matric-results", "obfuscated", "bolan"),
]


def make_url(tname: str, site: Site, s: Story, n: int) -> str:
    dt = datetime.fromisoformat(s.date)
    d, sl, sec = site.domain, s.slug, slug(s.section)
    return {
        "wp_classic": f"https://{d}/{dt:%Y/%m/%d}/{sl}/",
        "wp_block": f"https://{d}/{sec}/{sl}/",
        "drupal": f"https://{d}/news/{sec}/{sl}",
        "joomla": f"https://{d}/index.php/{sec}/{300 + n}-{sl}",
        "ghost": f"https://{d}/{sl}/",
        "arc_react": f"https://{d}/{sec}/{dt:%Y/%m/%d}/{sl}/",
        "amp": f"https://{d}/{sl}/amp/",
        "blogger": f"https://{d}/{dt:%Y/%m}/{sl}.html",
        "php_tables": f"https://{d}/news_detail.php?id={52000 + n}",
        "html5_plain": f"https://{d}/stories/{sl}",
        "urdu_translit": f"https://{d}/khabar/{61000 + n}",
        "tailwind_next": f"https://{d}/{sec}/{sl}-{n}",
        "obfuscated": f"https://{d}/a/{sl}-{9000 + n}",
    }[tname]


def build(n: int, story: Story, tname: str, site_key: str, noisy: bool):
    rng = random.Random(90000 + n * 31 + (0 if noisy else 7))
    site = SITES[site_key]
    if site.lang != story.lang:
        raise AssertionError(f"site/story language mismatch on page {n}")
    url = make_url(tname, site, story, n)
    c = Ctx(story, site, url, rng, page_id=n if noisy else 100 + n)
    noise = plan(c, tname) if noisy else []
    page = TEMPLATES[tname](c)
    target = rng.randint(38000, 44000)
    page = page.replace(FILL, css_fill(rng, page, max(1500, target - len(page.encode()))))
    return url, page, noise


def main() -> None:
    by_slug = {s.slug: s for s in NOISY_STORIES + CLEAN_STORIES}
    blocks = plain_blocks = untelling = 0
    sizes = []
    jobs = [(n, s, t, k, True) for n, (s, t, k) in enumerate(NOISY)]
    jobs += [(n, s, t, k, False) for n, (s, t, k) in enumerate(CLEAN)]
    for n, sl, tname, site_key, noisy in jobs:
        story = by_slug[sl]
        url, page, noise = build(n, story, tname, site_key, noisy)
        name = f"{'noisy' if noisy else 'clean'}-{n:02d}-{tname}"
        check(name, page, story, noise)
        if noisy and not noise:
            raise AssertionError(f"{name}: noisy page without noise")
        for nz in noise:
            blocks += 1
            plain_blocks += not has_attrs(nz.html)
            untelling += not telling(nz.html)
        sizes.append(len(page.encode()))
        truth = Article(
            story.slug,
            story.title,
            story.byline,
            story.date,
            body_lines(story),
            agency=story.agency,
            place=story.place,
            lang=story.lang,
        )
        write_page(SPLIT, name, url, page, truth, noise)
    if untelling * 3 < blocks:
        raise AssertionError(f"only {untelling}/{blocks} noise blocks without telling names")
    print(
        f"{len(NOISY)} noisy + {len(CLEAN)} clean pages; {blocks} noise blocks, "
        f"{untelling} without telling names, {plain_blocks} with no class/id at all; "
        f"sizes {min(sizes)}-{max(sizes)} bytes"
    )


if __name__ == "__main__":
    main()
