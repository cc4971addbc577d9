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
