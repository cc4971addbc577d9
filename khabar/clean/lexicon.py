"""Word lists the line features look up: site furniture phrases and function words.

Written from general knowledge of how news and blog pages are built (menus, share bars, comment forms,
newsletter boxes, related-article lists), in Arabic and in the European languages of the development set.
Every phrase is stored in `line_key` form so lookups compare like with like.
"""

from __future__ import annotations

import re

from khabar.clean.text import line_key

# Lines that, on their own (or followed by a few words), are furniture.
_FURNITURE_AR = """
اقرأ أيضا|اقرا ايضا|إقرأ أيضاً|اقرأ المزيد|المزيد|عرض المزيد|مواضيع ذات صلة|موضوعات ذات صلة|موضوعات متعلقة
مواضيع متعلقة|أخبار ذات صلة|أخبار متعلقة|مقالات ذات صلة|قد يعجبك أيضا|قد يهمك أيضا|ننصحك بقراءة|الأكثر قراءة
الأكثر مشاهدة|الأكثر تداولا|الأكثر تعليقا|الأكثر مشاركة|آخر الأخبار|أحدث الأخبار|الأخبار العاجلة|عاجل|شارك
شارك برأيك|شارك بتعليقك|شارك الخبر|شارك هذا الخبر|شارك المقال|مشاركة|مشاركة الخبر|اشترك|إشترك|اشترك الآن
اشترك في النشرة البريدية|إشترك في قائمتنا البريدية|اشترك في قائمتنا البريدية|النشرة البريدية|النشرة الإخبارية
حجم الخط|تكبير الخط|تصغير الخط|طباعة|إرسال|أرسل لصديق|جميع الحقوق محفوظة|كل الحقوق محفوظة|تابعونا|تابعنا
تابعونا على|تابعنا على|التعليقات|تعليقات|اترك تعليقا|اترك تعليقاً|أضف تعليق|أضف تعليقك|إضافة تعليق|اكتب تعليقك
زر الذهاب إلى الأعلى|العودة إلى الأعلى|الرئيسية|الصفحة الرئيسية|الأولى|الصفحة الأولى|اتصل بنا|من نحن|سياسة الخصوصية
شروط الاستخدام|أعلن معنا|خريطة الموقع|حمل التطبيق|حمل تطبيق|تحميل التطبيق|واتساب|فيسبوك|فيس بوك|تويتر|يوتيوب
انستغرام|إنستغرام|تلغرام|تيليجرام|لينكد إن|كلمات مفتاحية|الكلمات المفتاحية|الوسوم|وسوم|تصنيفات|التصنيف|إعلان
مساحة إعلانية|استطلاع رأي|صوت الآن|نتيجة التصويت|موافق|ملفات تعريف الارتباط|سياسة|رياضة|اقتصاد|ثقافة|منوعات
فيديو|صور|فيديو وصور|محليات|عربي ودولي|دولي|عربي|مقالات|رأي|مقالات الرأي|كتاب الرأي|تكنولوجيا|صحة|فن|فنون
حوادث|برلمان|محافظات|أخبار|الأخبار|المزيد من الأخبار|التالي|السابق|الخبر التالي|الخبر السابق|بحث|القائمة
تسجيل الدخول|تسجيل|دخول|الطقس|حالة الطقس|مواقيت الصلاة|أسعار العملات|النسخة الورقية|العدد الورقي|البث المباشر
"""

_FURNITURE_LATIN = """
share|share this|share this article|share on facebook|share on twitter|tweet|pin it|email|print|subscribe
subscribe now|subscribe to our newsletter|sign up|sign up for our newsletter|newsletter|join our newsletter
cookie|cookies|cookie settings|cookie policy|accept|accept all|reject all|manage preferences|read more|read next
continue reading|related|related articles|related posts|related stories|you may also like|you might also like
recommended|recommended for you|most popular|most read|trending|trending now|popular posts|recent posts
comments|comment|reader comments|leave a comment|leave a reply|reply|post a comment|add a comment|cancel reply
all rights reserved|copyright|privacy policy|privacy|terms of use|terms of service|terms and conditions
contact|contact us|about|about us|home|menu|search|skip to content|skip to main content|back to top|log in|login
sign in|register|my account|follow us|follow|advertisement|advertise|sponsored|sponsored content|download the app
facebook|twitter|linkedin|instagram|youtube|pinterest|whatsapp|reddit|tiktok|tags|categories|category|previous
next|previous post|next post|previous article|next article|load more|show more|loading|toggle navigation
navigation|main menu|close|open menu|sitemap|faq|careers|press|rss|shop|cart|donate|partager|abonnez-vous
lire aussi|lire la suite|commentaires|tous droits réservés|teilen|kommentare|alle rechte vorbehalten|mehr lesen
compartir|comentarios|todos los derechos reservados|suscríbete|leer más|condividi|commenti|iscriviti
"""

