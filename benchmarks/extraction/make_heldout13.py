"""Write a thirteenth held-out set to pages/heldout13/: written BLIND.

Blind: the only files read while writing this generator were fixturekit.py,
make_heldout.py and make_heldout2.py (for the page / truth / noise conventions and the
helper API). No extraction code, config, tests, other generators, existing pages,
results or READMEs were opened, and no extractor was run on these pages.

What is new
-----------
* 18 stories (12 English, 6 Urdu right-to-left), all invented: outlets, people, figures
  and sentences. Only the place names (Balochistan, Gilgit-Baltistan, Chitral, Swat,
  Tharparkar ...) are real. Datelines credit wire agencies as the earlier sets do.
* 18 page layouts of this file's own design, each used for one noisy and one clean page:
  a Ghost theme with kg-cards, a Medium-like post in several <section>s with <figure>s, a
  Drupal node whose story carries a results <table>, a Q&A interview template, an
  explainer of numbered headings in card <section>s with lists, a Substack-like newsletter
  post, an old XHTML 1.0 page with <font>, <center> and a layout <table>, an Arc XP-like
  page driven by data-* attributes, a Wix-like page of absolutely positioned divs (the
  story cut into several of them, with sidebar noise interleaved in the DOM), a Joomla 4
  com_content article, a Next.js page whose text sits in <div>s with hashed classes and no
  <p>, a page with an <article> for each related teaser as well as for the story, an Urdu
  WordPress single post, an Urdu news-app web view, an Urdu ASP.NET WebForms page (title in
  a <span>, story as <br /><br />-separated text in a <span>), an AMP page (<html ⚡>,
  amp-ad, amp-sidebar, amp-user-notification), a page whose story is split across two
  containers by a 640px ad slot, and a Blogger classic template (<br />-separated text).
* Noise worded afresh, in English and in Urdu, placed outside the article container and
  inside it (before the first block, between blocks, right after the last block and after
  the wire credit), most of it in bare <div>/<p>/<section> with no telling class or id.
* Clean pages carry the same stories, which are deliberately dense with body text that
  looks like noise: sentences about reading, sharing, following, comments, subscribing,
  apps, newsletters, photos, advertisements, sponsors and members; one-line paragraphs;
  lists; a results table; quotes; a Q&A; a short 'Related:' sentence with no link; a
  story-specific correction paragraph.

Truth conventions (for a scorer)
--------------------------------
* ``body`` is one line per text block of the article, in reading order: each paragraph,
  each subheading (numbers such as "1." are typed in the text and are part of the line),
  each list item (the browser-drawn bullet or number is not part of the line), each
  blockquote, each interview question and each answer, and each table row including the
  header row, its cells joined by one space. Compare whitespace-insensitively.
* Not body: the title, the byline, the date, image captions and photo credits, and the
  wire credit shown after the body (``Article.tail``, e.g. "(PPI)", "AFP/ik").
* Corrections: a story-specific correction written as an ordinary paragraph in the
  article flow ("Correction: An earlier version of this story said ...") is BODY. A boxed
  site-wide note about the outlet's corrections policy or an editor's note about comment
  rules is NOISE, wherever it sits (inside or outside the article container).
* A one-sentence plain paragraph "Related: ..." with no link that reports a fact is body;
  labelled link teasers ("Read more:", "See also", "Don't miss" ...) are noise.
* ``noise`` lists the distinctive visible strings of every noise block on the page (labels,
  teaser headlines and summaries, prompts, disclaimers, comment texts, credit names). Bare
  generic words (the word "Advertisement", button labels like "Facebook") and the site's
  navigation menu and footer are not recorded, as in the earlier sets. Every recorded
  string is checked to occur in the page's visible text and not in its body.
* ``dateline_place`` is spelt as in the dateline (Urdu script on Urdu pages); ``agency`` is
  the English abbreviation (APP, PPI, AFP); both are None where the story has no dateline
  or no wire credit.

Run: python benchmarks/extraction/make_heldout13.py  (deterministic; no network).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from datetime import datetime
from html.parser import HTMLParser
from types import SimpleNamespace
from typing import ClassVar

from fixturekit import PAGES, Article, Noise, esc, write_page

SPLIT = "heldout13"

# --- stories ------------------------------------------------------------------------------
# A story is an Article plus its blocks. Block kinds: ("p", text), ("h", text) subheading,
# ("q", text) interview question, ("quote", text), ("ul", [items]), ("ol", [items]),
# ("table", header_cells, rows). Article.paragraphs is derived: one line per text block.


def lines(blocks: list[tuple]) -> list[str]:
    out: list[str] = []
    for b in blocks:
        if b[0] in ("ul", "ol"):
            out.extend(b[1])
        elif b[0] == "table":
            out.append(" ".join(b[1]))
            out.extend(" ".join(r) for r in b[2])
        else:
            out.append(b[1])
    return out


STORIES: dict[str, tuple[Article, list[tuple]]] = {}


def story(slug, title, author, date, blocks, tail=None, agency=None, place=None, lang="en"):
    art = Article(slug, title, author, date, lines(blocks), tail, agency, place, lang)
    STORIES[slug] = (art, blocks)


story(
    "gwadar-desal",
    "Gwadar desalination plant resumes supply to old town",
    "Shahnaz Dashti",
    "2026-03-09T11:20:00+05:00",
    [
        (
            "p",
            "GWADAR, March 9 (APP): A seawater desalination plant on Gwadar's eastern bay "
            "resumed supplying the old town on Monday, four months after a failed intake pump "
            "shut it down, the district water board said.",
        ),
        (
            "p",
            "At full output the plant makes about 1.2 million gallons a day, enough for "
            "roughly a third of the town's households.",
        ),
        (
            "p",
            "Households that signed up for the board's text-message alerts will be told a day "
            "before water reaches their street. The board asked them to share the schedule "
            "with neighbours who have no phone.",
        ),
        ("p", "Read the notice before you fill your tank."),
        (
            "p",
            "That line, painted on walls across the old town this week, refers to an hour of "
            "flushing: the first water to reach each ward will not be safe to drink until the "
            "pipes have been cleared.",
        ),
        (
            "quote",
            "“We followed every step of the repair on the news. Now we will follow the "
            "tanker drivers to see if they lower their prices,” said Hameeda Baloch, who "
            "runs a tailoring shop near the fish harbour.",
        ),
        ("p", "Water carts had charged up to Rs 60 a can during the shutdown."),
        (
            "p",
            "The board said two spare pumps would be kept in Gwadar from now on, instead of in "
            "a warehouse in Karachi.",
        ),
    ],
    agency="APP",
    place="Gwadar",
)

story(
    "hunza-glacier",
    "Hassanabad villagers learn to read a glacier",
    "Farman Ali Baig",
    "2026-05-17T08:40:00+05:00",
    [
        (
            "p",
            "Every morning at six, Sajida Karim walks to a concrete post above the Hassanabad "
            "stream and reads a number off a painted gauge.",
        ),
        (
            "p",
            "She sends the number to a group of forty neighbours. Most of them reply with a "
            "thumbs-up; a few forward it to relatives in Gilgit and Karachi.",
        ),
        ("h", "What the volunteers watch"),
        (
            "ul",
            [
                "The colour of the water, which turns grey when the ice lake above starts to drain.",
                "The level on the gauge, read at six in the morning and six in the evening.",
                "Any new crack on the slope above the old bridge.",
            ],
        ),
        (
            "p",
            "The glacier above the village has surged several times in the past decade, "
            "pushing ice across a side valley and trapping a lake behind it. When that lake "
            "drains suddenly, the stream below can rise by metres in an hour.",
        ),
        ("h", "Why a paper notebook still matters"),
        (
            "p",
            "The district disaster office has an app for warnings, and it works when the "
            "network does. When it does not, the volunteers fall back on a notebook kept in "
            "the mosque.",
        ),
        ("p", "“Nobody likes the notebook,” Karim said. “But nobody has ever lost it.”"),
        (
            "p",
            "Subscribe to nothing, she tells visitors who ask how to get the alerts. Just come "
            "and knock on my door.",
        ),
        ("p", "Related: volunteers in Passu and Hussaini have set up similar gauges this year."),
    ],
)

story(
    "turbat-results",
    "Independents take most seats on Turbat municipal committee",
    "Kech Bureau",
    "2026-01-14T23:50:00+05:00",
    [
        (
            "p",
            "TURBAT, Jan 14: Independent candidates won most of the contested seats on the "
            "Turbat municipal committee, according to provisional results released by the "
            "returning officer on Wednesday night.",
        ),
        (
            "p",
            "Turnout was 41 per cent, up from 33 per cent at the last local vote, with long "
            "queues at women's polling stations in Absar and Sami.",
        ),
        (
            "table",
            ["Ward", "Winner", "Affiliation", "Votes"],
            [
                ["Ward 3 Absar", "Gul Bibi", "Independent", "2,114"],
                ["Ward 7 Kalatuk", "Naveed Jan", "Independent", "1,876"],
                ["Ward 9 Sami", "Asghar Dashti", "Kech Awami Front", "1,502"],
                ["Ward 12 Shahi Tump", "Mehrab Rind", "Independent", "998"],
                ["Ward 15 Singani Sar", "Zahida Parvez", "Kech Awami Front", "1,231"],
            ],
        ),
        ("p", "The table above covers only the wards where counting had finished by midnight."),
        (
            "p",
            "Members of the outgoing committee said the new council's first job would be the "
            "town's rubbish contract, which lapsed in October.",
        ),
        ("p", "Comments from losing candidates were mostly muted."),
        (
            "p",
            "One candidate in Ward 12 said he would ask for a recount, and the returning "
            "officer said requests would be heard on Friday.",
        ),
        (
            "p",
            "Final results will be posted on the notice board at the deputy commissioner's office.",
        ),
    ],
    place="Turbat",
)

story(
    "skardu-interview",
    "‘The mountain decides’: a Skardu rescue coordinator on a record season",
    "Iqra Hussain",
    "2026-09-28T10:00:00+05:00",
    [
        (
            "p",
            "Ghulam Abbas Shigri has coordinated volunteer rescue teams in Skardu for eleven "
            "summers. He spoke to us after a season in which his teams were called out 38 "
            "times.",
        ),
        ("q", "How did this season compare with others?"),
        (
            "p",
            "It was the busiest I remember. More trekkers, more people driving to Deosai in "
            "small cars, and more people who read one blog post and think they are ready.",
        ),
        ("q", "Do apps and online maps help?"),
        (
            "p",
            "They help the ones who download the maps before they leave. Above Satpara there "
            "is no signal, so an app that needs the internet is just a heavy phone.",
        ),
        ("q", "What should visitors do before they go?"),
        (
            "p",
            "Tell someone your route. Share it with your hotel, share it with your driver. "
            "Follow the weather, not the photos you saw online.",
        ),
        ("q", "Who pays for the rescues?"),
        (
            "p",
            "Mostly the volunteers themselves. We have a few sponsors — a bakery, two jeep "
            "owners and a hotel in Shigar — and their names are painted on our stretchers.",
        ),
        ("q", "Anything else?"),
        (
            "p",
            "Comment sections are full of people asking why we took so long. Come and walk "
            "the route once, and then write your comment.",
        ),
    ],
)

story(
    "quetta-permits",
    "Explainer: how Quetta's new groundwater permits will work",
    "Explainer Desk",
    "2026-06-05T09:00:00+05:00",
    [
        (
            "p",
            "From July, anyone who wants to drill a new tube well in the Quetta valley will "
            "need a permit from the provincial water authority. Here is what the rules say.",
        ),
        ("h", "1. Who needs a permit?"),
        (
            "p",
            "Every owner of a new well deeper than 60 metres, whether it is for a farm, a "
            "factory or a housing scheme.",
        ),
        ("h", "2. What about existing wells?"),
        ("p", "Owners of existing wells must register them by December. Registration is free."),
        (
            "ol",
            [
                "Fill in the form at any union council office or on the authority's website.",
                "Attach a copy of your national identity card.",
                "Bring a photo of the well head and its meter, if it has one.",
            ],
        ),
        ("p", "Photos taken on a phone are accepted."),
        ("h", "3. How much water can be pumped?"),
        (
            "p",
            "Limits will depend on the aquifer. The authority will publish a map showing the "
            "limit in each zone, and says it will update it every year.",
        ),
        ("h", "4. What happens to people who ignore the rules?"),
        (
            "p",
            "Fines start at Rs 50,000. Repeat offenders can have their electricity connection cut.",
        ),
        ("h", "5. Where can I read the full text?"),
        (
            "p",
            "The rules were printed in the provincial gazette on 2 June. Copies are kept for "
            "members of the public at the Quetta press club library and at district offices.",
        ),
    ],
)

story(
    "chitral-library",
    "The library in Chitral that lends e-readers by post",
    "Mir Afzal Khan",
    "2026-11-02T07:30:00+05:00",
    [
        (
            "p",
            "The smallest library I have ever visited is a single room above a pharmacy in "
            "Chitral town, and it has more members than the town's cinema ever had.",
        ),
        ("p", "Members pay Rs 200 a year."),
        (
            "p",
            "For that they can borrow two books a week, or one of twelve e-readers that the "
            "library posts to villages as far as Garam Chashma and Booni.",
        ),
        (
            "p",
            "Reading is not the problem here, the librarian, Nusrat Bibi, told me. Getting "
            "books up the valley is.",
        ),
        (
            "p",
            "Each e-reader goes out with a charging cable, a printed list of what is loaded on "
            "it, and a stamped envelope for the return trip.",
        ),
        (
            "p",
            "Subscribers to the postal scheme get a new batch of titles every month, chosen "
            "from a list that readers send in by text message.",
        ),
        (
            "quote",
            "“The boys ask for cricket and the girls ask for exam guides. Everybody asks "
            "for poetry in Khowar,” Nusrat Bibi said.",
        ),
        (
            "p",
            "The library has no app and no website. Its newsletter is one photocopied page "
            "pinned to the pharmacy door.",
        ),
        (
            "p",
            "Newsletter readers asked me last month where the e-readers come from. The answer "
            "is a school in Peshawar that replaced them with tablets.",
        ),
        ("p", "If you want to help, the librarian says, do not send money. Send books."),
        (
            "p",
            "Thank you for reading, said the slip inside the poetry collection I borrowed. "
            "Please return within a fortnight.",
        ),
    ],
)

story(
    "mithi-radio",
    "Mithi community radio gets Thar's farmers talking",
    "Staff Correspondent",
    "2026-08-22T21:15:00+05:00",
    [
        (
            "p",
            "MITHI, Aug 22 (PPI): A community radio station in Mithi has started a nightly "
            "phone-in programme for farmers in Tharparkar, and organisers say it now gets more "
            "calls than it can put on air.",
        ),
        ("p", "Listeners call in with questions about seed, rain and cattle fever."),
        (
            "p",
            "Others send voice notes on WhatsApp, which the presenters play after the nine "
            "o'clock news.",
        ),
        (
            "p",
            "Share your question, the presenter says at the start of each show, and we will "
            "find someone who knows the answer.",
        ),
        (
            "p",
            "A veterinary officer from Islamkot joins on Tuesdays. A seed trader from Chachro, "
            "who also pays for two advertisements a night, joins on Fridays.",
        ),
        ("p", "The station said the advertisements cover its electricity bill and nothing more."),
        (
            "p",
            "Follow-up visits are part of the programme: when a caller reports sick animals, "
            "a volunteer goes to the village within two days.",
        ),
        ("p", "The station broadcasts in Dhatki and Sindhi."),
    ],
    tail="(PPI)",
    agency="PPI",
    place="Mithi",
)

story(
    "zhob-cricket",
    "Zhob cricket cup returns with local sponsors",
    "Rahimullah Kakar",
    "2026-04-28T17:05:00+05:00",
    [
        (
            "p",
            "ZHOB, April 28: A district cricket tournament returned to Zhob this month after a "
            "six-year gap, paid for almost entirely by local businesses.",
        ),
        (
            "p",
            "Sponsored by a flour mill, a transport company and three shops in the main "
            "bazaar, the 16-team cup is being played at the government college ground.",
        ),
        (
            "p",
            "Advertisement boards around the boundary were painted by students of the "
            "college's art class.",
        ),
        (
            "p",
            "Each sponsor paid Rs 150,000 and in return got its name on the boundary and on "
            "the players' shirts.",
        ),
        (
            "quote",
            "“We asked for sponsors for six years. This year they came to us,” said Abdul "
            "Wali Mandokhel, the tournament secretary.",
        ),
        (
            "p",
            "Matches are streamed live on a local page, and the organisers said more than "
            "20,000 people had watched the opening game.",
        ),
        ("p", "Sponsors' logos will also appear on the live stream."),
        ("p", "Members of the district association say their next aim is a turf pitch."),
        ("p", "The final is on May 12."),
    ],
    place="Zhob",
)

story(
    "gilgit-photos",
    "Villagers' photographs of the northern valleys go on show in Gilgit",
    "Amna Nasir",
    "2026-03-21T16:30:00+05:00",
    [
        (
            "p",
            "GILGIT: An exhibition of 120 photographs taken by villagers from Ghizer, Nagar "
            "and Astore opened at a hall in Gilgit on Saturday.",
        ),
        (
            "p",
            "The pictures were taken on old phones donated by a school in Lahore, after a "
            "week-long workshop in each village.",
        ),
        (
            "p",
            "Photo by photo, the show follows a year in the valleys: apricot blossom, a "
            "wedding in the snow, a school cricket match on a frozen field.",
        ),
        ("p", "Every photograph is credited to the villager who took it, not to the workshop."),
        ("p", "Photographs: 120. Villages: 14. Cameras: none."),
        (
            "quote",
            "“People ask me who taught me. I say the mountains did, and a phone with a "
            "cracked screen,” said Rukhsana Begum, 17, from Gupis, whose picture of her "
            "grandmother's hands hangs by the entrance.",
        ),
        ("p", "Visitors can buy prints. All proceeds go back to the photographers."),
        ("p", "The organisers said the exhibition would travel to Skardu in June."),
    ],
    place="Gilgit",
)

story(
    "quetta-bus-route",
    "Quetta asks residents to comment on new bus route",
    "Asma Durrani",
    "2026-10-06T12:45:00+05:00",
    [
        (
            "p",
            "The Quetta district administration has asked residents to comment on a proposed "
            "bus route linking Hazara Town, the city centre and the university.",
        ),
        (
            "p",
            "Comments can be sent by post, by email or through the provincial citizen app "
            "until October 31.",
        ),
        ("p", "Loading and unloading points would be fixed every 500 metres."),
        ("p", "Buses would run from six in the morning until ten at night."),
        (
            "ul",
            [
                "Women-only seats in the front third of each bus",
                "Fares of Rs 30 for any distance",
                "Free travel for students with a valid card",
            ],
        ),
        ("p", "No advertisements will be allowed inside the buses."),
        (
            "p",
            "Officials said they had already received more than 2,000 comments, most of them "
            "asking for the route to be extended to Sariab Road.",
        ),
        (
            "p",
            "All comments will be read, the deputy commissioner said, and a summary will be "
            "published before the final route is approved.",
        ),
        ("p", "Share your view before the deadline."),
    ],
)

story(
    "swat-road-app",
    "Swat app warns visitors of road closures to Kalam",
    "News Desk",
    "2026-06-03T15:10:00+05:00",
    [
        (
            "p",
            "MINGORA, June 3 (APP): The Swat district administration has launched a mobile "
            "app that tells visitors which roads to Kalam and Malam Jabba are open, after "
            "traffic jams stranded hundreds of cars last summer.",
        ),
        (
            "p",
            "Download figures were not released, but officials said the app had been "
            "installed on several thousand phones in its first week.",
        ),
        ("p", "It sends an alert when police close a road, and lists hotels with empty rooms."),
        ("p", "Sign-up is not required."),
        (
            "p",
            "Hotel owners in Kalam said they welcomed the alerts but wanted the app to show "
            "the state of the road beyond Utror as well.",
        ),
        (
            "p",
            "Tourists can also call a helpline, which the administration said would be "
            "staffed around the clock until the end of August.",
        ),
        ("p", "“Follow the alerts, not the crowds,” the deputy commissioner said."),
        (
            "p",
            "Share the helpline number with your driver, the district police officer said in "
            "a video message.",
        ),
    ],
    tail="—APP",
    agency="APP",
    place="Mingora",
)

story(
    "khunjerab-trade",
    "Khunjerab pass opens early for traders",
    "AFP",
    "2026-04-01T13:35:00+05:00",
    [
        (
            "p",
            "GILGIT, April 1 (AFP) — The Khunjerab pass on Pakistan's border with China "
            "opened for trade on Wednesday, two weeks earlier than usual, after road crews "
            "cleared snow from the last stretch of the highway.",
        ),
        (
            "p",
            "The first convoy of trucks crossed at noon, carrying dried fruit and gemstones "
            "north and returning with electronics and fabric.",
        ),
        (
            "p",
            "Traders in Sost said the early opening would help them clear stock that had been "
            "sitting in warehouses since November.",
        ),
        ("p", "Customs officials at the Sost dry port said they had hired extra staff."),
        (
            "p",
            "Related: the Karakoram Highway near Attabad was closed for six hours on Tuesday "
            "for blasting work.",
        ),
        ("p", "The pass usually closes at the end of November."),
        (
            "p",
            "Correction: An earlier version of this story said the pass opened on Tuesday. "
            "It opened on Wednesday.",
        ),
    ],
    tail="AFP/ik",
    agency="AFP",
    place="Gilgit",
)

# --- Urdu stories ---

story(
    "ziarat-juniper",
    "زیارت میں صنوبر کے جنگل کی حفاظت کے لیے رضاکار نگران",
    "عبدالباری ترین",
    "2026-02-11T10:30:00+05:00",
    [
        (
            "p",
            "زیارت (اے پی پی) — ضلعی محکمہ جنگلات نے صنوبر کے قدیم جنگل کی حفاظت کے لیے مقامی "
            "نوجوانوں پر مشتمل رضاکار نگرانوں کی ایک ٹیم تشکیل دی ہے۔",
        ),
        (
            "p",
            "ٹیم کے ارکان درختوں کی غیر قانونی کٹائی کی اطلاع موبائل فون سے تصویر بھیج کر دیں گے۔",
        ),
        (
            "p",
            "محکمے کے ایک افسر نے بتایا کہ تصویر کے ساتھ جگہ کا نقشہ خود بخود پہنچ جاتا ہے، اس "
            "لیے ٹیم کو فوراً روانہ کیا جا سکتا ہے۔",
        ),
        ("p", "سردیوں میں ایندھن کی کمی کی وجہ سے جنگل پر دباؤ بڑھ جاتا ہے۔"),
        (
            "quote",
            "“ہم نے یہ درخت اپنے دادا کے زمانے سے دیکھے ہیں، ان کی حفاظت ہماری ذمہ داری ہے”، "
            "رضاکار ٹیم کے سربراہ نصیب اللہ ترین نے کہا۔",
        ),
        (
            "p",
            "تبصرہ کرتے ہوئے ایک مقامی ہوٹل مالک نے کہا کہ سیاح بھی جنگل میں آگ جلانے سے گریز کریں۔",
        ),
        ("p", "ٹیم کے ارکان کی تصاویر اور فون نمبر ضلعی دفتر کے باہر آویزاں کیے گئے ہیں۔"),
        (
            "p",
            "محکمے نے اعلان کیا ہے کہ بہترین کارکردگی دکھانے والے رضاکاروں کو ہر سال انعام دیا "
            "جائے گا۔",
        ),
    ],
    agency="APP",
    place="زیارت",
    lang="ur",
)

story(
    "gilgit-internet",
    "گلگت بلتستان کے دیہات میں طلبہ کے لیے مفت انٹرنیٹ مراکز",
    "شبنم علی",
    "2026-07-19T09:45:00+05:00",
    [
        (
            "p",
            "گلگت — گلگت بلتستان کے دور دراز دیہات میں طلبہ کے لیے مفت انٹرنیٹ مراکز قائم کیے جا "
            "رہے ہیں، جن میں سے پہلا مرکز ضلع نگر کے گاؤں چھلت میں کھول دیا گیا ہے۔",
        ),
        ("p", "مرکز میں دس کمپیوٹر رکھے گئے ہیں اور یہ شام سات بجے تک کھلا رہتا ہے۔"),
        (
            "p",
            "طلبہ یہاں آن لائن کلاسیں لیتے ہیں، امتحانی فارم بھرتے ہیں اور اپنی اسائنمنٹس "
            "اساتذہ کو بھیجتے ہیں۔",
        ),
        ("p", "ایپ ڈاؤن لوڈ کرنے کے لیے اب انہیں گلگت شہر نہیں جانا پڑتا۔"),
        (
            "p",
            "ایک طالبہ نے بتایا کہ وہ اپنی پڑھائی کے نوٹس واٹس ایپ پر سہیلیوں کے ساتھ شیئر کرتی ہے۔",
        ),
        ("p", "مرکز کے رجسٹر میں اب تک دو سو سے زائد طلبہ کے نام درج ہو چکے ہیں۔"),
        (
            "p",
            "منصوبے کے نگران کے مطابق اگلے سال تک ضلع غذر اور استور میں بھی ایسے بارہ مراکز کھولے "
            "جائیں گے۔",
        ),
    ],
    place="گلگت",
    lang="ur",
)

story(
    "quetta-bookfair",
    "کوئٹہ کتاب میلے میں پچھلے سال سے دگنی فروخت",
    "نصیر احمد زہری",
    "2026-03-02T19:20:00+05:00",
    [
        (
            "p",
            "کوئٹہ: بلوچستان یونیورسٹی میں جاری تین روزہ کتاب میلے میں منتظمین کے مطابق پچھلے سال "
            "کے مقابلے میں دگنی کتابیں فروخت ہوئیں۔",
        ),
        (
            "p",
            "میلے میں ساٹھ سے زائد اسٹال لگائے گئے تھے جن میں بلوچی، براہوی، پشتو اور اردو کی "
            "کتابیں رکھی گئی تھیں۔",
        ),
        ("p", "مزید پڑھنے کا شوق رکھنے والے طلبہ کے لیے ناشرین نے پچاس فیصد رعایت دی۔"),
        ("p", "ادبی رسالوں کے اسٹال پر سالانہ خریداری کی فہرست میں تین سو سے زیادہ نام درج ہوئے۔"),
        (
            "ul",
            [
                "سب سے زیادہ فروخت ہونے والی کتاب بلوچی لوک کہانیوں کا مجموعہ رہی۔",
                "دوسرے نمبر پر مقابلے کے امتحانات کی تیاری کی کتابیں رہیں۔",
                "بچوں کی کتابوں کا اسٹال دوسرے ہی دن خالی ہو گیا۔",
            ],
        ),
        ("p", "ایک ناشر نے کہا کہ نوجوان قارئین اب بھی کاغذ پر چھپی کتاب کو ترجیح دیتے ہیں۔"),
        ("p", "میلہ اگلے سال تربت میں منعقد کیا جائے گا۔"),
    ],
    place="کوئٹہ",
    lang="ur",
)

story(
    "panjgur-dates",
    "پنجگور کی کھجور اب آن لائن فروخت ہونے لگی",
    "سمیرا بلوچ",
    "2026-08-08T14:00:00+05:00",
    [
        (
            "p",
            "پنجگور (پی پی آئی) — پنجگور کے کھجور کے باغبانوں نے سوشل میڈیا کے ذریعے اپنی پیداوار "
            "براہِ راست ملک بھر کے خریداروں کو بیچنا شروع کر دی ہے۔",
        ),
        (
            "p",
            "باغبانوں کا کہنا ہے کہ آڑھتیوں کے بجائے براہِ راست فروخت سے انہیں فی من دو ہزار روپے "
            "زیادہ مل رہے ہیں۔",
        ),
        (
            "p",
            "ایک نوجوان باغبان نے بتایا کہ وہ ہر صبح تازہ کھجور کی تصاویر اپنے صفحے پر لگاتا ہے اور "
            "آرڈر شام تک آ جاتے ہیں۔",
        ),
        ("p", "اشتہار پر کوئی پیسہ خرچ نہیں ہوتا، گاہک خود ایک دوسرے کو بتاتے ہیں۔"),
        ("p", "کوریئر کمپنیوں نے پنجگور سے کراچی اور لاہور کے لیے خصوصی کرایہ مقرر کیا ہے۔"),
        ("p", "محکمہ زراعت کے مطابق ضلع میں کھجور کی ایک سو سے زائد اقسام کاشت کی جاتی ہیں۔"),
    ],
    agency="PPI",
    place="پنجگور",
    lang="ur",
)

story(
    "skardu-cold",
    "اسکردو میں شدید سردی، بجلی کا نیا شیڈول جاری",
    "محمد کاظم",
    "2026-01-09T08:15:00+05:00",
    [
        (
            "p",
            "اسکردو: اسکردو اور گرد و نواح میں درجہ حرارت منفی سولہ ڈگری تک گر گیا ہے جبکہ دریا "
            "کا بہاؤ کم ہونے سے بجلی کی پیداوار بھی متاثر ہوئی ہے۔",
        ),
        (
            "p",
            "محکمہ بجلی نے لوڈشیڈنگ کا نیا شیڈول جاری کیا ہے جس کے تحت شہر کو روزانہ آٹھ گھنٹے "
            "بجلی ملے گی۔",
        ),
        (
            "p",
            "شیڈول محکمے کے فیس بک صفحے پر لگایا جائے گا اور مساجد کے لاؤڈ اسپیکر پر روزانہ سنایا "
            "جائے گا۔",
        ),
        ("p", "شہریوں سے کہا گیا ہے کہ وہ شیڈول ایک دوسرے کے ساتھ شیئر کریں۔"),
        ("p", "اسکول سردیوں کی تعطیلات کی وجہ سے پہلے ہی بند ہیں۔"),
        ("p", "ہسپتال اور پانی کی اسکیموں کو لوڈشیڈنگ سے مستثنیٰ رکھا گیا ہے۔"),
        ("p", "مقامی تاجروں کا کہنا ہے کہ لکڑی کی قیمت فی من ایک ہزار روپے تک بڑھ گئی ہے۔"),
    ],
    place="اسکردو",
    lang="ur",
)

story(
    "thar-peacocks",
    "تھر میں موروں کی تصویریں کھینچنے والے نوجوان",
    "ارجن داس",
    "2026-10-15T18:40:00+05:00",
    [
        (
            "p",
            "مٹھی: تھرپارکر کے چند نوجوانوں نے موروں کی تصاویر کے ذریعے ان پرندوں کے تحفظ کی "
            "مہم شروع کی ہے۔",
        ),
        (
            "p",
            "یہ نوجوان ہر ہفتے کسی ایک گاؤں میں جا کر موروں کی تصویریں بناتے ہیں اور ان کی تعداد "
            "نوٹ کرتے ہیں۔",
        ),
        (
            "p",
            "تصویر کے نیچے وہ گاؤں کا نام اور تاریخ لکھتے ہیں تاکہ محکمہ جنگلی حیات ریکارڈ رکھ سکے۔",
        ),
        ("p", "گروپ کے رکن پریم کمار نے بتایا کہ پچھلے سال بیماری سے کئی مور مر گئے تھے۔"),
        (
            "p",
            "ان کا کہنا ہے کہ تصاویر دیکھ کر لوگوں نے مور مارنے والوں کی اطلاع دینا شروع کر دی ہے۔",
        ),
        ("p", "گروپ کو ایک مقامی دکاندار کی سرپرستی حاصل ہے جو کیمرے کی بیٹریوں کا خرچ اٹھاتا ہے۔"),
        ("p", "رکنیت کے لیے کوئی فیس نہیں، صرف ایک موبائل فون اور صبح سویرے اٹھنے کی عادت چاہیے۔"),
    ],
    place="مٹھی",
    lang="ur",
)

# --- noise material -----------------------------------------------------------------------

EN_HEAD = [
    "Dalbandin airstrip to reopen for passenger flights",
    "Pasni fishermen report record lobster catch",
    "Nushki solar farm connected to the grid",
    "Teachers in Awaran to get hardship allowance",
    "Khuzdar engineering college adds mining course",
    "Apricot prices slump in Shigar markets",
    "Ghanche girls' hostel finished after long delays",
    "Snow leopard filmed near Khaplu village",
    "Loralai dam canal lining work begins",
    "Hub industrial zone seeks new gas connections",
    "Ormara jetty extension approved",
    "Multan mango exporters eye Central Asian buyers",
    "Larkana hospital opens burns unit",
    "Cholistan desert rally dates announced",
    "Kurram road reopens for goods traffic",
    "Astore potato growers try certified seed",
    "Jiwani bird count shows more flamingos",
    "Sukkur barrage gates repainted ahead of monsoon",
]

EN_TEASERS = [
    (
        "Dera Murad Jamali rice mills idle as power cuts bite",
        "Mill owners say they can run only one shift a day and have laid off seasonal workers.",
    ),
    (
        "Chagai onyx carvers find buyers abroad",
        "A cooperative of 40 carvers shipped its first container to a buyer in the Gulf.",
    ),
    (
        "Gupis trout farm doubles output",
        "The farm now supplies hotels in Gilgit and plans a hatchery for other villages.",
    ),
    (
        "Lasbela cotton growers switch to sunflower",
        "Lower water use and a guaranteed buyer persuaded more than 300 farmers to switch.",
    ),
    (
        "Naltar ski slope gets new lift",
        "The lift cuts the walk to the upper slope from forty minutes to six.",
    ),
    (
        "Kalat girls' college opens science block",
        "Students had until now travelled to Mastung for laboratory classes.",
    ),
    (
        "Badin fishermen return after storm warning lifted",
        "About 600 boats had been kept ashore for four days.",
    ),
]

UR_HEAD = [
    "تربت میں یونیورسٹی کے نئے ہاسٹل کا افتتاح",
    "خضدار میں گیس کا دباؤ کم، شہری پریشان",
    "ہنزہ میں خوبانی کی اچھی فصل کی توقع",
    "نوشکی میں شمسی توانائی کا منصوبہ مکمل",
    "چترال میں برفباری کے بعد سڑکیں بحال",
    "لسبیلہ کے ساحل پر کچھوؤں کے انڈوں کی حفاظت",
    "سبی میلہ اگلے ماہ شروع ہوگا",
    "گوادر میں ماہی گیروں کا احتجاج ختم",
    "ژوب میں نئے کالج کی منظوری",
    "شگر میں سیاحوں کے لیے نیا ریسٹ ہاؤس",
    "لورالائی میں زیتون کی کاشت بڑھ گئی",
    "حیدرآباد میں پانی کی نئی پائپ لائن بچھانے کا کام",
]

PHOTOGRAPHERS = ["Khalid Rehman Marri", "Sadia Nawaz", "Jahanzeb Achakzai", "Tariq Hunzai"]
UR_PHOTOGRAPHERS = ["نعیم اختر", "گل حسن مینگل", "سلیم شاہ"]


def links(items, base="/news", tag="li"):
    return "".join(
        f'<{tag}><a href="{base}/{700 + i}">{esc(h)}</a></{tag}>' for i, h in enumerate(items)
    )


# --- English noise ------------------------------------------------------------------------


def related_list(rng, c):
    head = rng.choice(["Related coverage", "More from this beat", "Earlier on this story"])
    items = rng.sample(EN_HEAD, 3)
    return Noise(f"<div><h4>{head}</h4><ul>{links(items)}</ul></div>", [head, *items])


def most_viewed(rng, c):
    head = rng.choice(["Most viewed", "Readers' top five today"])
    items = rng.sample(EN_HEAD, 5)
    lis = "".join(
        f'<li><span>{k + 1}</span> <a href="/news/{800 + k}">{esc(h)}</a></li>'
        for k, h in enumerate(items)
    )
    return Noise(f"<section><h3>{esc(head)}</h3><ol>{lis}</ol></section>", [head, *items])


def hot_week(rng, c):
    head = rng.choice(["Hot this week", "Trending now"])
    items = rng.sample(EN_HEAD, 4)
    chips = "".join(f'<a href="/t/{900 + k}">{esc(h)}</a> ' for k, h in enumerate(items))
    return Noise(f"<div><b>{head}</b><div>{chips}</div></div>", [head, *items])


def inline_more(rng, c):
    h = rng.choice(EN_HEAD)
    label, markup = rng.choice(
        [
            ("Read more:", '<p><strong>Read more:</strong> <a href="/news/611">{h}</a></p>'),
            ("See also", '<div><span>See also</span> <a href="/news/612">{h}</a></div>'),
            ("Don't miss", '<p><em>Don\'t miss</em> — <a href="/news/613">{h}</a></p>'),
            (
                "You may have missed",
                '<div><small>You may have missed</small><br><a href="/news/614">{h}</a></div>',
            ),
        ]
    )
    return Noise(markup.format(h=esc(h)), [label, h])


def recommended(rng, c):
    head = rng.choice(["Recommended for you", "Picked for you"])
    items = rng.sample(EN_HEAD, 3)
    cards = "".join(
        f'<div><a href="/news/{650 + k}"><img src="/img/r{k}.jpg" alt=""><span>{esc(h)}</span></a>'
        f"<span>{k + 3} min read</span></div>"
        for k, h in enumerate(items)
    )
    return Noise(f"<div><h3>{head}</h3><div>{cards}</div></div>", [head, *items])


def newsletter(rng, c):
    text, button = rng.choice(
        [
            (
                "Start the day with our weekday digest: the five stories from the region worth your "
                "time, in one email.",
                "Sign me up",
            ),
            (
                "Get the Sunday long read in your inbox. No spam, and you can leave whenever you "
                "like.",
                "Count me in",
            ),
        ]
    )
    return Noise(
        f'<div><p>{esc(text)}</p><form action="/subscribe"><input type="email" '
        f'placeholder="you@example.com"><button type="submit">{button}</button></form></div>',
        [text, button],
    )


def app_prompt(rng, c):
    text = "Stories open faster in our app. Download it free for Android and iPhone."
    return Noise(
        f'<div><p>{text}</p><a href="/app">Open in the app</a></div>', [text, "Open in the app"]
    )


def share(rng, c):
    label = rng.choice(["Pass this story on", "Tell a friend about this report"])
    return Noise(
        f'<div><span>{label}</span> <a href="#fb">Post to Facebook</a> '
        '<a href="#wa">Send via WhatsApp</a> <a href="#em">Forward by email</a></div>',
        [label, "Post to Facebook", "Send via WhatsApp", "Forward by email"],
    )


def author_bio(rng, c):
    beat = rng.choice(
        [
            "water, fisheries and the coast",
            "the northern valleys and the roads that link them",
            "local government, courts and elections",
        ]
    )
    text = f"{c.a.author} reports on {beat} for {c.site}."
    return Noise(
        f'<div><img src="/img/authors/{c.a.slug}.jpg" alt=""><p>{esc(text)}</p>'
        f"<p>Tips welcome: desk@{c.domain}</p></div>",
        [text, "Tips welcome"],
    )


COMMENTS = [
    ("Shakeel A.", "Heard this promise before. Let's check again in six months."),
    ("Mahpara", "Finally some good news for our area."),
    ("Dr. Naseer", "Who checks whether the money is actually spent?"),
    ("Bibi Gul", "Please also write about the girls' school road in our village."),
]


def comments(rng, c):
    picked = rng.sample(COMMENTS, 2)
    items = "".join(f"<div><b>{esc(n)}</b><p>{esc(t)}</p></div>" for n, t in picked)
    prompt = "Have your say. Sign in to post a response."
    disclaimer = (
        "Responses are checked by a moderator before they go live; abuse and spam are removed."
    )
    return Noise(
        f"<section><h3>Reader responses (2)</h3>{items}<p>{prompt}</p>"
        f"<p><small>{disclaimer}</small></p></section>",
        ["Reader responses (2)", *[t for _, t in picked], prompt, disclaimer],
    )


def loading_comments(rng, c):
    text = rng.choice(["Loading comments…", "Fetching the discussion…"])
    return Noise(f'<div data-widget="discussion"><div>{text}</div></div>', [text.rstrip("…")])


def cookie(rng, c):
    text = (
        "This site uses cookies to remember your settings and count visits. Keep browsing "
        "if that's fine with you."
    )
    return Noise(
        f"<div><p>{text}</p><button>Accept all cookies</button><button>Let me choose</button></div>",
        [text, "Accept all cookies", "Let me choose"],
    )


def paywall(rng, c):
    a = "You have read 3 of your 5 free stories this month."
    b = "Members read without limits for Rs 299 a month."
    return Noise(
        f'<div><p>{a}</p><p>{b}</p><a href="/plans">See membership plans</a></div>',
        [a, b, "See membership plans"],
    )


def donate(rng, c):
    a = (
        "Reporting from remote districts is slow and costly. If our coverage helps you, chip "
        "in — even Rs 300 keeps a reporter on the road."
    )
    return Noise(
        f'<div><p>{esc(a)}</p><a href="/give">Back our reporting</a></div>',
        [a, "Back our reporting"],
    )


def photo_credit(rng, c):
    name = rng.choice(PHOTOGRAPHERS)
    markup = rng.choice(
        [
            "<p>Photo: {n} / {s}</p>",
            '<figure><img src="/img/lead2.jpg" alt=""><figcaption>Photograph by {n}</figcaption></figure>',
            "<p><small>(Image: {n} for {s})</small></p>",
        ]
    )
    return Noise(markup.format(n=esc(name), s=esc(c.site)), [name])


SPONSORED = [
    ("Five reasons families in Quetta are switching to solar geysers", "Sunridge Energy"),
    ("How one Hub factory cut its power bill in half", "Kestrel Cables"),
    ("Plan your winter trip to Skardu with zero hassle", "Peaks & Passes Travel"),
]


def sponsored(rng, c):
    h, brand = rng.choice(SPONSORED)
    label = rng.choice(["Sponsored", "Paid partner content"])
    return Noise(
        f'<div><span>{label}</span><a href="/partner/1"><h4>{esc(h)}</h4></a>'
        f"<p>Presented by {esc(brand)}</p></div>",
        [h, f"Presented by {brand}"],
    )


def corrections_box(rng, c):
    if rng.random() < 0.5:
        text = (
            "Our corrections policy: we fix factual errors as soon as they are confirmed "
            f"and say so at the foot of the story. Write to standards@{c.domain}."
        )
        return Noise(
            f"<aside><p>{esc(text)}</p></aside>",
            ["Our corrections policy", "we fix factual errors as soon as they are confirmed"],
        )
    text = (
        "Editor's note: Reader responses are switched off on stories about cases still "
        "before the courts."
    )
    return Noise(f"<div><p><i>{esc(text)}</i></p></div>", [text])


def ad_slot(rng, c):
    if c.layout == "amp":
        return Noise(
            '<amp-ad width="300" height="250" type="doubleclick" data-slot="/4410/amp/mid">'
            "<div fallback>Advertisement</div></amp-ad><p>Scroll to continue reading</p>",
            ["Scroll to continue reading"],
        )
    return Noise(
        '<div><div>ADVERTISEMENT</div><div style="height:250px" data-slot="mpu-1"></div>'
        "<div>Scroll to continue reading</div></div>",
        ["Scroll to continue reading"],
    )


def listen(rng, c):
    return Noise(
        '<div><button aria-label="play">▶</button><span>Listen to this article</span> '
        "<span>4 min · computer-generated voice</span></div>",
        ["Listen to this article", "computer-generated voice"],
    )


def follow(rng, c):
    text = rng.choice(
        [
            "Follow our reporters on Instagram and Threads for pictures from the field.",
            "Find us on Telegram: news alerts from the northern areas as they happen.",
        ]
    )
    return Noise(f"<p><b>{esc(text)}</b></p>", [text])


def filed_under(rng, c):
    return Noise(
        '<div>Filed under: <a href="/topic/balochistan">Balochistan</a> · '
        '<a href="/topic/transport">Transport</a> · <a href="/topic/cities">Cities</a></div>',
        ["Filed under"],
    )


def prev_next(rng, c):
    h1, h2 = rng.sample(EN_HEAD, 2)
    return Noise(
        f'<nav><a href="/news/500">‹ Previous story: {esc(h1)}</a> '
        f'<a href="/news/502">Next story: {esc(h2)} ›</a></nav>',
        ["Previous story", "Next story", h1, h2],
    )


def ticker(rng, c):
    h1, h2 = rng.sample(EN_HEAD, 2)
    return Noise(
        f'<marquee scrollamount="3"><font color="#cc0000"><b>BREAKING:</b></font> {esc(h1)} '
        f"&nbsp;•&nbsp; {esc(h2)}</marquee>",
        ["BREAKING:", h1, h2],
    )


def newsletter_post_cta(rng, c):
    text = "Enjoyed this dispatch? Leave your email below and the next one will find you."
    return Noise(
        '<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe">'
        f'<div class="preamble"><p>{text}</p></div><form><input type="email" '
        'placeholder="Type your email…"><button>Subscribe free</button></form></div></div>',
        [text, "Subscribe free"],
    )


def newsletter_post_footer(rng, c):
    return Noise(
        '<div class="post-ufi"><button>♡ 86</button><button>💬 12</button>'
        "<button>Restack this post</button><span>Leave a note for the author</span></div>",
        ["Restack this post", "Leave a note for the author"],
    )


def teaser_articles(rng, c):
    picked = rng.sample(EN_TEASERS, 3)
    arts = "".join(
        f'<article class="teaser"><a href="/news/{300 + k}"><img src="/img/t{k}.jpg" alt="">'
        f"<h3>{esc(h)}</h3></a><p>{esc(s)}</p><time>{k + 2} hours ago</time></article>"
        for k, (h, s) in enumerate(picked)
    )
    return Noise(f"<section>{arts}</section>", [x for pair in picked for x in pair])


# --- Urdu noise ---------------------------------------------------------------------------


def u_related(rng, c):
    head = rng.choice(["متعلقہ خبریں", "اسی موضوع پر مزید"])
    items = rng.sample(UR_HEAD, 3)
    return Noise(f"<div><h4>{head}</h4><ul>{links(items, '/ur')}</ul></div>", [head, *items])


def u_inline(rng, c):
    label = rng.choice(["مزید پڑھیے:", "اسے بھی دیکھیے:", "ضرور پڑھیں:"])
    h = rng.choice(UR_HEAD)
    return Noise(f'<p><strong>{label}</strong> <a href="/ur/n/41">{esc(h)}</a></p>', [label, h])


def u_most_read(rng, c):
    head = "سب سے زیادہ پڑھی جانے والی خبریں"
    items = rng.sample(UR_HEAD, 4)
    return Noise(
        f"<section><h3>{head}</h3><ol>{links(items, '/ur')}</ol></section>", [head, *items]
    )


def u_trending(rng, c):
    head = "اس ہفتے کی مقبول ترین خبریں"
    items = rng.sample(UR_HEAD, 3)
    return Noise(f"<div><b>{head}</b> {links(items, '/ur', 'span')}</div>", [head, *items])


def u_share(rng, c):
    label = "یہ خبر دوستوں تک پہنچائیں"
    return Noise(
        f'<div><span>{label}</span> <a href="#fb">فیس بک پر شیئر کریں</a> '
        '<a href="#wa">واٹس ایپ پر بھیجیں</a></div>',
        [label, "فیس بک پر شیئر کریں", "واٹس ایپ پر بھیجیں"],
    )


def u_app(rng, c):
    text = "تازہ ترین خبروں کے لیے ہماری موبائل ایپ ڈاؤن لوڈ کیجیے"
    return Noise(
        f'<div><p>{text}</p><a href="app://open">ایپ میں کھولیں</a></div>', [text, "ایپ میں کھولیں"]
    )


UR_COMMENTS = [
    ("احمد نواز", "یہ کام بہت پہلے ہو جانا چاہیے تھا۔"),
    ("شازیہ", "ہمارے علاقے کے بارے میں بھی لکھیں۔"),
    ("عبدالرحیم", "حکومت کو اس طرف توجہ دینی چاہیے۔"),
]


def u_comments(rng, c):
    picked = rng.sample(UR_COMMENTS, 2)
    items = "".join(f"<div><b>{esc(n)}</b><p>{esc(t)}</p></div>" for n, t in picked)
    prompt = "اپنی رائے کا اظہار کیجیے"
    disclaimer = "ادارے کا قارئین کی آرا سے متفق ہونا ضروری نہیں۔"
    return Noise(
        f"<section><h3>قارئین کی آرا</h3>{items}<p>{prompt}</p><textarea></textarea>"
        f"<p><small>{disclaimer}</small></p></section>",
        ["قارئین کی آرا", *[t for _, t in picked], prompt, disclaimer],
    )


def u_loading(rng, c):
    return Noise("<div><div>تبصرے لوڈ ہو رہے ہیں…</div></div>", ["تبصرے لوڈ ہو رہے ہیں"])


def u_newsletter(rng, c):
    text = "ہر صبح کی اہم خبریں اپنے ای میل پر حاصل کیجیے"
    return Noise(
        f'<div><p>{text}</p><form><input type="email"><button>سبسکرائب کیجیے</button></form></div>',
        [text, "سبسکرائب کیجیے"],
    )


def u_cookie(rng, c):
    text = "یہ ویب سائٹ آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتی ہے"
    return Noise(f"<div><p>{text}۔</p><button>قبول ہے</button></div>", [text, "قبول ہے"])


def u_photo(rng, c):
    name = rng.choice(UR_PHOTOGRAPHERS)
    markup = rng.choice(
        [
            "<p>عکاسی: {n}</p>",
            '<figure><img src="/img/ur.jpg" alt=""><figcaption>فوٹو: {n}</figcaption></figure>',
        ]
    )
    return Noise(markup.format(n=esc(name)), [name])


def u_sponsored(rng, c):
    h = "گھر بیٹھے انگریزی سیکھیے، پہلا مہینہ مفت"
    return Noise(
        f'<div><span>سپانسرڈ</span><a href="/partner/ur"><h4>{h}</h4></a><p>پیشکش: زبان گھر اکیڈمی</p></div>',
        [h, "پیشکش: زبان گھر اکیڈمی"],
    )


def u_follow(rng, c):
    text = "تازہ ترین اپ ڈیٹس کے لیے ہمیں ٹیلی گرام اور انسٹاگرام پر فالو کیجیے"
    return Noise(f"<p><b>{text}</b></p>", [text])


def u_author_bio(rng, c):
    text = f"{c.a.author} {c.site} کے لیے ماحول، تعلیم اور مقامی حکومت کے موضوعات پر لکھتے ہیں۔"
    return Noise(f'<div><img src="/img/a.jpg" alt=""><p>{esc(text)}</p></div>', [text])


def u_donate(rng, c):
    text = "آزاد صحافت کو زندہ رکھنے کے لیے ہمارا ساتھ دیجیے"
    return Noise(f'<div><p>{text}۔</p><a href="/give">عطیہ دیجیے</a></div>', [text, "عطیہ دیجیے"])


def u_ad(rng, c):
    tail = "خبر کا بقیہ حصہ نیچے پڑھیے"
    if c.layout == "amp":
        return Noise(
            '<amp-ad width="300" height="250" type="doubleclick" data-slot="/4410/amp/ur">'
            f"<div fallback>اشتہار</div></amp-ad><p>{tail}</p>",
            [tail],
        )
    return Noise(
        f'<div><div>اشتہار</div><div style="height:250px"></div><div>{tail}</div></div>', [tail]
    )


def u_editor_note(rng, c):
    text = "ادارتی نوٹ: کسی بھی خبر میں غلطی کی نشاندہی کے لیے ہمارے ادارتی ڈیسک سے رابطہ کیجیے۔"
    return Noise(f"<aside><p>{text}</p></aside>", [text])


def u_paywall(rng, c):
    text = "آپ اس ماہ کی پانچ مفت خبروں میں سے چار پڑھ چکے ہیں"
    return Noise(
        f'<div><p>{text}۔</p><a href="/plans">رکنیت حاصل کیجیے</a></div>',
        [text, "رکنیت حاصل کیجیے"],
    )


def u_latest_table(rng, c):
    items = rng.sample(UR_HEAD, 4)
    rows = "".join(
        f'<tr><td><a id="ctl00_gvLatest_ctl0{k + 2}_lnkNews" href="NewsDetail.aspx?NewsID={48100 + k}">'
        f"{esc(h)}</a></td></tr>"
        for k, h in enumerate(items)
    )
    return Noise(
        '<table id="ctl00_gvLatest" cellspacing="0" border="0"><tr><th>تازہ ترین خبریں</th></tr>'
        f"{rows}</table>",
        ["تازہ ترین خبریں", *items],
    )


# --- page furniture -----------------------------------------------------------------------

EN_SECTIONS = [
    "Balochistan",
    "Gilgit-Baltistan",
    "Khyber Pakhtunkhwa",
    "Sindh",
    "Punjab",
    "Business",
    "Sport",
    "Opinion",
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


def hid(*parts, n=6):
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:n]


def fmt_date(a):
    d = datetime.fromisoformat(a.date)
    if a.lang == "ur":
        return f"{d.day} {UR_MONTHS[d.month - 1]} {d.year}"
    return f"{d.day} {d.strftime('%B')} {d.year}"


def nav(a, site, kind="div"):
    secs = UR_SECTIONS if a.lang == "ur" else EN_SECTIONS
    if kind == "font":
        items = " | ".join(
            f'<a href="/c/{k}"><font color="#FFFFFF">{esc(s)}</font></a>'
            for k, s in enumerate(secs)
        )
        return f'<font face="Verdana" size="1">{items}</font>'
    items = "".join(f'<li><a href="/c/{k}">{esc(s)}</a></li>' for k, s in enumerate(secs))
    return f'<nav><a class="logo" href="/">{esc(site)}</a><ul>{items}</ul></nav>'


def foot(a, site):
    if a.lang == "ur":
        ls = ["ہمارے بارے میں", "رابطہ", "پرائیویسی پالیسی", "شرائط"]
    else:
        ls = ["About", "Contact", "Privacy policy", "Terms of use"]
    items = " · ".join(f'<a href="/p/{k}">{esc(x)}</a>' for k, x in enumerate(ls))
    return f"<footer><div>{items}</div><div>© 2026 {esc(site)}</div></footer>"


RTL = ' dir="rtl"'


def html_open(a, extra=""):
    d = ' dir="rtl"' if a.lang == "ur" else ""
    return f'<html lang="{a.lang}"{d}{extra}>'


def ld_json(a, site):
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": a.date,
        "author": {"@type": "Person", "name": a.author},
        "publisher": {"@type": "Organization", "name": site},
        "inLanguage": a.lang,
    }
    return json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")


def head(a, url, site, extra=""):
    return (
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{esc(a.title)} | {esc(site)}</title><link rel="canonical" href="{esc(url)}">'
        f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(a.title)}">'
        f'<meta property="og:url" content="{esc(url)}"><meta property="og:site_name" content="{esc(site)}">'
        f'<meta property="article:published_time" content="{a.date}">'
        f'<script type="application/ld+json">{ld_json(a, site)}</script>'
        "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({event:'pageview'});</script>"
        f"{extra}</head>"
    )


def nz(items):
    return "".join(n.html for n in items)


# --- block rendering ------------------------------------------------------------------------


class Style:
    def block(self, b):
        return getattr(self, "b_" + b[0])(*b[1:])

    def b_p(self, t):
        return f"<p>{esc(t)}</p>"

    def b_h(self, t):
        return f"<h2>{esc(t)}</h2>"

    def b_q(self, t):
        return f"<p><strong>{esc(t)}</strong></p>"

    def b_quote(self, t):
        return f"<blockquote><p>{esc(t)}</p></blockquote>"

    def b_ul(self, items):
        return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"

    def b_ol(self, items):
        return "<ol>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ol>"

    def b_table(self, headrow, rows):
        th = "".join(f"<th>{esc(x)}</th>" for x in headrow)
        trs = "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows)
        return f"<table><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>"

    def tail(self, t):
        return self.b_p(t)


def render(blocks, tail, inside, st):
    """Chunks (role, html, block kind): noise after block i (-1: before the first; len: after tail)."""
    out = [("noise", n.html, None) for n in inside.get(-1, [])]
    for i, b in enumerate(blocks):
        out.append(("body", st.block(b), b[0]))
        out.extend(("noise", n.html, None) for n in inside.get(i, []))
    if tail:
        out.append(("tail", st.tail(tail), None))
    out.extend(("noise", n.html, None) for n in inside.get(len(blocks), []))
    return out


def join(chunks):
    return "\n".join(c[1] for c in chunks)


def split_at(chunks, k):
    """Index that puts the first k body chunks (and the noise right after them) first."""
    seen = 0
    for i, ch in enumerate(chunks):
        if ch[0] == "body":
            if seen == k:
                return i
            seen += 1
    return len(chunks)


# --- layouts ------------------------------------------------------------------------------
# Each takes (a, blocks, url, site, inside, out) where out has lists top/side/bottom/mid.


def ghost(a, blocks, url, site, inside, out):
    body = join(render(blocks, a.tail, inside, Style()))
    return (
        f"<!DOCTYPE html>{html_open(a)}{head(a, url, site)}"
        '<body class="post-template tag-north is-head-left-logo has-cover">'
        f'{nz(out["top"])}<div class="viewport"><header id="gh-head" class="gh-head outer">{nav(a, site)}</header>'
        '<div class="site-content"><main id="site-main" class="site-main">'
        '<article class="article post tag-north featured">'
        '<header class="article-header gh-canvas"><div class="article-tag post-card-primary-tag">'
        '<a href="/tag/north/">Regions</a></div>'
        f'<h1 class="article-title">{esc(a.title)}</h1>'
        '<div class="article-byline"><div class="article-byline-content"><div class="article-byline-meta">'
        f'<h4 class="author-name"><a href="/author/{hid(a.author)}/">{esc(a.author)}</a></h4>'
        f'<div class="byline-meta-content"><time class="byline-meta-date" datetime="{a.date[:10]}">'
        f"{fmt_date(a)}</time></div></div></div></div>"
        f'<figure class="article-image"><img src="/content/images/2026/{a.slug}.jpg" alt=""></figure></header>'
        f'<section class="gh-content gh-canvas">{body}</section></article>'
        f"{nz(out['side'])}</main>{nz(out['bottom'])}</div>{foot(a, site)}</div></body></html>"
    )


class MediumStyle(Style):
    def b_p(self, t):
        return f'<p id="{hid(t, n=4)}" class="pw-post-body-paragraph lz ma gv mb b mc md me mf">{esc(t)}</p>'

    def b_h(self, t):
        return f'<h2 id="{hid(t, n=4)}" class="pw-post-body-heading nk nl gv be nm">{esc(t)}</h2>'

    def b_quote(self, t):
        return f'<blockquote class="oa ob oc"><p class="od oe of">{esc(t)}</p></blockquote>'


def medium(a, blocks, url, site, inside, out):
    ch = render(blocks, a.tail, inside, MediumStyle())
    cut = split_at(ch, (len(blocks) + 1) // 2)
    fig = (
        '<figure class="mf mg mh mi mj ml"><div role="button" tabindex="0" class="mm mn">'
        f'<picture><img alt="" class="bh lt mo" width="700" height="467" src="/max/1400/{a.slug}.jpeg">'
        "</picture></div></figure>"
    )
    return (
        f"<!DOCTYPE html>{html_open(a)}{head(a, url, site)}<body>{nz(out['top'])}"
        f'<div id="root"><div class="a b c">{nav(a, site)}<div class="l"><article><div class="l"><div class="l">'
        '<section><div class="gn go gp gq gr"><div class="ab ca"><div class="ch bg ew ex ey ez">'
        f'<div><h1 id="{hid(a.title)}" class="pw-post-title ha hb hc be">{esc(a.title)}</h1></div>'
        '<div class="speechify-ignore ab co"><div class="ab q"><a data-testid="authorName" '
        f'href="/@{hid(a.author)}">{esc(a.author)}</a> <button class="follow">Follow</button></div>'
        f'<span data-testid="storyPublishDate">{fmt_date(a)}</span></div>'
        '<div class="speechify-ignore"><button aria-label="clap" data-testid="headerClapButton"></button>'
        '<p class="pw-multi-vote-count">412</p></div>'
        f"{fig}{join(ch[:cut])}</div></div></div></section>"
        '<div role="separator" class="pi pj pk"><span class="pl"></span><span class="pl"></span></div>'
        '<section><div class="gn go gp gq gr"><div class="ab ca"><div class="ch bg ew ex ey ez">'
        f"{join(ch[cut:])}</div></div></div></section></div></div></article>"
        f'<div class="l">{nz(out["side"])}</div>{nz(out["bottom"])}</div>{foot(a, site)}</div></div></body></html>'
    )


class DrupalStyle(Style):
    def b_table(self, headrow, rows):
        return (
            '<div class="table-responsive">'
            + super()
            .b_table(headrow, rows)
            .replace("<table>", '<table class="table table-striped cols-4">')
            + "</div>"
        )


def drupal(a, blocks, url, site, inside, out):
    body = join(render(blocks, a.tail, inside, DrupalStyle()))
    return (
        f"<!DOCTYPE html>{html_open(a)}{head(a, url, site)}"
        '<body class="path-node page-node-type-article">'
        '<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>'
        f'<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>{nz(out["top"])}'
        f'<header role="banner">{nav(a, site)}</header><div class="layout-container"><main role="main">'
        '<a id="main-content" tabindex="-1"></a><div class="region region-content">'
        '<div data-drupal-messages-fallback class="hidden"></div>'
        f'<article role="article" about="/node/{int(hid(a.slug), 16) % 9000}" class="node node--type-article node--view-mode-full">'
        f'<h1 class="page-title"><span class="field field--name-title">{esc(a.title)}</span></h1>'
        f'<footer class="node__meta"><div class="node__submitted">By <span class="field--name-uid">{esc(a.author)}</span>, '
        f'<span class="field--name-created">{fmt_date(a)}</span></div></footer>'
        '<div class="node__content"><div class="clearfix text-formatted field field--name-body '
        f'field--type-text-with-summary field--label-hidden field__item">{body}</div></div></article></div>'
        f'<aside class="layout-sidebar-second" role="complementary">{nz(out["side"])}</aside></main>'
        f"{nz(out['bottom'])}</div>{foot(a, site)}</div></body></html>"
    )


class InterviewStyle(Style):
    def b_q(self, t):
        return f'<p class="question"><strong>{esc(t)}</strong></p>'

    def b_p(self, t):
        return f'<p class="answer">{esc(t)}</p>'


def interview(a, blocks, url, site, inside, out):
    body = join(render(blocks, a.tail, inside, InterviewStyle()))
    return (
        f'<!DOCTYPE html>{html_open(a)}{head(a, url, site)}<body class="single single-interview">'
        f'{nz(out["top"])}{nav(a, site)}<div class="wrap"><div class="interview-hero">'
        f'<span class="kicker">The Interview</span><h1>{esc(a.title)}</h1>'
        f'<p class="dek-byline">Interview by {esc(a.author)} · {fmt_date(a)}</p></div>'
        f'<div class="interview-layout"><div class="entry-body">{body}</div>'
        f'<div class="rail">{nz(out["side"])}</div></div>{nz(out["bottom"])}</div>{foot(a, site)}</body></html>'
    )


class CardStyle(Style):
    def b_h(self, t):
        return f'<h2 class="c-card__title">{esc(t)}</h2>'


def explainer(a, blocks, url, site, inside, out):
    ch = render(blocks, a.tail, inside, CardStyle())
    cards, cur = [], []
    for c in ch:
        if c[2] == "h" and cur:
            cards.append(cur)
            cur = []
        cur.append(c)
    cards.append(cur)
    body = "".join(
        f'<section class="c-card" id="card-{k + 1}"><div class="c-card__body">{join(cs)}</div></section>'
        for k, cs in enumerate(cards)
    )
    return (
        f'<!DOCTYPE html>{html_open(a)}{head(a, url, site)}<body class="explainer">{nz(out["top"])}'
        f'{nav(a, site)}<main class="l-main"><div class="c-entry-hero">'
        f'<span class="c-entry-group-label">Explainer</span><h1 class="c-page-title">{esc(a.title)}</h1>'
        f'<div class="c-byline">By <span class="c-byline__author-name">{esc(a.author)}</span> '
        f'<time datetime="{a.date}">{fmt_date(a)}</time></div></div>'
        f'<div class="c-entry-content">{body}</div><div class="l-sidebar">{nz(out["side"])}</div>'
        f"{nz(out['bottom'])}</main>{foot(a, site)}</body></html>"
    )


def substack(a, blocks, url, site, inside, out):
    body = join(render(blocks, a.tail, inside, Style()))
    return (
        f"<!DOCTYPE html>{html_open(a)}{head(a, url, site)}<body>"
        '<div id="entry"><div id="main" class="main typography use-theme-bg">'
        f'<div class="main-menu">{nav(a, site)}</div>{nz(out["top"])}'
        '<div class="container"><div class="single-post-container"><div class="single-post">'
        '<article class="typography newsletter-post post"><div class="post-header">'
        f'<h1 dir="auto" class="post-title published">{esc(a.title)}</h1>'
        '<div class="post-meta"><div class="pencraft byline-wrapper">'
        f'<a href="/profile/{hid(a.author)}">{esc(a.author)}</a><div class="pencraft date">{fmt_date(a)}</div>'
        '</div></div></div><div class="available-content">'
        f'<div dir="auto" class="body markup">{body}</div></div></article></div></div>'
        f"{nz(out['side'])}{nz(out['bottom'])}</div></div></div>{foot(a, site)}</body></html>"
    )


class FontStyle(Style):
    F = '<font face="Verdana, Arial, Helvetica" size="2" color="#222222">'

    def b_p(self, t):
        return f"<p>{self.F}{esc(t)}</font></p>"

    def b_h(self, t):
        return f'<p><font face="Georgia" size="3" color="#8B0000"><b>{esc(t)}</b></font></p>'

    def b_q(self, t):
        return f"<p>{self.F}<b>{esc(t)}</b></font></p>"

    def b_quote(self, t):
        return f"<p>{self.F}<i>{esc(t)}</i></font></p>"

    def b_ul(self, items):
        return "<ul>" + "".join(f"<li>{self.F}{esc(i)}</font></li>" for i in items) + "</ul>"

    def b_ol(self, items):
        return "<ol>" + "".join(f"<li>{self.F}{esc(i)}</font></li>" for i in items) + "</ol>"

    def b_table(self, headrow, rows):
        th = "".join(
            f'<td bgcolor="#EEEEEE"><font size="2"><b>{esc(x)}</b></font></td>' for x in headrow
        )
        trs = "".join(
            "<tr>" + "".join(f'<td><font size="2">{esc(x)}</font></td>' for x in r) + "</tr>"
            for r in rows
        )
        return f'<table border="1" cellpadding="3" cellspacing="0" width="100%"><tr>{th}</tr>{trs}</table>'


def xhtml(a, blocks, url, site, inside, out):
    body = join(render(blocks, a.tail, inside, FontStyle()))
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{a.lang}" lang="{a.lang}"'
        f"{RTL if a.lang == 'ur' else ''}><head>"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        f"<title>{esc(site)} :: {esc(a.title)}</title>"
        f'<meta name="date" content="{a.date}" /><link rel="canonical" href="{esc(url)}" /></head>'
        '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"><center>'
        f'{nz(out["top"])}<table width="780" border="0" cellspacing="0" cellpadding="4">'
        f'<tr><td colspan="2" bgcolor="#8B0000"><font color="#FFFFFF" face="Georgia" size="5"><b>{esc(site)}</b></font></td></tr>'
        f'<tr><td colspan="2" bgcolor="#333333">{nav(a, site, "font")}</td></tr>'
        '<tr><td width="560" valign="top">'
        f'<center><font face="Georgia" size="4" color="#8B0000"><b>{esc(a.title)}</b></font></center><br />'
        f'<font face="Verdana" size="1" color="#666666">{esc(a.author)} | {fmt_date(a)}</font><br /><br />'
        f'<img src="/images/news/{a.slug}.jpg" width="540" border="0" alt="" /><br />{body}</td>'
        f'<td width="220" valign="top" bgcolor="#F5F5DC">{nz(out["side"])}</td></tr>'
        f'<tr><td colspan="2">{nz(out["bottom"])}</td></tr></table>{foot(a, site)}</center></body></html>'
    )


class ArcStyle(Style):
    def __init__(self, slug):
        self.slug, self.n = slug, 0

    def _id(self):
        self.n += 1
        return hid(self.slug, self.n, n=26).upper()

    def b_p(self, t):
        return f'<p class="c-paragraph" data-el="text" data-type="text" data-content-id="{self._id()}">{esc(t)}</p>'

    def b_h(self, t):
        return f'<h2 class="c-heading" data-type="header" data-level="2" data-content-id="{self._id()}">{esc(t)}</h2>'

    def b_q(self, t):
        return f'<p class="c-paragraph" data-type="text" data-content-id="{self._id()}"><b>{esc(t)}</b></p>'

    def b_quote(self, t):
        return (
            f'<blockquote class="c-blockquote" data-type="quote" data-subtype="pullquote" '
            f'data-content-id="{self._id()}"><p>{esc(t)}</p></blockquote>'
        )

    def b_ul(self, items):
        lis = "".join(f'<li data-type="list-item">{esc(i)}</li>' for i in items)
        return f'<ul class="c-list" data-type="list" data-list-type="unordered" data-content-id="{self._id()}">{lis}</ul>'

    def b_ol(self, items):
        lis = "".join(f'<li data-type="list-item">{esc(i)}</li>' for i in items)
        return f'<ol class="c-list" data-type="list" data-list-type="ordered" data-content-id="{self._id()}">{lis}</ol>'


def arc(a, blocks, url, site, inside, out):
    body = join(render(blocks, a.tail, inside, ArcStyle(a.slug)))
    aid = hid(a.slug, "arc", n=26).upper()
    return (
        f"<!DOCTYPE html>{html_open(a)}{head(a, url, site)}<body>"
        f'<div id="fusion-app"><div class="b-page" data-page-type="article">{nz(out["top"])}'
        f'<header class="c-nav-chain" data-chain="header">{nav(a, site)}</header>'
        f'<div class="b-page-main" data-layout="right-rail"><article class="b-article" data-article-id="{aid}">'
        f'<div class="b-article-header" data-feature="headline"><h1 class="b-headline" data-testid="headline">{esc(a.title)}</h1>'
        f'<div class="b-byline" data-type="byline"><a data-author-id="{hid(a.author)}" href="/people/{hid(a.author)}">{esc(a.author)}</a></div>'
        f'<time data-testid="display-date" datetime="{a.date}">{fmt_date(a)}</time></div>'
        f'<div class="b-article-body" data-component="article-body" data-feature="article-body">{body}</div></article>'
        f'<aside class="b-right-rail" data-chain="right-rail">{nz(out["side"])}</aside></div>'
        f"{nz(out['bottom'])}{foot(a, site)}</div></div>"
        '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};'
        f'Fusion.arcSite="{hid(site)}";Fusion.contentId="{aid}";Fusion.deployment="1482";</script>'
        "</body></html>"
    )


class WixStyle(Style):
    def b_p(self, t):
        return (
            f'<p class="font_8 wixui-rich-text__text" style="font-size:17px; line-height:1.6em;">'
            f'<span style="color:#2F2E2E;" class="wixui-rich-text__text">{esc(t)}</span></p>'
        )

    def b_h(self, t):
        return f'<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">{esc(t)}</span></h2>'

    def b_quote(self, t):
        return (
            f'<p class="font_7 wixui-rich-text__text" style="font-style:italic;">'
            f'<span class="wixui-rich-text__text">{esc(t)}</span></p>'
        )

    def b_ul(self, items):
        lis = "".join(
            f'<li class="wixui-rich-text__text"><p class="font_8"><span>{esc(i)}</span></p></li>'
            for i in items
        )
        return f'<ul class="font_8 wixui-rich-text__text">{lis}</ul>'


def wix(a, blocks, url, site, inside, out):
    ch = render(blocks, a.tail, inside, WixStyle())
    comps: list[str] = []
    y = 96

    def comp(inner, rich, x=132, w=620, h=None, advance=True):
        nonlocal y
        cid = hid(a.slug, "comp", len(comps), n=8)
        attrs = (
            f'id="comp-{cid}" class="comp-{cid} wixui-rich-text" data-testid="richTextElement"'
            if rich
            else f'id="comp-{cid}"'
        )
        height = h if h is not None else 40 + len(re.sub(r"<[^>]+>", "", inner)) // 3
        comps.append(
            f'<div {attrs} style="position:absolute;top:{y}px;left:{x}px;width:{w}px;height:{height}px">{inner}</div>'
        )
        if advance:
            y += height + 16

    comp(f'<h1 class="font_0 wixui-rich-text__text"><span>{esc(a.title)}</span></h1>', True, h=110)
    comp(
        f'<p class="font_9"><span>{esc(a.author)}</span> · <span>{fmt_date(a)}</span></p>',
        True,
        h=24,
    )
    comp(
        f'<wow-image data-image-info="{{}}"><img src="/media/{hid(a.slug)}~mv2.jpg" alt=""></wow-image>',
        False,
        h=380,
    )
    group: list[str] = []
    first = True
    for role, markup, _ in ch:
        if role == "noise":
            if group:
                comp("".join(group), True)
                group = []
            comp(markup, False)
            continue
        group.append(markup)
        if len(group) == 2:
            comp("".join(group), True)
            group = []
            if first:  # the sidebar sits early in the DOM but to the right on screen
                for n in out["side"]:
                    comp(n.html, False, x=820, w=280, advance=False)
                first = False
    if group:
        comp("".join(group), True)
    if first:
        for n in out["side"]:
            comp(n.html, False, x=820, w=280, advance=False)
    for n in out["bottom"]:
        comp(n.html, False)
    return (
        f"<!DOCTYPE html>{html_open(a)}{head(a, url, site)}<body>"
        f'<div id="SITE_CONTAINER"><div id="main_MF"><div id="SCROLL_TO_TOP"></div>{nz(out["top"])}'
        '<div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage" class="mesh-layout">'
        f'<header id="SITE_HEADER" class="wixui-header">{nav(a, site)}</header>'
        '<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="page-wrapper">'
        f'<div id="Containerc1dmp" class="Containerc1dmp" style="position:relative;height:{y + 200}px">'
        f"{''.join(comps)}</div></div></div></main>"
        f'<footer id="SITE_FOOTER" class="wixui-footer">{foot(a, site)}</footer></div></div></div></div></body></html>'
    )


def joomla(a, blocks, url, site, inside, out):
    body = join(render(blocks, a.tail, inside, Style()))
    hits = 400 + int(hid(a.slug), 16) % 3000
    lbl = (
        ("تفصیلات", "تحریر:", "اشاعت:", "مشاہدات:")
        if a.lang == "ur"
        else ("Details", "Written by:", "Published:", "Hits:")
    )
    return (
        f"<!DOCTYPE html>{html_open(a)}{head(a, url, site)}"
        '<body class="site com_content view-article layout-blog no-task itemid-112">'
        f'{nz(out["top"])}<header class="header container-header full-width">{nav(a, site)}</header>'
        '<div class="site-grid"><div class="grid-child container-component">'
        '<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
        f'<meta itemprop="inLanguage" content="{a.lang}"><div class="page-header"><h1 itemprop="headline">{esc(a.title)}</h1></div>'
        f'<dl class="article-info text-muted"><dt class="article-info-term">{lbl[0]}</dt>'
        f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">{lbl[1]} '
        f'<span itemprop="name">{esc(a.author)}</span></dd>'
        f'<dd class="published"><time datetime="{a.date}" itemprop="datePublished">{lbl[2]} {fmt_date(a)}</time></dd>'
        f'<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{hits}">{lbl[3]} {hits}</dd></dl>'
        f'<div itemprop="articleBody" class="com-content-article__body">{body}</div></div></main></div>'
        f'<div class="grid-child container-sidebar-right"><div class="sidebar-right card">'
        f'<div class="moduletable">{nz(out["side"])}</div></div></div></div>'
        f"{nz(out['bottom'])}{foot(a, site)}</body></html>"
    )


class NextStyle(Style):
    def __init__(self, slug):
        h = hid(slug, "sc", n=8)
        self.p = f"sc-{h}-3 fWcQzL"
        self.hd = f"sc-{h}-4 hJkRmN"
        self.li = f"sc-{h}-5 dPzXqa"

    def b_p(self, t):
        return f'<div class="{self.p}">{esc(t)}</div>'

    def b_h(self, t):
        return f'<div class="{self.hd}" role="heading" aria-level="2">{esc(t)}</div>'

    def b_q(self, t):
        return f'<div class="{self.p}"><span class="{self.hd}">{esc(t)}</span></div>'

    def b_quote(self, t):
        return f'<div class="{self.p} quote--x"><span>{esc(t)}</span></div>'

    def b_ul(self, items):
        return (
            f'<div role="list" class="{self.li}">'
            + "".join(f'<div role="listitem" class="{self.p}">{esc(i)}</div>' for i in items)
            + "</div>"
        )

    b_ol = b_ul


def nextjs(a, blocks, url, site, inside, out):
    body = join(render(blocks, a.tail, inside, NextStyle(a.slug)))
    h = hid(a.slug, "sc", n=8)
    data = json.dumps(
        {
            "props": {"pageProps": {"id": hid(a.slug, n=12), "slug": a.slug}},
            "page": "/news/[slug]",
            "buildId": hid(site, n=10),
        }
    )
    return (
        f"<!DOCTYPE html>{html_open(a)}{head(a, url, site)}<body>"
        f'<div id="__next"><div class="sc-{h}-0 gRzLpd">{nz(out["top"])}<header class="sc-{h}-1 kQwErt">{nav(a, site)}</header>'
        f'<main class="sc-{h}-2 bNmVcx"><div class="sc-{h}-6 xYzAbc"><div class="sc-{h}-7 qWeRty">'
        f'<h1 class="sc-{h}-8 tYuIop">{esc(a.title)}</h1></div>'
        f'<div class="sc-{h}-9 aSdFgh"><div class="sc-{h}-10 jKlZxc">{esc(a.author)}</div>'
        f'<div class="sc-{h}-11 vBnMqw">{fmt_date(a)}</div></div>'
        f'<div class="sc-{h}-12 eRtYui">{body}</div></div>'
        f'<div class="sc-{h}-13 oPaSdf">{nz(out["side"])}</div></main>{nz(out["bottom"])}{foot(a, site)}</div></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>'
    )


def articles_everywhere(a, blocks, url, site, inside, out):
    body = join(render(blocks, a.tail, inside, Style()))
    return (
        f'<!DOCTYPE html>{html_open(a)}{head(a, url, site)}<body>{nav(a, site)}<main class="main">'
        f'<div class="strip">{nz(out["top"])}</div><div class="content-grid">'
        '<article class="story" itemscope itemtype="https://schema.org/NewsArticle">'
        f'<header><h1 itemprop="headline">{esc(a.title)}</h1><p class="meta"><span itemprop="author">'
        f'{esc(a.author)}</span> · <time datetime="{a.date}">{fmt_date(a)}</time></p></header>'
        f'<div class="story-body" itemprop="articleBody">{body}</div></article>'
        f'<aside>{nz(out["side"])}</aside></div><div class="more-stories">{nz(out["bottom"])}</div>'
        f"</main>{foot(a, site)}</body></html>"
    )


def urdu_wordpress(a, blocks, url, site, inside, out):
    body = join(render(blocks, a.tail, inside, Style()))
    pid = 20000 + int(hid(a.slug), 16) % 9000
    return (
        f"<!DOCTYPE html>{html_open(a)}{head(a, url, site)}"
        f'<body class="rtl post-template-default single single-post postid-{pid} single-format-standard">'
        f'{nz(out["top"])}<div id="page" class="site"><header id="masthead" class="site-header">{nav(a, site)}</header>'
        '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
        f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1><div class="entry-meta">'
        f'<span class="byline"><span class="author vcard"><a class="url fn n" href="/author/{hid(a.author)}/">{esc(a.author)}</a></span></span> '
        f'<span class="posted-on"><time class="entry-date published" datetime="{a.date}">{fmt_date(a)}</time></span></div></header>'
        f'<div class="post-thumbnail"><img src="/wp-content/uploads/2026/{pid}.jpg" alt=""></div>'
        f'<div class="entry-content">{body}</div></article>{nz(out["bottom"])}</main></div>'
        f'<aside id="secondary" class="widget-area">{nz(out["side"])}</aside></div>{foot(a, site)}</div></body></html>'
    )


class AppStyle(Style):
    def b_p(self, t):
        return f'<div class="wv-p">{esc(t)}</div>'

    def b_quote(self, t):
        return f'<div class="wv-quote">{esc(t)}</div>'


def urdu_appview(a, blocks, url, site, inside, out):
    body = join(render(blocks, a.tail, inside, AppStyle()))
    return (
        f"<!DOCTYPE html>{html_open(a)}"
        f'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, '
        f'maximum-scale=1, user-scalable=no"><title>{esc(a.title)}</title><link rel="canonical" href="{esc(url)}">'
        f'<meta property="article:published_time" content="{a.date}"></head>'
        f'<body class="app-webview">{nz(out["top"])}<div class="wv-wrap"><div class="wv-head">'
        f'<h1 class="wv-title">{esc(a.title)}</h1><div class="wv-meta"><span>{esc(a.author)}</span> '
        f'<span>{fmt_date(a)}</span></div></div><img class="wv-img" src="/app/img/{hid(a.slug)}.webp" alt="">'
        f'<div class="wv-body">{body}</div>{nz(out["side"])}{nz(out["bottom"])}</div>'
        f'<script>window.AppBridge&&AppBridge.ready("{hid(a.slug)}");</script></body></html>'
    )


class AspStyle(Style):
    def b_p(self, t):
        return f"{esc(t)}<br /><br />"

    def b_h(self, t):
        return f"<b>{esc(t)}</b><br /><br />"

    b_q = b_h

    def b_quote(self, t):
        return f"<i>{esc(t)}</i><br /><br />"


def aspnet(a, blocks, url, site, inside, out):
    body = join(render(blocks, a.tail, inside, AspStyle()))
    nid = 48000 + int(hid(a.slug), 16) % 900
    vs = hid(a.slug, "vs", n=32)
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{a.lang}" dir="rtl"><head><meta http-equiv="Content-Type" '
        f'content="text/html; charset=utf-8" /><title>{esc(a.title)} - {esc(site)}</title>'
        f'<link rel="canonical" href="{esc(url)}" /></head><body>'
        f'<form name="aspnetForm" method="post" action="./NewsDetail.aspx?NewsID={nid}" id="aspnetForm">'
        '<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{vs}" /></div>'
        "<script type=\"text/javascript\">//<![CDATA[\nvar theForm = document.forms['aspnetForm'];\n"
        "function __doPostBack(t, a) { theForm.__EVENTTARGET.value = t; theForm.submit(); }\n//]]></script>"
        f'{nz(out["top"])}<div id="ctl00_pnlHeader" class="header">{nav(a, site)}</div>'
        '<table id="ctl00_tblMain" width="100%" cellpadding="0" cellspacing="0"><tr><td valign="top" class="main-col">'
        f'<span id="ctl00_ContentPlaceHolder1_lblTitle" class="news-title">{esc(a.title)}</span><br />'
        f'<span id="ctl00_ContentPlaceHolder1_lblDate" class="news-date">{fmt_date(a)}</span> '
        f'<span id="ctl00_ContentPlaceHolder1_lblReporter" class="news-reporter">{esc(a.author)}</span><br />'
        f'<img id="ctl00_ContentPlaceHolder1_imgNews" src="/NewsImages/{nid}.jpg" alt="" /><br />'
        f'<span id="ctl00_ContentPlaceHolder1_lblDetail" class="news-detail">{body}</span>'
        f'{nz(out["bottom"])}</td><td valign="top" width="260" class="side-col">{nz(out["side"])}</td></tr></table>'
        f'{foot(a, site)}<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" '
        f'value="/wEdAAq{hid(vs, n=24)}" /></div></form></body></html>'
    )


AMP_BOILER = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}"
    "to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;"
    "animation:none}</style></noscript>"
)


def amp(a, blocks, url, site, inside, out):
    body = join(render(blocks, a.tail, inside, Style()))
    canon = url.replace("/amp/", "/")
    scripts = "".join(
        f'<script async custom-element="amp-{x}" src="https://cdn.ampproject.org/v0/amp-{x}-0.1.js"></script>'
        for x in ("ad", "sidebar", "user-notification", "social-share")
    )
    top = (
        (
            f'<amp-user-notification id="consent" layout="nodisplay" data-show-if-href="/consent">'
            f"{nz(out['top'])}</amp-user-notification>"
        )
        if out["top"]
        else ""
    )
    return (
        f'<!doctype html><html ⚡ lang="{a.lang}"{RTL if a.lang == "ur" else ""}><head><meta charset="utf-8">'
        f'<script async src="https://cdn.ampproject.org/v0.js"></script>{scripts}'
        f'<title>{esc(a.title)}</title><link rel="canonical" href="{esc(canon)}">'
        '<meta name="viewport" content="width=device-width">'
        f'<script type="application/ld+json">{ld_json(a, site)}</script>{AMP_BOILER}'
        "<style amp-custom>.amp-title{font-size:26px}.amp-article-body p{line-height:1.7}</style></head>"
        f'<body><amp-sidebar id="sidebar" layout="nodisplay" side="{"left" if a.lang == "ur" else "right"}">'
        f"{nav(a, site)}{nz(out['side'])}</amp-sidebar>"
        f'<header class="amp-header"><button on="tap:sidebar.toggle">☰</button><a href="/">{esc(site)}</a></header>'
        f'<main><article class="amp-article"><h1 class="amp-title">{esc(a.title)}</h1>'
        f'<div class="amp-byline">{esc(a.author)} · <time datetime="{a.date}">{fmt_date(a)}</time></div>'
        f'<amp-img src="/img/{hid(a.slug)}.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>'
        f'<div class="amp-article-body">{body}</div></article>{nz(out["bottom"])}</main>{foot(a, site)}{top}</body></html>'
    )


def split_by_ad(a, blocks, url, site, inside, out):
    ch = render(blocks, a.tail, inside, Style())
    cut = split_at(ch, len(blocks) // 2)
    by = "" if a.lang == "ur" else "By "
    return (
        f'<!DOCTYPE html>{html_open(a)}{head(a, url, site)}<body class="article-page">{nz(out["top"])}'
        f'{nav(a, site)}<div class="page"><div class="main-col"><h1 class="headline">{esc(a.title)}</h1>'
        f'<div class="byline">{by}{esc(a.author)} <span class="dot">·</span> <time datetime="{a.date}">{fmt_date(a)}</time></div>'
        f'<div class="article-body">{join(ch[:cut])}</div>'
        f'<div class="ad-slot ad-slot--billboard" style="min-height:640px;margin:24px 0" '
        f'data-ad-unit="/8812/{hid(site)}/article/mid" data-ad-size="970x600">{nz(out["mid"])}</div>'
        f'<div class="article-body article-body--continued">{join(ch[cut:])}</div>{nz(out["bottom"])}</div>'
        f'<div class="side-col">{nz(out["side"])}</div></div>{foot(a, site)}</body></html>'
    )


class BloggerStyle(Style):
    def b_p(self, t):
        return f"{esc(t)}<br />\n<br />"

    def b_h(self, t):
        return f"<b>{esc(t)}</b><br />\n<br />"

    b_q = b_h

    def b_quote(self, t):
        return f"<blockquote>{esc(t)}</blockquote>"


def blogger(a, blocks, url, site, inside, out):
    body = join(render(blocks, a.tail, inside, BloggerStyle()))
    pid = int(hid(a.slug), 16) % 10**12
    ur = a.lang == "ur"
    desc = "صحرا اور پہاڑوں سے روزنامچہ" if ur else "Notes from the desert, one village at a time"
    posted = "تحریر:" if ur else "Posted by"
    pager = (
        ("نئی تحریر", "پرانی تحریر", "سرورق") if ur else ("‹ Newer entry", "Older entry ›", "Home")
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        f"<html xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' "
        f"xmlns:data='http://www.google.com/2005/gml/data' lang='{a.lang}'{RTL if ur else ''}>"
        f"<head><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>"
        f"<title>{esc(site)}: {esc(a.title)}</title><link rel='canonical' href='{esc(url)}'/>"
        "<style id='page-skin-1' type='text/css'>#outer-wrapper{width:860px;margin:0 auto}"
        "#main-wrapper{width:560px;float:left}#sidebar-wrapper{width:260px;float:right}</style></head>"
        "<body><div id='outer-wrapper'><div id='header-wrapper'><div class='header section' id='header'>"
        f"<div class='widget Header' id='Header1'><h1 class='title'><a href='/'>{esc(site)}</a></h1>"
        f"<p class='description'><span>{desc}</span></p></div></div></div>"
        f"<div id='content-wrapper'><div id='crosscol-wrapper'>{nz(out['top'])}</div>"
        "<div id='main-wrapper'><div class='main section' id='main'><div class='widget Blog' id='Blog1'>"
        f"<div class='blog-posts hfeed'><h2 class='date-header'><span>{fmt_date(a)}</span></h2>"
        f"<div class='post-outer'><div class='post hentry'><a name='{pid}'></a>"
        f"<h3 class='post-title entry-title'><a href='{esc(url)}'>{esc(a.title)}</a></h3>"
        "<div class='post-header'><div class='post-header-line-1'></div></div>"
        f"<div class='post-body entry-content' id='post-body-{pid}'>{body}<div style='clear: both;'></div></div>"
        f"<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>"
        f"{posted} <span class='fn'>{esc(a.author)}</span></span> <span class='post-timestamp'>"
        f"<abbr class='published' title='{a.date}'>10:15</abbr></span></div></div></div>"
        f"{nz(out['bottom'])}</div></div>"
        f"<div class='blog-pager' id='blog-pager'><a class='blog-pager-newer-link' href='/p1'>{pager[0]}</a> "
        f"<a class='blog-pager-older-link' href='/p2'>{pager[1]}</a> <a class='home-link' href='/'>{pager[2]}</a></div>"
        f"</div></div></div><div id='sidebar-wrapper'>{nz(out['side'])}</div><div style='clear: both;'></div></div>"
        f"{foot(a, site)}</div></body></html>"
    )


LAYOUTS = {
    "ghost": ghost,
    "medium": medium,
    "drupal": drupal,
    "interview": interview,
    "explainer": explainer,
    "substack": substack,
    "xhtml": xhtml,
    "arc": arc,
    "wix": wix,
    "joomla": joomla,
    "nextjs": nextjs,
    "articles": articles_everywhere,
    "urdu_wordpress": urdu_wordpress,
    "urdu_appview": urdu_appview,
    "aspnet": aspnet,
    "amp": amp,
    "split_ad": split_by_ad,
    "blogger": blogger,
}

# (site, domain, url pattern) per layout and language; {s} is the slug, {n} a number.
SITES = {
    ("ghost", "en"): ("The Makran Ledger", "makranledger.example", "/{s}/"),
    ("medium", "en"): ("Karakoram Notebook", "karakoramnotebook.example", "/@desk/{s}-{n}"),
    ("drupal", "en"): ("Kech Courier", "kechcourier.example", "/news/2026/{s}"),
    ("interview", "en"): ("Baltoro Review", "baltororeview.example", "/interviews/{s}"),
    ("explainer", "en"): ("Quetta Explained", "quettaexplained.example", "/explainers/{s}"),
    ("substack", "en"): ("The Hindu Kush Letter", "hindukushletter.example", "/p/{s}"),
    ("xhtml", "en"): (
        "Desert Times of Thar",
        "thardeserttimes.example",
        "/news_detail.php?id={n}&t={s}",
    ),
    ("arc", "en"): ("Frontier Standard", "frontierstandard.example", "/pakistan/2026/{s}/"),
    ("arc", "ur"): (
        "فرنٹیئر اسٹینڈرڈ اردو",
        "urdu.frontierstandard.example",
        "/pakistan/2026/{s}/",
    ),
    ("wix", "en"): ("Gilgit Lens", "gilgitlens.example", "/post/{s}"),
    ("joomla", "en"): ("Shaal Valley News", "shaalvalleynews.example", "/index.php/local/{n}-{s}"),
    ("joomla", "ur"): ("شال ویلی نیوز", "urdu.shaalvalleynews.example", "/index.php/local/{n}-{s}"),
    ("nextjs", "en"): ("Swat Now", "swatnow.example", "/news/{s}"),
    ("nextjs", "ur"): ("سوات ناؤ", "urdu.swatnow.example", "/news/{s}"),
    ("articles", "en"): ("Northern Wire Daily", "northernwire.example", "/story/{n}/{s}"),
    ("urdu_wordpress", "ur"): ("روزنامہ صنوبر", "sanobar.example", "/{n}/"),
    ("urdu_appview", "ur"): ("شمال نیوز", "shumalnews.example", "/app/news/{n}?view=webview"),
    ("aspnet", "ur"): ("روزنامہ چلتن", "chiltan.example", "/NewsDetail.aspx?NewsID={n}"),
    ("amp", "en"): ("Indus Express Digital", "indusexpressdigital.example", "/amp/story/{s}"),
    ("amp", "ur"): ("مکران آواز", "makranawaz.example", "/amp/story/{s}"),
    ("split_ad", "en"): ("The Sulaiman Post", "sulaimanpost.example", "/region/{s}"),
    ("split_ad", "ur"): ("روزنامہ قراقرم", "karakoramurdu.example", "/region/{s}"),
    ("blogger", "en"): ("Mithi Diaries", "mithidiaries.blogspot.example", "/2026/08/{s}.html"),
    ("blogger", "ur"): ("تھر کی ڈائری", "thardiary.blogspot.example", "/2026/10/{s}.html"),
}

# --- page plans -----------------------------------------------------------------------------
# inside keys: block index (-1 before the first block), "last" (right after the last block,
# before the wire credit) and "end" (after the wire credit, i.e. paragraphs_html's len index).

NOISY = [
    (
        "gwadar-desal",
        "ghost",
        {
            -1: [listen],
            1: [inline_more],
            3: [photo_credit],
            5: [newsletter],
            "end": [share, author_bio],
        },
        {"top": [cookie], "side": [most_viewed], "bottom": [recommended, comments]},
    ),
    (
        "hunza-glacier",
        "medium",
        {1: [photo_credit], 3: [recommended], 6: [inline_more], "last": [follow], "end": [share]},
        {"top": [paywall], "side": [author_bio], "bottom": [related_list]},
    ),
    (
        "turbat-results",
        "drupal",
        {1: [ad_slot], 2: [inline_more], "last": [corrections_box, filed_under]},
        {"side": [most_viewed, hot_week], "bottom": [loading_comments]},
    ),
    (
        "skardu-interview",
        "interview",
        {0: [photo_credit], 4: [donate], 8: [inline_more], "end": [author_bio, comments]},
        {"top": [paywall], "side": [related_list]},
    ),
    (
        "quetta-permits",
        "explainer",
        {2: [inline_more], 6: [newsletter], 10: [sponsored], "end": [corrections_box, share]},
        {"side": [hot_week], "bottom": [recommended]},
    ),
    (
        "chitral-library",
        "substack",
        {2: [newsletter_post_cta], 6: [share], "end": [newsletter_post_footer, loading_comments]},
        {"top": [app_prompt], "bottom": [related_list]},
    ),
    (
        "mithi-radio",
        "xhtml",
        {1: [inline_more], 4: [ad_slot], "last": [photo_credit], "end": [follow]},
        {"top": [ticker], "side": [most_viewed], "bottom": [comments]},
    ),
    (
        "zhob-cricket",
        "arc",
        {0: [ad_slot], 2: [inline_more], 5: [sponsored], "end": [author_bio, corrections_box]},
        {"top": [cookie], "side": [recommended], "bottom": [comments]},
    ),
    (
        "gilgit-photos",
        "wix",
        {1: [photo_credit], 3: [newsletter], "end": [share, donate]},
        {"top": [cookie], "side": [related_list], "bottom": [hot_week]},
    ),
    (
        "quetta-bus-route",
        "joomla",
        {1: [inline_more], 4: [listen], "end": [prev_next, filed_under, loading_comments]},
        {"side": [most_viewed], "bottom": [donate]},
    ),
    (
        "swat-road-app",
        "nextjs",
        {0: [app_prompt], 3: [inline_more], 5: [ad_slot], "last": [share], "end": [recommended]},
        {"top": [paywall], "side": [follow], "bottom": [most_viewed]},
    ),
    (
        "khunjerab-trade",
        "articles",
        {
            1: [inline_more],
            3: [photo_credit],
            "last": [corrections_box],
            "end": [comments, author_bio],
        },
        {"top": [teaser_articles], "side": [hot_week], "bottom": [teaser_articles]},
    ),
    (
        "ziarat-juniper",
        "urdu_wordpress",
        {1: [u_inline], 3: [u_photo], "end": [u_share, u_author_bio, u_comments]},
        {"top": [u_cookie], "side": [u_most_read], "bottom": [u_related]},
    ),
    (
        "gilgit-internet",
        "urdu_appview",
        {1: [u_ad], 3: [u_inline], "end": [u_follow, u_related]},
        {"top": [u_app], "bottom": [u_share]},
    ),
    (
        "quetta-bookfair",
        "aspnet",
        {2: [u_inline], 4: [u_sponsored], "end": [u_comments, u_editor_note]},
        {"top": [u_trending], "side": [u_latest_table], "bottom": [u_newsletter]},
    ),
    (
        "panjgur-dates",
        "amp",
        {0: [u_ad], 2: [u_inline], 4: [u_photo], "end": [u_share, u_loading]},
        {"top": [u_cookie], "side": [u_related], "bottom": [u_most_read]},
    ),
    (
        "skardu-cold",
        "split_ad",
        {1: [u_inline], "end": [u_donate, u_comments]},
        {"top": [u_paywall], "side": [u_trending], "mid": [u_sponsored, u_ad]},
    ),
    (
        "thar-peacocks",
        "blogger",
        {2: [u_photo], 4: [u_inline], "end": [u_follow, u_comments, u_loading]},
        {"side": [u_related, u_newsletter]},
    ),
]

CLEAN = [
    ("chitral-library", "ghost"),
    ("quetta-bus-route", "medium"),
    ("swat-road-app", "drupal"),
    ("gilgit-photos", "interview"),
    ("hunza-glacier", "explainer"),
    ("skardu-interview", "substack"),
    ("zhob-cricket", "xhtml"),
    ("panjgur-dates", "arc"),
    ("khunjerab-trade", "wix"),
    ("thar-peacocks", "joomla"),
    ("skardu-cold", "nextjs"),
    ("gwadar-desal", "articles"),
    ("quetta-bookfair", "urdu_wordpress"),
    ("ziarat-juniper", "urdu_appview"),
    ("gilgit-internet", "aspnet"),
    ("quetta-permits", "amp"),
    ("turbat-results", "split_ad"),
    ("mithi-radio", "blogger"),
]


# --- self-checks on the fixture (no extractor involved) ------------------------------------


class _Text(HTMLParser):
    SKIP: ClassVar[frozenset[str]] = frozenset({"script", "style", "head", "template"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth, self.parts = 0, []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def visible(markup):
    p = _Text()
    p.feed(markup)
    p.close()
    return " ".join(p.parts)


def squash(s):
    return re.sub(r"\s+", "", s).casefold()


def check(name, page, art, noise):
    text = squash(visible(page))
    body = squash("\n".join(art.paragraphs))
    for line in art.paragraphs:
        assert squash(line) in text, (name, "body line missing", line)
    for n in noise:
        ntext = squash(visible(n.html))
        for line in art.paragraphs:
            assert squash(line) not in ntext, (name, "body line inside noise", line)
        for s in n.strings:
            assert squash(s) in text, (name, "noise string not on page", s)
            assert squash(s) not in body, (name, "noise string occurs in body", s)
            assert squash(s) not in squash(art.title + art.author), (name, "noise in title", s)


# --- main -----------------------------------------------------------------------------------


def build(idx, slug, layout, inside_plan, out_plan, rng, clean):
    art, blocks = STORIES[slug]
    site, domain, pattern = SITES[(layout, art.lang)]
    num = 41000 + idx * 17 + (5 if clean else 0)
    s = f"{slug}-clean" if clean else slug
    url = f"https://{domain}" + pattern.format(s=s, n=num)
    ctx = SimpleNamespace(a=art, site=site, domain=domain, layout=layout)
    inside: dict[int, list[Noise]] = {}
    noise: list[Noise] = []
    for key in sorted(inside_plan, key=lambda k: {"last": 10**6, "end": 10**6 + 1}.get(k, k)):
        pos = {"last": len(blocks) - 1, "end": len(blocks)}.get(key, key)
        made = [f(rng, ctx) for f in inside_plan[key]]
        inside.setdefault(pos, []).extend(made)
        noise.extend(made)
    out = {k: [] for k in ("top", "side", "bottom", "mid")}
    for k in ("top", "side", "bottom", "mid"):
        out[k] = [f(rng, ctx) for f in out_plan.get(k, [])]
        noise.extend(out[k])
    page = LAYOUTS[layout](art, blocks, url, site, inside, out)
    name = f"{'clean' if clean else 'noisy'}-{idx:02d}-{layout}"
    check(name, page, art, noise)
    write_page(SPLIT, name, url, page, art, noise)
    return name


def main() -> None:
    rng = random.Random(1313)
    folder = PAGES / SPLIT
    if folder.exists():
        for f in folder.iterdir():
            if f.suffix in (".html", ".json"):
                f.unlink()
    assert len({x[1] for x in NOISY}) == len(NOISY) == len(LAYOUTS)
    assert sorted(x[1] for x in CLEAN) == sorted(LAYOUTS)
    assert sorted(x[0] for x in CLEAN) == sorted(x[0] for x in NOISY) == sorted(STORIES)
    for slug, layout in CLEAN:
        assert layout != next(x[1] for x in NOISY if x[0] == slug), slug
    for i, (slug, layout, ins, outp) in enumerate(NOISY):
        build(i, slug, layout, ins, outp, rng, clean=False)
    for i, (slug, layout) in enumerate(CLEAN):
        build(i, slug, layout, {}, {}, rng, clean=True)


if __name__ == "__main__":
    main()