# Phrases that mark a line as furniture wherever they occur in it (also in long lines).
_CONTAINS = """
جميع الحقوق محفوظة|كل الحقوق محفوظة|لن يتم نشر عنوان بريدك|الحقول الإلزامية|الحقول المطلوبة|يمكنكم التواصل معنا
عبر تطبيق واتساب|ملفات تعريف الارتباط|ملفات الكوكيز|إشترك في قائمتنا|النشرة البريدية|حمل تطبيق|تحميل تطبيق
زر الذهاب إلى الأعلى
اقرأ أيضا|اقرأ أيضاً|إقرأ أيضاً|الأكثر قراءة|مواضيع ذات صلة|موضوعات متعلقة|قد يعجبك أيضا|هل تؤيد
all rights reserved|your email address will not be published|required fields are marked|we use cookies
this site uses cookies|this website uses cookies|cookie policy|privacy policy|terms of service|terms of use
subscribe to|sign up for|newsletter|skip to content|skip to main content|back to top|click here
you may also like|you might also like|related articles|related posts|read more|leave a reply|leave a comment
posted in|filed under|affiliate links|affiliate commission|share this|follow us on|google tag manager
enable javascript|browser does not support|getty images|shutterstock
"""

# Headers of lists of other articles: the lines right after them are headlines of other stories.
_LIST_HEADERS = """
اقرأ أيضا|اقرا ايضا|إقرأ أيضاً|مواضيع ذات صلة|موضوعات ذات صلة|موضوعات متعلقة|مواضيع متعلقة|أخبار ذات صلة
أخبار متعلقة|مقالات ذات صلة|قد يعجبك أيضا|قد يهمك أيضا|الأكثر قراءة|الأكثر مشاهدة|الأكثر تداولا|آخر الأخبار
أحدث الأخبار|ننصحك بقراءة|related|related articles|related posts|related stories|you may also like
you might also like|recommended|recommended for you|most popular|most read|trending|popular posts|recent posts
read next|more stories|more from|lire aussi|see also
"""

# Markers that open a comment section: what follows is reader comments, not the article.
_COMMENT_MARKERS = """
التعليقات|تعليقات|اترك تعليقا|اترك تعليقاً|أضف تعليق|أضف تعليقك|إضافة تعليق|اكتب تعليقك|شارك بتعليقك|شارك برأيك
لن يتم نشر عنوان بريدك الإلكتروني|comments|comment|reader comments|leave a comment|leave a reply|post a comment
add a comment|responses|discussion|join the discussion|commentaires|kommentare|comentarios|commenti
"""

# Function words: body prose is dense in them, menus and headline lists are not.
_STOPWORDS = """
في من على إلى الى عن أن ان إن التي الذي الذين ما لا لم لن هذا هذه ذلك تلك كان كانت قد بعد قبل مع بين عند
حيث كما أو او ثم هو هي هم كل أي اي غير إلا الا منذ خلال حول ضد لدى نحو أيضا ايضا وقد وقال وأن وفي ومن
the of and to a in is that for it as was with be by on not he she this are or his her from at which but have
an they their has had been were will would there what all when who we you can more if its one about so than
de la le les des et en du un une est pour que qui dans pas au sur par il elle ce sont avec ne se
der die das und zu den von ist mit sich des auf für nicht ein eine dem im es auch als an wie
el los las del y en que por un una para con no es se lo al como su más pero
il di che e la per un una non si da sono con del della gli le
o os as um uma do da em que para com não por se na no
"""


def _keys(block: str) -> frozenset[str]:
    phrases = (p for line in block.strip().splitlines() for p in line.split("|"))
    return frozenset(k for k in (line_key(p, digits=False) for p in phrases) if k)


FURNITURE: frozenset[str] = _keys(_FURNITURE_AR) | _keys(_FURNITURE_LATIN)
LIST_HEADERS: frozenset[str] = _keys(_LIST_HEADERS)
COMMENT_MARKERS: frozenset[str] = _keys(_COMMENT_MARKERS)
STOPWORDS: frozenset[str] = frozenset(_STOPWORDS.split())


def _alternation(block: str) -> re.Pattern[str]:
    keys = sorted(_keys(block), key=len, reverse=True)
    # Matched against " key " so a phrase never fires inside a longer word.
    return re.compile("|".join(" " + re.escape(k) + " " for k in keys))


CONTAINS_RE: re.Pattern[str] = _alternation(_CONTAINS)

# Wire agencies and credit words of Arabic news: a short line carrying them next to the body is the
# dateline or byline, which belongs to the article.
_CREDIT_AR = """
الفرنسية|فرانس برس|أ ف ب|ا ف ب|رويترز|الأناضول|الاناضول|وكالات|وكالة|واس|سانا|أسوشيتد برس|د ب أ|شينخوا
متابعة|كتب|كتبت|تقرير|مراسل|مراسلنا|المركز الصحفي|الوطن
"""
CREDIT_RE: re.Pattern[str] = _alternation(_CREDIT_AR)

# Captions, credits of pictures and publication stamps: recognised by how the line starts or ends, since
# the same words ("الصورة", "نشر في") are ordinary prose inside a sentence.
STAMP_RE: re.Pattern[str] = re.compile(
    r"^\W*(?:الصورة|صورة|تصوير|مصدر الصورة|نشر في|نشر بتاريخ|آخر تحديث|تاريخ النشر|تاريخ التحديث|photo|image|"
    r"credit|caption|published|updated|posted on|last updated)\s*[:：]"
    r"|[-–|(]\s*(?:ارشيفية|أرشيفية|أرشيف|ارشيف)\W*$",
    re.IGNORECASE,
)

# More function words, for the other languages news in the region is read in (Malay/Indonesian) and a few
# high-frequency Chinese characters (Chinese has no spaces: these are counted per character).
_STOPWORDS_MORE = """
yang dan di ke dari untuk dengan pada ini itu adalah dalam tidak akan oleh juga atau telah sudah karena
bahwa mereka kami kita ia dia saya ada lebih bagi secara hingga serta sebagai namun tersebut para
"""
STOPWORDS = STOPWORDS | frozenset(_STOPWORDS_MORE.split())
ZH_STOPCHARS: frozenset[str] = frozenset("的了是在和也有就不我这他们中为以与及其对上下到说而")

# A line that opens with one of these labels and a colon is page furniture whatever follows: tag lists,
# share bars, permalink boxes («الوسوم: ...», «شارك الخبر: فيسبوك | إكس», «رابط الخبر: https://...»).
_LABELS = """
الوسوم|وسوم|الكلمات المفتاحية|كلمات مفتاحية|كلمات دلالية|الكلمات الدلالية|مواضيع|الموضوعات|تصنيفات|التصنيفات
شارك|شارك الخبر|شارك المقال|شارك هذا الخبر|شارك عبر|مشاركة|مشاركة الخبر|انشر|رابط الخبر|رابط المقال|الرابط
رابط مختصر|الرابط المختصر|رابط دائم|الرابط الدائم|نسخ الرابط|تابعونا|تابعنا|تابعونا على|تابعنا على
tags|tagged|tagged with|topics|keywords|categories|filed under|share|share this|share on|share this article
short link|shortlink|permalink|link|follow us|étiquettes|mots clés|partager|schlagworte|themen|teilen|etiquetas
temas|compartir|tag|label|bagikan|kongsi
"""
LABEL_PREFIX_RE: re.Pattern[str] = re.compile(
    r"^\W*(?:"
    + "|".join(
        re.escape(p)
        for p in sorted(
            {p.strip() for line in _LABELS.strip().splitlines() for p in line.split("|") if p.strip()},
            key=len,
            reverse=True,
        )
    )
    + r")\s*[:：]",
    re.IGNORECASE,
)
# «رابط مختصر https://...»: a label followed by a bare address.
LINK_LABEL_RE: re.Pattern[str] = re.compile(
    r"^\W*(?:رابط|الرابط|المصدر|link|source|url|permalink)\b[^:/]{0,20}[:：]?\s*https?://\S+\s*$",
    re.IGNORECASE,
)

# Date and time tokens, to measure how much of a line is a time stamp.
_MONTHS = (
    "يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|"
    "ديسمبر|كانون|الثاني|الأول|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|أيلول|ايلول|تشرين|رمضان|شوال|"
    "محرم|صفر|رجب|شعبان|ذو|القعدة|الحجة|ربيع|جمادى|"
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|"
    "septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|"
    "abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
)
_DAYS = (
    "الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    "sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
_STAMP_WORDS = (
    "نشر|نُشر|نشرت|في|بتاريخ|تاريخ|النشر|آخر|اخر|تحديث|التحديث|الساعة|الموافق|ص|م|هـ|منذ|دقيقة|دقائق|ساعة|ساعات|"
    "published|updated|posted|on|at|last|am|pm|gmt|utc|ago|minutes|hours|min|publié|le|mis|à|jour|"
    "veröffentlicht|aktualisiert|am|um|uhr|publicado|actualizado|el|de|a|las|diterbitkan|pada"
)
DATE_TOKEN_RE: re.Pattern[str] = re.compile(
    r"^(?:\d{1,4}(?:[/.:\-]\d{1,4}){0,2}(?:هـ|م|h|am|pm|st|nd|rd|th)?|\d{1,2}(?:am|pm)"
    rf"|(?:{_MONTHS})|(?:{_DAYS})|(?:{_STAMP_WORDS}))$",
    re.IGNORECASE,
)
