"""Quote extraction on news articles labelled by hand: sets 1 (9 articles, 29 quotes), 2 (5, 17), 3 (12, 36),
4 (10, 41), 5 (10, 33), 6 (10, 32), 7 (10, 31), 8 (10, 46), 9 (10, 45), 10
(10, 57), 11 (10, 42), 12 (10, 45), 13 (10, 47), 14 (10, 44), 15 (10, 46), 16 (10, 36), 17 (10, 50), 18
(10, 47), 19 (10, 35), 20 (10, 42), 21 (10, 39) and 22 (10, 28).

Set 1 was drawn at random (seeds 7 and 11 over articles of 400–1,300 characters that contain قال or أكد) and
labelled before the extractor was run on it; its first score was detection F1 0.873, attribution F1 0.655,
and a few general rules were then added after reading its errors (بيّن, يعتقد/يرى with a named subject,
a name before its title, participles only after a comma), so set 1 is no longer held out. Set 2 was drawn
and labelled after that (seed 23); its remaining errors were read in issue 5's second round, so it is no
longer held out either.

Set 3 was drawn and labelled for issue 5's held-out figure, after sets 1 and 2 and before any of the rules
written in that round: 8 SaudiNewsNet articles (`--draw saudinewsnet --seed 31 --n 8`: 300–1,100 characters,
containing قال، أكد، أوضح، أشار or ذكر) and 4 ANT articles (`--draw ant --seed 31 --n 4 --max-chars 1300`), drawn
with `random.Random(seed).sample` over the matching articles in file order. Every quote was labelled by
reading the text, before the extractor was run on these articles; two of the twelve contain no quote at all
(a check of precision). Conventions as in the seeds gold: reported speech after speech verbs and their
participles, speech attributed to documents and outlets (a dictionary, a statement, a TV channel), statements
nested inside another quotation with their own speaker, headline-like statements with a nominal object
(«ماليزيا تؤكد العثور على …»), including the repeated headline in a page footer. Set 3 was scored once
before that round's rules and once after them (detection F1 0.882, attribution F1 0.618). In the second round
of issue 5 set 3 became a tuning set: its attribution errors were read and general rules written for them
(a speaker phrase is a noun phrase: no adverbial of manner, no pronoun object; «صادر عن X» → X; dotted
acronyms; no attached ل in a source; a relative clause's verb takes its antecedent), so it is no longer
held out.

Set 4 is the held-out set of that second round, drawn and labelled before any of its rules was written and
before the extractor was run on these articles: 6 SaudiNewsNet articles (`--draw saudinewsnet --seed 47 --n 7
--min-chars 400 --max-chars 1500`, the seven drawn less 2015-07-22-00202, already in set 2) and 4 ANT articles
(`--draw ant --seed 47 --n 4 --min-chars 400 --max-chars 1500`). Same conventions as set 3, read broadly as in
the seeds gold («معرباً عن أسفه»، «تمسك»): statements with a nominal object after أكد/نفى/أعلن/أبدى، verbs of
praise, appeal and demand with their content (أشاد بـ، عبّر عن، أهاب بـ، دعا، طالب، وصف), a survey or letter as the
source (حسبما أظهر مسح، أظهر مسح، أشارت الرسالة), nested statements; the writer's «يُذكر أن» is not a quote. Set 4
was scored once before the round's rules and once after them; no rule was written from it. In the third round
(verb coverage) set 4 became a tuning set.

Set 5 is the held-out set of that third round, drawn and labelled before any of its rules was written and
before the extractor was run on these articles: 6 SaudiNewsNet articles (`--draw saudinewsnet --seed 59 --n 6
--min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw ant --seed 59 --n 4 --min-chars 400
--max-chars 1500`), none of them in sets 1–4, 33 quotes. Same conventions as set 4: praise with its object
(ثمّن العطاء …), appeals as verbal nouns («ودعوة الناخبين إلى …»), nested statements inside a quotation (a
minister's words quoted by another speaker, «توقع إطاراً …»), a nominal object after أعلن عن; refusals to
speak («رفض تقييم …»، «لم تكشف …»), congratulations and wishes (هنأ، متمنياً) and the writer's «يُذكر أن» are
not quotes. First score, with the extractor of commit 2950b2a: detection F1 0.889 (P 0.933 R 0.848),
attribution F1 0.508 (P 0.533 R 0.485). After the third round's rules (written from set 4 and the verb list of
issue 5 only), the same: 0.889 / 0.508 — the new rules did not reach set 5's errors (an implicit subject after
a refusal, «كما» before ثمّن, nouns of appeal such as «ودعوة», a speech verb not in the lexicon), so no gain on
unseen text is shown. Set 4 went from 0.656 / 0.295 to 0.907 / 0.773 (tuned, not held out).

In the fourth round set 5 became a tuning set and set 6 was drawn and labelled, before any of that round's
rules and before the extractor was run on it: 6 SaudiNewsNet articles (`--draw saudinewsnet --seed 71 --n 6
--min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw ant --seed 71 --n 4 --min-chars 400
--max-chars 1500`), none in sets 1–5, 32 quotes, same conventions (a belief with a named subject, «يثق في أن»,
counts; the footer repeat of a headline «العمل : إصدار …» counts, after «رابط الخبر»). Its first score (commit
cbc1f7b's extractor): detection F1 0.933, attribution F1 0.667. Its errors were seen at that scoring; the
round's rules were written from set 5's errors only (a verb-first subject with a title for a later «وقال»,
«بقوله/بالقول» cues, an implicitly found subject kept as an antecedent, «المشرف على … المخرج X», no name
after «بالـ», the verb before a quotation is not the speaker of a cue inside it). After them: set 5 0.889 /
0.508 -> 0.906 / 0.719 (tuned), set 6 unchanged at 0.933 / 0.667 (held out: the rules did not reach its
errors, which are mostly titles standing for a named speaker, «المدرب الفرنسي» after «فينغر», and subjects of
non-speech verbs, «استهلت والدة الفتاة حديثها»).

In the fifth round set 6 became a tuning set and set 7 was drawn and labelled, before any of that round's
rules and before the extractor was run on it: 6 SaudiNewsNet articles (`--draw saudinewsnet --seed 83 --n 6
--min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw ant --seed 83 --n 4 --min-chars 400
--max-chars 1500`), none in sets 1–6, 31 quotes, one article with none. Same conventions; participles after a
comma are quotes of their own («مشيرين إلى»), a belief with a named subject counts («يشعر … أنه»، «ما تعتبره
بكين»), a pledge counts («تعهد … بعدم تكرار»), a reassurance without content («طمأن … على وضع إصابته») and what
evidence or a video shows do not. First score (commit 989c288's extractor): detection F1 0.900, attribution F1
0.667. The round's rules were written from set 6's errors only (a bare title stands for the earlier speaker
the article introduced with that title or adjective, «المدرب الفرنسي» → «فينغر»; a footer label «رابط الخبر
…:» is not the speaker of the headline it repeats; a piece after a head cut short by a preposition is not its
name, «الوزارة في بيان، نشرته …»; «يثق في أن»). After them: set 6 0.933 / 0.667 -> 0.951 / 0.787 (tuned),
set 7 unchanged at 0.900 / 0.667 (held out: its errors are other titles, «المدافع» after «فرديناند مدافع
منتخب إنجلترا», «المصدر» for an outlet, a circumstantial clause «وهو يرتدي …» read as the speaker, «يشعر» not
in the lexicon, an addressee after «دعا» read as its subject).

In the sixth round set 7 became a tuning set and set 8 was drawn and labelled, before any of that round's
rules and before the extractor was run on it: 6 SaudiNewsNet articles (`--draw saudinewsnet --seed 97 --n 6
--min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw ant --seed 97 --n 4 --min-chars 400
--max-chars 1500`), none in sets 1–7, 46 quotes. Same conventions; a demand or condition with its content
counts («طلبت … تقديم تعويض»، «اشترط المصنع أن»), as do a study's findings («وجدت دراسة أن») and a nested
statement of reports inside a speaker's words («أشارت بيلوسي إلى تقارير … تحدثت عن أن»). First score (commit
cc9cf3d's extractor): detection F1 0.843, attribution F1 0.723. The round's rules were written from set 7's
errors only: «المصدر» alone points back to the source just quoted; a speaker phrase that opens with a pronoun
(«وقال وهو يرتدي …») is a circumstantial clause, so the subject is implicit. A third rule, any definite noun
(«المدافع») standing for an earlier speaker the article put it beside, raised set 7 to 0.800 but cost the
seeds 0.940 -> 0.910 and sets 4 and 5 0.773 -> 0.747 and 0.719 -> 0.656, so it was dropped. After the two
kept: set 7 0.667 -> 0.700 (tuned), set 8 unchanged at 0.843 / 0.723 (held out), every other set unchanged.

In the seventh round set 8 became a tuning set and set 9 was drawn and labelled, before any of that round's
rules were scored on it and before the extractor was run on it: 6 SaudiNewsNet articles (`--draw saudinewsnet
--seed 109 --n 6 --min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw ant --seed 109 --n 4
--min-chars 400 --max-chars 1500`), none in sets 1–8, 45 quotes, one article with none (a date auction:
only the writer's «يُذكر أن»). Same conventions; a denial with a nominal object counts («أنكرت أي علم لها
بـ …»), as do an accusation with its «بـ» content («اتهمت … الكرملين بالوقوف وراء …»), a simulated voice that
speaks in a hall («وقال الصوت إن …») and a report's stance, labelled «تقرير لجنة …» so that either the report
or the committee counts as its speaker. Not counted: users who noticed something («ولاحظ جميع مستخدمي
"تويتر" أنه …», a perception), a holding-responsible participle («محملة السلطات الروسية مسؤولية …»), a
negated announcement («لم تعلن عن مصمم جديد») and «أحد لا يستبعد أن …» (nobody in particular).
A second reading of set 9 by another session, from the text alone (it saw the committed labels of one
article, CN-middleEast-540-20180409, and the empty article's id before reading them), agrees on 44 of 45
quotes and on every matched speaker (agreement F1 0.978, spans matched as in the scoring below); the two
readings differ on a wish («أعربت … عن رغبتها»، kept here as an expression with content) and a
holding-responsible participle («محملة السلطات الروسية مسؤولية …», left out here).

In the eighth round set 9 became a tuning set and set 10 was drawn and labelled, before any of that round's
rules and before the extractor was run on it: 6 SaudiNewsNet articles (`--draw saudinewsnet --seed 127 --n 6
--min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw ant --seed 127 --n 4 --min-chars 400
--max-chars 1500`), none in sets 1–9, 57 quotes. Same conventions; a promise or threat with its content counts
(«ووعد بمحاكمة …»، «متوعدا إياه بنيل جزائه»), as do «أوضح ذلك» pointing back to the paragraph before it,
a renewed position («وجدد … موقف حكومة بلاده الداعم للسلام»), an expectation with a named subject («تتوقّع
شركة الخليج أن»), a statement nested in a speaker's words («وفيما أعلنت إيتا أخيرا عن حل نفسها») and a title
standing for the named official it refers to («المسؤول الروسي» → بوغدانوف). Not counted: a wish («وتمنت
مشرفة الفريق أن»), thanks («أبدوا شكرهم»), «أصابع الاتهام» pointing at someone, and the writer's «يذكر أن».
First score (commit bb56047's extractor): detection F1 0.916, attribution F1 0.617. The round's rules were
written from set 9's errors only: a coordinated speech verb shares the definite subject of the sentence's
first verb when the two agree in gender («واقتادت البحرية الإسرائيلية السفينة …، وقالت إن»); «وبصورة جلية»
is an adverbial of manner; a demonstrative after the verb is its object («وأعلنا ذلك لهم»); «وفقاً لما جاء في
صحيفة …» closing a sentence attributes the clause before it; a definite participle plural in «ـين» after a
verb of appeal is its addressee («ودعت المشجعين»), as is a known given name with ل written onto it («أعربت
لجون لوي ديماس»); a word in «بي…» is a name, not the «بـ» complement («جاين بيركن»، «زاهر بيراوي»); a title
aside set off by commas does not count against a homograph's reach («ووصف زاهر بيراوي، رئيس …، ما حدث
بأنه»); «والتعليم» in «وزير التربية والتعليم» is part of the title, not the name. After them: set 9 0.909 /
0.727 -> 0.921 / 0.899 (tuned; two of its Hermès quotes count only because the speaker phrase «جاين بيركن دار
«هيرميس»» now runs on into its object and shares a word with the label), set 7 0.710 -> 0.742, set 10 0.916 / 0.617 -> 0.916 / 0.636 (held out), every
other set and the seeds unchanged.

In the ninth round set 10 became a tuning set and set 11 was drawn and labelled, before any of that round's
rules and before the extractor was run on it: 6 SaudiNewsNet articles (`--draw saudinewsnet --seed 139 --n 6
--min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw ant --seed 139 --n 4 --min-chars 400
--max-chars 1500`), none in sets 1–10, 42 quotes. Same conventions; a footer that repeats a headline
statement counts («رابط الخبر …: «تويتــر» تعلن عن إيرادات …»), as do a statement nested in a quotation
(«إلا أنه قال إن الأمر بسيط», Ronaldo inside Zidane's words), an appeal's content after «إلى» («ودعت
المديرية … الأخوة اليمنيين …، إلى سرعة مراجعة …») and a position shown with «أبدى» («ويبدي المستثمرون قلقهم
حيال …»). Not counted: apologies («اعتذرت شركة ميتسوبيشي … لأسرى الحرب»، «وقدمت الفنانة فلة اعتذارها»).
First score (commit 7462579's extractor): detection F1 0.911, attribution F1 0.608. The round's rules were
written from set 10's errors only: a construct title points back to the name the article gave it («وقال رئيس
الحكومة» after «رئيس الحكومة الإسبانية، ماريانو راخوي»); «مشرفة»، «السيد»، «الرائد» are titles; «توعّد» and
«جدّد» (past only) are cues; an organisation's «لـ» complement («التحالف العربي لدعم الشرعية»، «المرصد السوري
لحقوق الإنسان») and a country after «لدى» are not names; «بقيادة» ends a name; the person met «خلال لقائه» is not
the speaker; a place then a rank before the name («في تعز العميد سمير الحاج»); event nouns and an indefinite
verbal noun right after a definite subject are the object of أكد/أعلن («مقتل»، «إصدار 6 تصاريح»); «أوضح ذلك
X» states the sentence before it; a prepositional phrase before a verb is not its subject. After them: set 10
0.916 / 0.636 -> 0.973 / 0.901 (tuned), set 8 0.818 -> 0.841, set 9 0.899 -> 0.911, set 11 unchanged at 0.911
/ 0.608 (held out: its errors are an addressee «الأخوة اليمنيين ممن …» after «دعت», «الشركة» for «تويتر»,
implicit subjects that should follow the group rather than the last source, the honorific «معالي», a hashtag
name «#فلة_الجزائرية», the host channel «النهار», «لنادي ريال» and an audience «لـ"سكاي نيوز عربية"»).

In the tenth round set 11 became a tuning set and set 12 was drawn and labelled, before any of that round's
rules and before the extractor was run on it: 6 SaudiNewsNet articles (`--draw saudinewsnet --seed 151 --n 6
--min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw ant --seed 151 --n 4 --min-chars 400
--max-chars 1500`), none in sets 1–11, 45 quotes. Same conventions; a governor's directive with its content
counts as a demand («وجه … بإحداث برامج …»، «وجه أمير نجران بتسهيل رحلة …»), as do an expression with its object
(«وعبر سموه عن سعادته بزيارة …»), a warning by campaigns, labelled with the celebrities who ran them («وشن بعض
المشاهير حملات إعلامية تحذر من مخاطر التطعيم»), and both layers of «وذكرت الوكالة أن كيم "قال إن …"». Not
counted: «وتحدث … عن تجنيده» (a topic, no content), «أن يعلنا بوضوح أننا …» (what the state should say) and
«واعتبرت آمال ماهر نجمة الدورة» (passive: "was considered"). First score (commit bc0e6c5's extractor): detection
F1 0.929, attribution F1 0.619. The round's rules were written from set 11's errors only: «الشركة» points back to
a website just quoted («موقع "تويتر"»); «ما تسمى» before a subject; «مسؤولية» as a stated position, and a listed
verbal noun after the subject opens the content before the verb's own preposition («أعلنت … مسؤوليتها عن»);
«معالي»، «فخامة»، «سماحة» as titles; a hashtag name («#فلة_الجزائرية» → «فلة الجزائرية»); a word with tanween
is never part of a name («حداً»); a name grows past two words only through links and names the NER gazetteer
knows; a quoted name after a detached «لـ» is an audience, not a quotation («لـ"سكاي نيوز عربية"»); a channel
after a preposition («على قناة "النهار"») is where it was said, not who said it; after a verb of appeal, a
participle plural in «ـين» after a definite noun is the addressee («دعت الوزارة المتقدمين»); a title mention
reaches past its «لـ» complement to the name («المدرب الفرنسي لنادي ريال مدريد الإسباني زين الدين زيدان»).
After them: set 11 0.911 / 0.608 -> 0.923 / 0.821 (tuned), set 12 unchanged at 0.929 / 0.619 (held out),
every other set and the seeds unchanged.

In the eleventh round set 12 became a tuning set and set 13 was drawn and labelled, before any of that
round's rules and before the extractor was run on it: 6 SaudiNewsNet articles (`--draw saudinewsnet --seed 163
--n 6 --min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw ant --seed 163 --n 4 --min-chars 400
--max-chars 1500`), none in sets 1–12, 47 quotes. Same conventions; a tweet written by a speaker counts («وكتب
ترودو في تغريدة: "…"»), as do «حسب ما ذكرت "رويترز"» closing the sentence it attributes, a declaration with a
nominal object («أعلنت مقدونيا استقلالها»), a belief with a named subject («لأنها [أثينا] تعتبر أن …») and a
statement nested in a speaker's words («كون الحوثيين أعلنوا الاستيلاء على …»). Not counted: «وعرض صور توضح …»
(showing pictures), «عارضت أثينا استخدام …» (opposition without a cue the conventions list) and «ويذكر حادث
الحافلة هذا بحادث …» ("recalls"). First score (commit d73862b's extractor, through 7dec286 unchanged): detection F1
0.933, attribution F1 0.756. The round's rules were written from set 12's errors only: «سموه»، «معاليه»،
«فخامته»، «سماحته» stand for the dignitary just named; «وكالة الأنباء X» keeps its whole name, not «الأنباء»; a
name written with «أل» («ألكساندرو رافيلا») is not an article word; a verbal noun after a title with a definite
genitive («رئيس اتحاد المسلمين») is the title's complement, and the name in the comma aside after a place
(«في الولاية، أفنين ألتينر،») is the speaker's, unless «مع نظيره» brought in someone else; a two-word name
after a place the gazetteer knows («السفير الصيني في كوريا الشمالية ليجين جون»); «وسط …» is an adverbial.
After them: set 12 0.929 / 0.619 -> 0.929 / 0.762 (tuned), set 13 unchanged at 0.933 / 0.756 (held out),
every other set and the seeds unchanged.

In the twelfth round set 13 became a tuning set and set 14 was drawn and labelled, before any of that round's
rules and before the extractor was run on it: 6 SaudiNewsNet articles (`--draw saudinewsnet --seed 173 --n 7
--min-chars 400 --max-chars 1500`, the seven drawn less 2015-08-07-00023, already in an earlier set) and 4 ANT
articles (`--draw ant --seed 173 --n 4 --min-chars 400 --max-chars 1500`), 44 quotes. Same conventions; an
attribution after the statement counts («وذلك حسبما أكدت مصادر متطابقة»، «كما أعلن مكتب النائب العام …» for
the sentence before), as do a comment with «أن» («علق الشيخ … على حادثة … أن …»), an accusation by a
participle («متهمين الحكومة بالتعدي على …»), condemnation by statements («بيانات منظمات … منددة بوحشية القصف»)
and a verbal noun of announcement with its object («رغم إعلان البنك أرباحا فاقت التوقعات»). Not counted:
thanks («معرباً عن شكره»), a request for anonymity («طالبة عدم نشر اسمها»), «ويؤكد هذا الإعلان معلومات …» (a
confirmation without content), «كثيرين يرون» (nobody in particular) and «وبين المقترحات» ("among"). First score
(commit cb396c8's extractor): detection F1 0.810, attribution F1 0.548. The round's rules were written from set
13's errors only: «حسب ما» written as two words, as «حسبما»; an agency's name in brackets («وكالة (ذا كنديان
برس)»); a quoted outlet name is not cut after its first word («صحيفة "واشنطن بوست" نقلا عن …»); a name after a
place that is an organisation («في الشرطة الملكية الكندية تيد مونرو»), but not a noun with its genitive
(«سيطرة المقاومة») or more of the place («بمحافظة صنعاء»); a one-word subject then a verbal noun («أعلنت
مقدونيا استقلالها»); a comma before the verb's object and brackets inside the speaker phrase do not end the
search for it («أعلنت حركة الشباب، مسؤوليتها»، «… العقيد ركن تركي المالكي، امتلاك …»), and a verbal noun
in an organisation's name after «باسم» is not the object («تحالف دعم الشرعية»). After them: set 13 0.933 /
0.756 -> 0.956 / 0.911 (tuned), set 11 0.821 -> 0.886, set 14 0.810 / 0.548 -> 0.795 / 0.554 (held out: one
more speaker right, and one quote lost, «…، بحسب ما ذكر النادي الكاتالوني، اليوم الثلاثاء، على موقعه»,
which the two-word «حسب ما» now reads as opening the rest of the sentence).

In the thirteenth round set 14 became a tuning set and set 15 was drawn and labelled, before any of that
round's rules and before the extractor was run on it: 6 SaudiNewsNet articles (`--draw saudinewsnet --seed 181
--n 6 --min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw ant --seed 181 --n 4 --min-chars 400
--max-chars 1500`), none in sets 1–14, 46 quotes. Same conventions; also counted: advice to an audience
(«وجه مسؤولو "صلة" المشجعين … الدخول على الموقع»), an admission as a participle («معترفين بوجود ضغط»),
«كشف … عن قيمة العقد», «أبدى اللاعب رغبته بالعرض», condemnation with its object («دان … نقل السفارة»), a
demand («وطالب … بتحقيق دولي»), an expectation («وتوقع ارتفاع عدد الضحايا») and a renewed appeal («وجدد
مناشدة المنظمات …»). An indefinite speaker is labelled as written («قائد للجيش في جنوب الفلبين», though the
next sentence names a general); «وقالت» after «لصحيفة غانا سبورتس اونلاين» is the paper's, and the masculine
«واضاف» after it goes back to the agent. Not counted: «تحدث … عن جهود المؤسسة» (a topic, not a statement),
«أعلن أسماء الفائزين», «ألقى كلمته», «ولم تعلن عدد التذاكر», a possible future announcement («وربما تعلن
إدارة الاتحاد …») and the writer's «يشار إلى أن» / «يذكر أن». First score (commit c321df1's extractor):
detection F1 0.881, attribution F1 0.667. The round's rules were written from set 14's errors and from
classes that recurred in sets 11–14: a fronted name with its title past five words («يذكر أن عبدالعزيز
كابراوي نائب وزير النقل الماليزي قال»); the name that closes a title's complement («المشرف على فرق الفنون
الشعبية هذال العتيبي»); a definite profession or role alone («الفنانة»، «المتهم») for the person last quoted
of its gender or last named after a title, and a role with its club («نجم ريال مدريد») for the player just
quoted; no year in a report's name («لعام 2016»); «وفق ما قاله X، الذين …» closes the sentence before it;
brackets after a prepositional adjunct are no speaker («في تغريدة … (تويتر)»); any subject of a speech verb
after «بحسب ما» is a source («بحسب ما ذكر النادي الكاتالوني»); collective addressees of appeals («ودعا الشعب»);
an indirect content ends at «، فيما». After them: set 14 0.795 / 0.554 -> 0.819 / 0.771 (tuned), set 12
0.762 -> 0.905, set 15 unchanged at 0.881 / 0.667 (held out). Left in set 14: «النادي الكاتالوني» for
برشلونة, «مشددا» with no comma before it, «متهمين الحكومة بالتعدي» (a participle after a plural subject),
«وطالبت بعض الأصوات … بوقف التصعيد» (a two-word content, below the three words a prepositional content
needs), and the statement «منددة» of «بيانات منظمات غير حكومية».

In the fourteenth round set 15 became a tuning set and set 16 was drawn and labelled, before any of that
round's rules and before the extractor was run on it: 6 SaudiNewsNet articles (`--draw saudinewsnet --seed 193
--n 6 --min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw ant --seed 193 --n 4 --min-chars 400
--max-chars 1500`), none in sets 1–15, 36 quotes. Same conventions; also counted: a complaint with its object
(«اشتكوا من الاعتداءات …»), a likening as a participle («مشبها إياهم بالغزاة …»), a denial with a nominal
object («نفى هذه الاتهامات»), criticism of a body («وانتقدت الجمعية هيئة الإشراف …»), a statement nested in a
clause about it («بعدما قال رئيسها إنه "لا صلاحية لنا …"», labelled with the body's head), «كتب ترامب على
تويتر "…"» and conclusions («وخلص التقرير إلى القول إن …»). Not counted: condolences and prayers («نقل …
تعازيه»، «سائلا الله …»), refusals of an action («رفضوا ذلك»), a challenge without content («وهو يتحدى
الملاكم»), «ولم يرد البيت الأبيض …», the footer repeat of a headline with no speech verb, and the writer's
«يشار إلى أن». First score (commit f39a83e's extractor): detection F1 0.787, attribution F1 0.590. The
round's rules were written from set 15's errors only: the name in the comma aside after a title with a bare
genitive («رئيس رابتورز، ماساي أوجيري،»); a rank and the name after a title that runs past a preposition of its
organisation's name («… والنهي عن المنكر الشيخ تركي الشليل»); a three- or four-word title mentioned earlier with
its name («الأمين العام للجامعة العربية، أحمد أبو الغيط»); «بحسب الوكالة التي أشارت إلى أن …» and «بحسب
الأناضول»; a feminine verb with no agreeing speaker takes the outlet it was said to («لصحيفة … وقالت»); no number
word in a name; no one-word name followed by a preposition after a role; «توقع» with a verbal-noun object,
«مناشدة» as a position. After them: set 15 0.881 / 0.667 -> 0.932 / 0.886 (tuned), set 16 unchanged at 0.787 /
0.590 (held out). Left in set 15: «وجه مسؤولو "صلة" المشجعين … الدخول» and «معترفين بوجود ضغط» (no cue),
«وبيَّن الشليل أن» (found since: «بيّن» with its shadda written is a cue, bare «بين» is "between"), «دان … نقل السفارة» (no cue, so the participle «مشددا» after it
takes the earlier speaker), «وطالب البلوي من المدرب اتخاذ …» and «أبدى اللاعب» (resolved to «سيتقاضى»).

In the fifteenth round set 16 became a tuning set and set 17 was drawn and labelled, before any of that
round's rules and before the extractor was run on it: 6 SaudiNewsNet articles (`--draw saudinewsnet --seed 205
--n 6 --min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw ant --seed 205 --n 4 --min-chars 400
--max-chars 1500`), none in sets 1–16, 50 quotes; two of the articles hold none (a workshop report and a
meeting report: «قدم … السياسات», «الجدير بالذكر أن»). Same conventions; also counted: an announcement with
«عن» and its object («أعلن البركاني عن المبادرة»), documents as the source («وأظهرت وثائق رسمية أن …»), a
relative clause's announcement inside a statement («الحكومة التي أعلنت الاستقلال عن إسبانيا»), an accusation
inside a report («لكنه اتهمه … بأنه عضو في تنظيم داعش», by «القضاء التركي»), an announcement of a death («أعلنت
… مقتل براكاش»), displeasure with its object («أعرب … عن استيائه من الهجوم …»), «بين» without its shadda where
it is the verb («الوفد المفاوض بين خلال الاتفاقية الضمانات …»), what is relayed from both sides («ونقل عن
الجانبين تأكيدهم على …») and a demand in a relative clause («التي طالب الجانب الفلبيني بوضعها كبنود»). Names are
labelled in full where the article gives them («عبدالله بن محمد القحطاني» for «يقول «القحطاني»»). Not counted:
«حسب رويترز.» after a statement already attributed («وتقول أستراليا إنه …»), «ولم يعلق … متحدث» and «ولم ترد
السفارة» (no reply), «أعتقد أن» inside the speaker's own quotation, the writer's «مع العلم أنه» and an opinion
column's own claims. First score (commit 4eb9086's extractor, speaker names from the entities):
detection F1 0.860, attribution F1 0.516 (speaker words precision 1.000, recall 0.813, 15 exact names of 24
attributed). The round's rules were written from set 16's errors only: a bare «بين» that opens a clause
(«وبين»، after a comma, «كما» or «من جهته») and introduces «أن» is the verb "explained" («من جهته بين رئيس
البرنامج … أن …»); a quoted name of up to six words right before «أن» belongs to the speaker phrase («التقرير
السنوي الذي نشرته "الجمعية …" أن …»); «خلص إلى أن» and «خلص إلى القول إن» (a conclusion); «اشتكى من» (a
complaint); «مهيباً» after a comma (the participle of «أهاب»); «قائلاً» after a speech verb whose titled subject
runs past five words, up to fourteen when a name closes it («وأوضح المتحدث … العقيد محمد عبدالرحيم العاصمي
قائلا …»); after an organisation's definite noun, a bare noun with a definite genitive is the addressee of an
appeal («ودعت الجمعية هيئة الإشراف على الانتخابات إلى …»); a lone circumstantial participle is no speaker
(«وأضاف متحديا "…"»). After them: set 16 0.787 / 0.590 -> 0.892 / 0.831 (tuned), set 17 unchanged at 0.860 /
0.516 (held out). By mistake, a before/after dump that listed set 17's quotes was displayed once after its
first score, before the rules were final; no rule was written from it, and set 17's errors have not been
read. Tried and dropped: «كتب» as a cue before a quotation («كتب ترامب على تويتر "…"»): «كتب» is also "books"
(«كتب تكفيرية تحث على القتال» lost its speaker). Left in set 16: «وطالبوا المسلحين بالمغادرة» (the subject is
the «الأهالي» of the clause before), «لكنه نفى هذه الاتهامات» (a demonstrative object), «مشبها إياهم بالغزاة»,
«وكتب ترامب على تويتر "…"», the announcement after a quoted name and a day («أعلنت الجمعية … "لا فساد"، الجمعة،
ارتفاعا …») and «قائلة» after «رئيسها» (feminine, so the association's).

Session 11 added a learned speaker chooser (`khabar.analyse.quotes.speakers`). It was trained on the first runs
of sets 3–16 (`benchmarks/quotes_first_runs.json`, see `scripts/train_speakers.py`), and set 17 only scored it:
attribution 0.516 -> 0.602, detection unchanged. Set 17's errors have still not been read.

Set 18 was then drawn and labelled, before the extractor (or the chooser) ran on it: 6 SaudiNewsNet articles
(`--draw saudinewsnet --seed 211 --n 6 --min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw ant
--seed 211 --n 4 --min-chars 400 --max-chars 1500`), 47 quotes; one article has none. Same conventions, read
as in sets 4-17: statements with a nominal object («أبدى رضاه عن المستوى», «أعلن التحالف … وقفا لإطلاق
النار»), welcome and appeal with their object («رحب … بوقف إطلاق النار», «حث … على وقف العمليات»), «تحدثت عن
اشتباكات», «محملا … مسؤولية …», «تطرق … عن المزايا», «استشهد … بـ"…"», «ينصح … بضرورة …», an outlet after «وفقا
لـ»; «يعتقد أن» without a subject and «يذكر أن» are the writer's, and «بعد إعلان أنقرة عن …» (a verbal noun
after a preposition) is left out. Where the article names no person, the label is the phrase it gives
(«السفير اليمني», «متحدثة باسم مكتب الممثل التجاري», «إدارة الرئيس الأميركي دونالد ترامب»). First score
(scored once, quotes_compare --base f0849e8): the rules alone 0.871 / 0.753, with the chooser 0.871 / 0.729.
Its errors have not been read.

Set 19 was drawn and labelled in session 12, before the extractor (or the chooser) ran on it: 6 SaudiNewsNet
articles (`--draw saudinewsnet --seed 223 --n 6 --min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw
ant --seed 223 --n 4 --min-chars 400 --max-chars 1500`), 35 quotes; one article (a football camp report) has
none. Same conventions: a named subject's «يرى» counts, as do a family's revelation («كشفت أسرة الطيار … أن»),
a clause closed by «بحسب صحيفة "مكة"», «حسب بيان للأمم المتحدة» and «حسبما ذكر بيان للمتحدث باسم المنظمة
الدولية» (the statement's owner), «وفقا لوكالة "رويترز"» and «وجاء في صحيفة لوباريزيان أن»; a title standing
for the person the article names later («يقول الخباز التونسي الأصل» → محمود المسدي). Not counted: thanks
(«أعربت … عن شكرها»), a hope («ويأمل أن يلتقي»), happiness without content of its own («عبر … عن سعادته»; the
«قائلا:» after it counts) and an agreement's provisions («ونص بيان الاتفاق … على»).
Set 18 then became a tuning set (its errors read for the first time): a title followed by the person's
name before what was said names that person («أوضح مندوب المملكة في الأمم المتحدة عبدالله المعلمي أن», «شدد
شيخ الأزهر الإمام أحمد الطيب على أن»), «مازحاً» and other manner words of the base form are no speaker, nor
is the verb they follow the speaker of a cue inside the quotation («وتابع مازحاً: "أعتقد …"»), and a place the
recogniser took for a person («أبو ظبي») is no candidate of the chooser. Set 18 0.871 / 0.729 -> 0.871 / 0.824;
the chooser was not retrained (see docs/figures.md).

Set 20 was drawn and labelled in session 13, before the extractor (or the chooser) ran on it: 6 SaudiNewsNet
articles (`--draw saudinewsnet --seed 227 --n 6 --min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw
ant --seed 227 --n 4 --min-chars 400 --max-chars 1500`), 42 quotes; every article has at least one. Same
conventions: a warning, an urging and an appeal with their object («حذّر … من التعامل», «حاثاً الجميع على»,
«داعيًا … إلى»), the press's speculation («وتكهنت الصحافة الإسبانية … باقتراب رحيل»), a clause closed by «كما
اعلنت الحكومة», «وبحسب البيانات» and «وأشارت البيانات» for the office whose data they are, «تقرير مفاده أن»,
«بيانات أظهرت أن», «وكتب … في مذكرة بحثية "…"», and a site's words named later for the body that runs it
(«قال موقع صحي رسمي في بريطانيا» → هيئة الخدمات الصحية الوطنية البريطانية), and, as in sets 2, 12 and 13,
an emotion with what it is about («عبر … عن سروره البالغ لزيارة عدن», «معبراً عن اعتزازه بالتعاون»; set 19
left out «عن سعادته الكبيرة بالفوز» because the «قائلا:» after it says what the happiness is). Not counted:
what a belief holds («وفقا للمعتقدات المسيحية»), a claim of responsibility («تبنى الهجوم»), keeping details
back («ترك الإفصاح عن التفاصيل»), an aim («يهدف إنريكي إلى») and the writer's «يذكر أن».

In session 13 set 19 became a tuning set (its errors read for the first time) and round 17's rules were
written from its errors and from those left in sets 18, 4 and 11, after set 20 was labelled: a kinship word
names a person as a title does («ابن عم الطيار الدكتور عبدالله العقيل»), «واختتم حديثه بقوله», an acronym
spoken to («لبي بي سي»), «ويرى أن "…"», «وجاء في صحيفة X أن», «… . وذلك وفقاً لـ X», no speech «أن» after a
modal or «بعد/قبل», «كما» as "also", a participle after a closed quotation, «سعادته» for the dignitary named
before, «ألقى X كلمة أشاد فيها», a title with a place («مفتي أستراليا»), «ضرورة أن». Set 19 0.928 / 0.725 ->
0.972 / 0.944 (tuned); set 20, scored once after the round (quotes_compare --base 3457d14): 0.880 / 0.720
before and after, unchanged. Set 20's errors have not been read.

Set 21 was drawn and labelled in session 14, before the extractor (or the chooser) ran on it: 6 SaudiNewsNet
articles (`--draw saudinewsnet --seed 229 --n 6 --min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw
ant --seed 229 --n 4 --min-chars 400 --max-chars 1500`), 39 quotes; every article has at least one. Same
conventions: an emotion with what it is about («أعرب … عن استغرابه من تناقض تصريحات …»), a statement nested
in another with its own speaker («ما أشار إليه الرئيس الإيراني … بشأن رغبة إيران …»; «وقال البيت الأبيض إن
وزير الدفاع … يرى أن …», both the White House and the minister), «وجدد أن», a memo's words and its definition
(«وجاء في المذكرة أن», «وتعرف المذكرة هؤلاء بأنهم "…"», «وأضافت أن»), criticism with its object and the
description after it («وانتقدت اللجنة … الخطوة ووصفتها بأنها …», two quotes), an accusation with its «بـ»
content («واتهمته بنشر أخبار كاذبة», by «السلطات»), «أفادت تقارير بأن», and a confidential document as the source
(«ووفقا لوثيقة سرية … فقد اقترحت …»). One quote holds a whole direct turn, first-person cues inside it included
(«قائلا: نحن جميعا … وأطالب الجميع … وأؤكد بأننا …»). Not counted: what a campaign stresses («وتأكيد أهمية
التقيد»), a passive charge with no speaker («الذي وجهت له اتهامات»), what a sermon's hints suggest in the
speaker's reading («وما تضمنته الخطبة من إشارات توحي …»), a page footer that repeats a headline with no
statement in it, and the writer's «يذكر أن».

In session 14 set 20 became a tuning set (its errors read for the first time) and round 18's rules were
written from them, after set 21 was labelled: «وخلال اللقاء عبر …» (a homograph verb after a short opening
adverbial), a title with «في» and a place for the person named with it, «في مقره» (no participle of «أقر»),
«تكهن بـ», «حاثاً على», «كتب» before a quotation, «بيانات أظهرت أن», «تقرير مفاده أن», «البيانات» for the source
just quoted, no issuer's name from a verb after «في بيان» («تلقت»), a time word before the subject. Set 20
0.880 / 0.720 -> 0.988 / 0.940 (tuned); set 21, scored once after the round (quotes_compare --base 88c5257):
0.904 / 0.685 before and after, unchanged. Set 21's errors have not been read.

Set 22 was drawn and labelled in session 14, after round 18 and before the extractor (or the chooser) ran on
it, as the held-out set of the next round: 6 SaudiNewsNet articles (`--draw saudinewsnet --seed 233 --n 6
--min-chars 400 --max-chars 1500`) and 4 ANT articles (`--draw ant --seed 233 --n 4 --min-chars 400
--max-chars 1500`), 28 quotes; every article has at least one. Same conventions: a pledge with its «بـ» content
(«وعد … أنصار ناديه بالعمل …», «كما وعدت إدارة النادي اللاعبين بتقديم …»), an announcement nested in a
disclosure («كشفت مصادر … عن إعلان عدد من أعضاء شرف النادي تقديم مكافآت …», both), what a spokesman said
someone did («أوضح المتحدث … أن مدير الدفاع المدني … قدم تعازيه …»), the page footer that repeats a headline
statement («رابط الخبر بصحيفة الوئام: كلينتون :لم أرسل …»), findings and conclusions («وجدوا أن», «ووجدت
الدراستان أن», «وخصلت النتائج إلى أن»), a confirmation with a nominal object («وأكد البحث … ما كشفته دراسة …»),
«المصدر» and «الباحثون» labelled with the source named before. Not counted: thanks («مقدما شكره»), a reassurance
without content («وطمأن الزويهري الجماهير حول …»), a prayer («سائلا الله»), a refusal to act («رفض اللعب
كمدافع»), a study's method («واعتمدت الدراسة على …»), information as a source («معلومات … تفيد بقيام …»), a
physical finding («وجد الطفل في حالة صعوبة تنفس») and the writer's «يذكر أن».

Scoring as `evaluate_quotes`: detection when content spans overlap by at least half of the shorter span
(one-to-one); attribution when, in addition, the predicted speaker name and the label share a word of the
name (normalised, clitic-free). That test is lenient: «نتانياهو» for «بنيامين نتانياهو» and «بأمانة المنطقة
محمد الصفيان» for «محمد الصفيان» both pass. So `speaker_words` says how good the attributed names are: over the
attributed quotes, the mean share of the predicted name's words that are the label's (precision: no title,
place or sentence words glued on) and of the label's words that the name gives (recall: the full name), each
word compared by `canonical_key`, and `exact`, the count of names with the label's words exactly. Articles go
through the pipeline's steps before quotes (`with_entities`), so speaker names follow the entity mentions as
in `khabar analyze`.

    .venv/bin/python benchmarks/quotes_handcheck.py [--set 1|2|...|22] [--verbose] [--data PATH] [--ant PATH]
    .venv/bin/python benchmarks/quotes_handcheck.py --draw saudinewsnet|ant --seed N --n K  # print a draw
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from khabar.analyse.article import pipeline_quotes
from khabar.analyse.entities import canonical_key
from khabar.analyse.quotes import default_speaker_key
from khabar.model import Article, Span

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data" / "saudinewsnet" / "articles.jsonl.gz"
ANT = ROOT / ".." / "shared" / "data" / "ant" / "articles.jsonl.gz"
DRAW_CUES = ("قال", "أكد", "أوضح", "أشار", "ذكر")

# (article id, speaker, content starts with, content ends with)
LABELS: list[tuple[str, str, str, str]] = [
    ("2015-07-26-00672", "وزارة الخارجية البحرينية", "هذه الممارسات الهمجية", "على صونها وحمايتها"),
    ("2015-07-23-00125", "وزارة العمل الأمريكية", "عدد الطلبات الجديدة", "المنتهي في 18 يوليو تموز"),
    ("2015-07-23-00125", "صندوق النقد الدولي", "اليابان من الإفراط", "لتعزيز اقتصادها"),
    ("2015-07-31-00056", "عدنان يوسف", "ركن المنحوتات يتكون", "وميداليات , وأقلام"),
    ("2015-07-31-00056", "عدنان يوسف", "النحت بواسطة أداة", "المعادن بجميع أنواعها"),
    ("2015-07-31-00056", "عدنان يوسف", "المحل يركز على", "لا تتجاوز الـ4 مليمترات"),
    ("2015-07-31-00056", "أسامة محمد", "أسعار النحت على الأساور", "ريالا للحبة الواحدة"),
    ("2015-08-06-00461", "الحكومة الهندية", "قطارين سريعين", "واصابة 100 آخرين"),
    ("2015-08-06-00461", "وزارة السكك الحديدية", "12 عربة من قطار", "قبيل منتصف الليل"),
    ("2015-08-06-00461", "انيل ساكسين", "نحن نحاول انقاذ", "عن ركاب محصورين."),
    (
        "2015-07-21-01897",
        "الهيئة السعودية للمواصفات والمقاييس والجودة",
        "وجود (77) وظيفة",
        "الموضحة لكل وظيفة",
    ),
    (
        "2015-07-21-01897",
        "الهيئة السعودية للمواصفات والمقاييس والجودة",
        "سوف يتم استقبال",
        "الموافق 22 / 9 / 1436هـ",
    ),
    (
        "2015-07-21-01897",
        "الهيئة السعودية للمواصفات والمقاييس والجودة",
        "الهيئة على الراغبين",
        "الوظائف وشروط شغلها",
    ),
    ("2015-07-21-02619", "نزار السليماني", "المسرحية احتوت على", "والجسيس الحجازي"),
    ("2015-07-21-02619", "نزار السليماني", "أحداث المسرحية جرت", "سورها عام 1947م"),
    ("2015-08-06-00667", "جوزيه مورينيو", "فريقه سيواجه منافسة", "مع لاعبين بارزين"),
    ("2015-08-06-00667", "جوزيه مورينيو", "منذ عام واحد", "لم نحرز لقب الدوري"),
    ("2015-08-06-00667", "جوزيه مورينيو", "هذا العام يمكن", "لأنها لم تحرز اللقب"),
    ("2015-08-06-00667", "جوزيه مورينيو", "ربما أكون مخطئا", "لاعبي بعض الدول"),
    ("2015-08-06-00667", "جوزيه مورينيو", "كان من المعتاد", "إلى الأندية الصاعدة"),
    ("2015-08-10-00810", "مسؤول محلي يمني", "المقاومة الشعبية تحاصر", "من جميع الاتجاهات. "),
    ("2015-08-10-00810", "حسين صالح الجنيدي", "المقاومة تمكنت من", "لودر من جميع الاتجاهات"),
    ("2015-08-10-00810", "حسين صالح الجنيدي", "غارات عنيفة شنها", "دوي انفجارات عنيفة"),
    ("2015-08-10-00810", "حسين صالح الجنيدي", "هناك العديد من أسرى", "لدى المقاومة الشعبية"),
    ("2015-08-10-00810", "حسين صالح الجنيدي", "ماهي إلا ساعات", "الحوثيين وقوات صالح"),
    ("2015-08-06-01249", "بيب جوارديولا", "لاعبه السابق لم يكن", "آخر ثلاثة مواسم"),
    ("2015-08-06-01249", "بيب جوارديولا", "شفاينشتايجر (31 عاما)", "أن يبتعد عن الإصابات"),
    ("2015-08-06-01249", "بيب جوارديولا", "إذا لم يتعرض", "مع مانشستر يونايتد"),
    ("2015-08-06-01249", "بيب جوارديولا", "لسوء الحظ وعلى", "حدوث ذلك."),
]

# A second set labelled after the rules were adjusted on the first (seed 23, 300–1,100 characters, any of
# قال أكد أوضح أشار ذكر): held out at first, read in issue 5's second round (see the module docstring).
LABELS_2: list[tuple[str, str, str, str]] = [
    ("2015-08-10-00653", "فينسن لابرون", "مساعد المدرب فرانك", "بيلسا الملقب بـ"),
    ("2015-08-10-00653", "فينسن لابرون", "قررت إعطاء مسؤولية", "فرانك باسي بشكل مؤقت."),
    ("2015-08-10-00653", "فينسن لابرون", "فوجئت مثل كل", "تمديد عقده قبل أسابيع."),
    ("2015-08-10-00653", "مارسيلو بيلسا", "«موقف عدم الاستقرار»", "غير مقبول بالنسبة له"),
    ("2015-08-10-00653", "مارسيلو بيلسا", "توصلنا لاتفاق من أجل", "تغييرات في العقد."),
    ("2015-08-10-00653", "مارسيلو بيلسا", "لم أدخل في مفاوضات", "واتخذت قراري."),
    ("2015-08-10-00653", "رئيس مرسيليا فينسن لابرون", "شهد اجتماع الأربعاء", "«تفاصيل فنية» فقط"),
    ("2015-08-10-00653", "مارسيلو بيلسا", "بسبب نزاع", "يتعلق بعقده"),
    ("2015-07-25-01458", "العنود", "سعادتها بالتأهل", "العاصمة الإماراتية أبو ظبي"),
    ("2015-07-25-01458", "العنود", "أنها تطمح في", "الـ 7 أشهر المقبلة"),
    ("2015-07-25-01458", "العنود", "سباق الاتحاد بالوثبة أهلها", "في شهر سبتمبر المقبل"),
    ("2015-07-25-01458", "العنود", "حلمي الوصول إلى", "في هذا المجال"),
    ("2015-08-11-00638", "علي بن عويض المشرافي", "هذا التكريم يأتي", "الصحية بكافة قطاعاتها"),
    ("2015-07-22-00202", "وكالات الأنباء", "الذاكرة الجديدة تربط", "أنواع المعلومات فيها"),
    ("2015-07-22-00202", "المخترع أليكسي تشوركين", "سيعرض المنتج الجديد", "بعد 14 شهرا"),
    ("2015-07-22-00202", "المخترع أليكسي تشوركين", "يسمح الجهاز بتعريف", "المستخدم وكلمة المرور"),
    ("2015-07-21-01038", "ممدوح العنزي", "مركز التحكم والتوجيه", "للدفاع المدني بمدينة تبوك. "),
]
# Set 3, held out in issue 5's first round, tuned on in the second (see the module docstring). A fifth
# field, when present, is a text the content follows
# (the page-footer repeat of a headline whose words also occur earlier).
LABELS_3: list[tuple[str, ...]] = [
    ("2015-07-21-00810", "بعضهم", "رِضَاب بكسر الراء", "بكسر الراء"),
    ("2015-07-21-00810", "المختار", "(الرُّضَاب)", "بالضمة: الرّيق"),
    ("2015-07-21-00810", "المعجم الوسيط", "(الرُّضاب)", "رُضَاب: عَذْب"),
    ("2015-07-21-00810", "الوسيط", "رَضَبَ المطر رَضْبًا", "وجمعه مَرَاضِب"),
    ("2015-08-01-00643", "بيان القوات البحرية الباكستانية", "باكستان استلمت قيادة", "للمرة الثامنة"),
    (
        "2015-08-01-00643",
        "بيان القوات البحرية الباكستانية",
        'الأدميرال "معظم إلياس" تم',
        "تحت قيادة القوات البحرية الباكستانية",
    ),
    ("2015-07-22-01115", "فالديس دومبروفسكيس", "اليونان ستحصل على قرض", "بقيمة 3.5 مليار يورو"),
    (
        "2015-07-22-01115",
        "بيان للدول الأعضاء في الاتحاد الأوروبي",
        "سيتم صرف القرض",
        "لصندوق النقد الدولي أيضا",
    ),
    ("2015-07-22-01115", "فالديس دومبروفسكيس", "الاتفاق النهائي على برنامج", "يوم 20 أغسطس"),
    ("2015-07-22-01115", "فالديس دومبروفسكيس", "تخفيف أعباء ديون اليونان", "برنامج الإنقاذ الجديد"),
    ("2015-08-07-01463", "والدته", "إني مؤمنة بقضاء", "كأقرانه الأصحاء"),
    ("2015-08-07-01463", "والدته", "أنها عرضت حسين", "في مركز طبي متقدم"),
    ("2015-08-07-01463", "الأطباء المتخصصين", "علاج صغيرها متوافر", "في مركز طبي متقدم"),
    ("2015-08-07-01463", "والدته", "تكاليف علاج حسين مرتفعة", "من ذوي الدخل المحدود"),
    ("2015-08-07-01463", "والدته", "أنها تمتلك الكثير", "في أسرع وقت"),
    ("2015-07-23-00126", "سي.ان.ان ترك", "جنديا تركيا قتل", "قرب بلدة كِلِس التركية"),
    ("2015-08-06-02235", "نجيب عبد الرزاق", "قطعة من جناح طائرة", "في رحلتها رقم إم إتش 370"),
    ("2015-08-06-02235", "نجيب عبد الرزاق", "الفريق الدولي من الخبراء", "من الرحلة إم إتش 370"),
    ("2015-08-06-02235", "الفريق الدولي من الخبراء", "حطام الطائرة الذي عثر", "من الرحلة إم إتش 370"),
    ("2015-08-06-02235", "ماليزيا", "العثور على حطام طائرتها", "طائرتها المفقودة"),
    ("2015-07-21-01920", "المديرية العامة لحرس الحدود", "توفر 600 وظيفة شاغرة برتب", "وجندي أول )"),
    ("2015-07-21-01920", "محمد بن سعد الغامدي", "إجراءات القبول على الوظائف", "https://jobs.fg.gov.sa/"),
    ("2015-07-21-01920", "المديرية العامة لحرس الحدود", "توفر 600 وظيفة شاغرة", "وظيفة شاغرة", "رابط الخبر"),
    ("AL-culture-543-20180630", "محمد رمضان", "رد صادم تعرض له", '"عوالم خفية"'),
    ("AL-culture-543-20180630", "محمد رمضان", "أنه سعى من أجل", "بثلاثة أشهر"),
    ("AL-culture-543-20180630", "محمد رمضان", "يا محمد أنا طالب", "مع أستاذ عادل"),
    ("AL-culture-543-20180630", "إيناس بكر", "الزعيم رفض تواجده", "الزعيم رفض تواجده"),
    ("AL-culture-543-20180630", "محمد رمضان", "أنه إن لم يحلم", "ليست نهاية العالم"),
    ("AL-culture-543-20180630", "محمد رمضان", "الأمر لم يجعله يشعر", "الوقوف أمام الزعيم"),
    ("SK-middleEast-1375-20180501", "محمود عباس", "أنه أجهض مخططا", "ذات حدود مؤقتة"),
    ("SK-middleEast-1375-20180501", "محمود عباس", "تلقى عرضا من مرسي", "ليعيش عليها الفلسطينيون"),
    ("SK-middleEast-1375-20180501", "محمود عباس", "في أيام مرسي عرض", "اسمه إيغور آيلاند"),
    ("SK-middleEast-1375-20180501", "محمود عباس", 'هذا المشروع "تصفوي', "بصراحة لمرسي"),
    ("SK-middleEast-1375-20180501", "محمود عباس", "حركة حماس أبدت موافقتها", 'ذات الحدود المؤقتة" ككل'),
    ("SK-middleEast-1375-20180501", "حركة حماس", "موافقتها على مشروع", "ككل"),
    ("AL-sport-1566-20180515", "اتحاد القدم السعودي", "نأسف لتجاهل الاتحاد", "في المؤتمر الصحفي"),
]
# Set 4, held out for the second round of issue 5 (see the module docstring): drawn and labelled before any
# rule of that round was written and before the extractor was run on these articles.
LABELS_4: list[tuple[str, ...]] = [
    ("2015-08-02-00187", "مسح عرب آد", "تصدر «البنك السعودي للاستثمار» قائمة", "على مستوى الشرق الأوسط"),
    ("2015-08-04-01100", "مسح رويترز", "وصل فيه إنتاج أوبك إلى أعلى", "في يوليو تموز"),
    ("2015-08-04-01100", "بيجن زنغنه", "من المتوقع أن تزيد إيران", "في غضون أشهر"),
    ("2015-08-04-01100", "مسح رسمي", "توقف النمو في شركات", "في الداخل والخارج"),
    ("2015-08-10-00842", "سامسونج إلكترونيكس", "تضمن معدل تنشيط سلس", "بنظام التشغيل أيه.إم.دي"),
    ("2015-08-06-00952", "نبيل بن محمد آل صالح", "بمواقف حزب العمال الأسترالي الداعمة", "على أرضه بسلام"),
    ("2015-08-06-00952", "نبيل بن محمد آل صالح", "المواقف الثابتة والتاريخية", "وعاصمتها القدس المحتلة"),
    ("2015-08-06-00952", "حزب العمال الأسترالي", "موافقته على اقتراح", "التعسفية بحق الفلسطينيين"),
    ("2015-08-06-00952", "إبراهيم أبو محمد", "بدور المملكة في احتضان", "العرب والمسلمين"),
    ("2015-08-06-00952", "إبراهيم أبو محمد", "تقدير وامتنان الجاليات", "حزب العمال الأسترالي"),
    ("2015-08-10-01600", "عبدالرحمن حبيب", "اهتمام الوزارة لتطوير", "والتنمية المستدامة"),
    ("2015-08-10-01600", "رشيد بن هاشم رشيد", "الورشة التحضيرية لفريق", "والروابط المساعدة للفريق"),
    ("2015-08-01-01091", "خلف الله الطويرقي", "إنجاز أكثر من 12 ألف", "بإصدار هوية زائر لهم"),
    ("2015-08-01-01091", "خلف الله الطويرقي", "جاهزية القوة العاملة", "استيفاء جميع المتطلبات"),
    ("2015-08-01-01091", "خلف الله الطويرقي", "بتعاون الجهات الأمنية", "متخصص لفحص الوثائق"),
    ("2015-08-01-01091", "خلف الله الطويرقي", "عملية تصحيح أوضاع اليمنيين تمر", "بطاقة زائر فورا"),
    ("2015-08-01-01091", "خلف الله الطويرقي", "بعد الفحص والتأكد", "تطبع له بطاقة زائر"),
    ("2015-08-01-01091", "خلف الله الطويرقي", "باليمنيين، ممن تنطبق", "في المملكة بشكل نظامي"),
    ("FR-sport-272-20180720", "نيمار", "بقاءه في صفوف نادي", "باريس سان جرمان الفرنسي"),
    ("FR-sport-272-20180720", "نيمار", "استمراره اللعب", "باريس سان جرمان الفرنسي"),
    ("FR-sport-272-20180720", "نيمار", "أنا باق، أنا باق", "لدي عقد"),
    ("FR-sport-272-20180720", "ريال مدريد", "تحضيره عرضا لضم نيمار", "تحضيره عرضا لضم نيمار"),
    ("FR-sport-272-20180720", "ريال مدريد", "في ضوء المعلومات المتكررة", "تقديم عرض للاعب"),
    ("FR-sport-272-20180720", "ريال مدريد", "العلاقة بين الناديين رائعة", "الاتصال بالنادي الباريسي"),
    ("AL-internationalNews-1427-20180602", "إندبندنت", "حزب المحافظين الحاكم عاقب", "عبر موقع #فيسبوك"),
    ("AL-internationalNews-1427-20180602", "متحدث باسم الحزب", "تم وقف العضو", "فيما نشره من تعليقات"),
    ("AL-internationalNews-1427-20180602", "ستيفن أردلي", "انتخاب عمدة مسلم", "أمر لا يُصدق"),
    ("AL-internationalNews-1427-20180602", "ستيفن أردلي", "من انتخبوه بأنهم", "مصابون بالعمى"),
    (
        "AL-internationalNews-1427-20180602",
        "المجلس الإسلامي البريطاني",
        "حزب المحافظين إلى التحقيق",
        "في أوساطه",
    ),
    (
        "AL-internationalNews-1427-20180602",
        "المجلس الإسلامي البريطاني",
        "بإجراء تحقيق مستقل",
        "ممارسات إسلاموفوبية",
    ),
    (
        "AL-internationalNews-1427-20180602",
        "رسالة المجلس الإسلامي البريطاني",
        "الخطابات العلنية التي",
        "فضلا عن موظفين بالحزب",
    ),
    ("AL-internationalNews-1427-20180602", "حزب المحافظين", "يأخذ كافة هذه الحوادث", "وفتح تحقيق فورا"),
    (
        "SK-internationalNews-1605-20180516",
        "كريستوفر راي",
        "مكتب التحقيقات أمامه 1000 تحقيق يتعلق",
        'بإرهابيي الداخل"',
    ),
    (
        "SK-internationalNews-1605-20180516",
        "كريستوفر راي",
        "منفذي ومدبري الهجمات",
        "لمكتب التحقيقات الاتحادي",
    ),
    (
        "SK-internationalNews-1605-20180516",
        "مسؤول إنفاذ القانون",
        "أفراد اتخذوا غالبا",
        "وسائل التواصل الاجتماعي",
    ),
    (
        "SK-internationalNews-1605-20180516",
        "كريستوفر راي",
        "مكتب التحقيقات أمامه حوالي",
        "التي تخص إرهاب الداخل",
    ),
    ("SK-internationalNews-1605-20180516", "كريستوفر راي", "ومما يصعب الأمر", "والأسلحة النارية"),
    (
        "SK-internationalNews-1605-20180516",
        "كريستوفر راي",
        "مكتب التحقيقات أمامه 1000 تحقيق آخر",
        "يتعلق بإرهابيي الداخل",
    ),
    ("SK-internationalNews-1605-20180516", "مسؤول إنفاذ القانون", "المتطرفين اليمينيين", "ضمن هذه الفئة"),
    (
        "SK-middleEast-1100-20180417",
        "الوفد الدائم للمملكة لدى الأمم المتحدة",
        "فوز المملكة جاء",
        "في نيويورك",
    ),
    ("SK-middleEast-1100-20180417", "بيان الوفد الدائم للمملكة", "هذا الفوز يجسد", "وعلى الأصعدة كافة"),
]
# Set 5, held out for the third round of issue 5 (see the module docstring): drawn and labelled before any rule of
# that round was written and before the extractor was run on these articles.
LABELS_5: list[tuple[str, ...]] = [
    ("2015-07-26-00759", "عبدالله خضران", "أهمية إحضار المرشح", "المفاضلة المُعدة لذلك"),
    ("2015-07-22-01215", "وزارة البترول المصرية", 'شركة "إيني" الإيطالية حققت', "شمال شرق مدينة الإسكندرية"),
    ("2015-07-22-01215", "بيان للوزارة", "الشركة ذكرت أن الكشف", 'عصر"البلايوسين"'),
    ("2015-07-22-01215", "شركة إيني", "الكشف (نيدوكو شمال", 'عصر"البلايوسين"'),
    ("2015-07-22-01215", "شركة إيني", "التقديرات المبدئية للكشف", "على بعد 25 كلم جنوب شرق"),
    ("2015-08-06-01233", "آندي كار", "العطاء المستمر والجهود", "المكانة العالمية المرموقة"),
    ("2015-08-06-01233", "آندي كار", "الانجازات التي حققتها الشركة", "بروح الفريق الواحد"),
    ("2015-07-21-01483", "مشاري البلام", "يصعب تحديد الأفضل", "أفضل ما لديهم"),
    ("2015-07-21-01483", "مشاري البلام", "لا نستطيع القول إن", "مجال لتشتته"),
    ("2015-07-21-01483", "مشاري البلام", "طبعا يأتي في المرتبة الأولى", "الأصدقاء والزملاء"),
    ("2015-07-24-00187", "بلقيس فتحي", "أنا زي ما أنا، ومن المفترض", "الفنان أرقى وأفضل"),
    ("2015-07-24-00187", "بلقيس فتحي", "تحب اللهجة الجنوبية", "من التراث الجنوبي"),
    ("2015-07-24-00187", "بلقيس فتحي", "عاشت أسوأ أيامها إبان", "اللاعب نايف هزازي"),
    ("2015-07-24-00187", "بلقيس فتحي", "بالفعل عاشت أسوء أيامها", "في الوقت الحالي"),
    ("2015-07-31-01330", "فيصل يماني", "البعد الإبداعي حضر", "على الإبداع الفني"),
    ("2015-07-31-01330", "فيصل يماني", "عروض الصوت والضوء تتم", "وزاوية الميل"),
    (
        "BB-middleEast-460-20180506",
        "مراسل لتلفزيون المنار",
        "تقارير عن تمديد التصويت",
        "الناخبين أمام اللجان",
    ),
    ("BB-middleEast-460-20180506", "مشيل عون", "الناخبين إلى التوجه إلى لجان", "والإدلاء بأصواتهم"),
    ("BB-middleEast-460-20180506", "مراقبين", "النتائج الأولية قد تبدأ", "مساء الأحد"),
    ("AL-internationalNews-1995-20180720", "دان كوتس", "من الممكن فنياً أن تتخلص", "للأسلحة النووية خلال عام"),
    ("AL-internationalNews-1995-20180720", "دان كوتس", "حدوث ذلك ليس مرجحاً", "حدوث ذلك ليس مرجحاً"),
    (
        "AL-internationalNews-1995-20180720",
        "جون بولتون",
        "كوريا الشمالية يمكنها نزع",
        "السلاح النووي خلال عام",
    ),
    ("AL-internationalNews-1995-20180720", "دان كوتس", "الأمر ممكن فنياً لكن", "على الأرجح لن يحدث"),
    ("AL-internationalNews-1995-20180720", "دان كوتس", "أعتقد أن وزير (الخارجية", "مما يظن أغلب الناس"),
    ("AL-internationalNews-1995-20180720", "مايك بومبيو", "هذا صعب، سوف يستغرق", "هذا بعض الوقت"),
    ("AL-internationalNews-1995-20180720", "مايك بومبيو", "إطاراً زمنياً أطول أمداً", "إطاراً زمنياً أطول أمداً"),
    (
        "SK-middleEast-3495-20180902",
        "المتحدث باسم التحالف العربي لإعادة الشرعية",
        "اعترضت قوات الدفاع الجوي السعودي",
        "باتجاه جازان",
    ),
    ("SK-middleEast-3495-20180902", "تركي المالكي", "قوات الدفاع الجوي السعودي اعترضت", "فقامت بتدميره"),
    ("SK-middleEast-3495-20180902", "تركي المالكي", "الصاروخ الذي أطلق بطريقة", "وقوع أي إصابات"),
    ("SK-middleEast-3495-20180902", "التحالف العربي", "أعمال الحوثي العدائية", "الإقليمي والدولي"),
    ("SK-internationalNews-2242-20180621", "جاسيندا آردين", "لست اول امرأة تقوم", "فعلن ذلك قبلي"),
    ("SK-internationalNews-2242-20180621", "جاسيندا آردين", "خبر حملها", "خبر حملها"),
    ("SK-internationalNews-2242-20180621", "جاسيندا آردين", "تعتزم أخذ إجازة أمومة", "نائبها وينستون بيتيرس"),
]
# Articles of set 3 with no quote (labelled, so that anything found there counts against precision).
# Set 6, held out for the fourth round of issue 5 (see the module docstring): drawn and labelled before any
# rule of that round was written and before the extractor was run on these articles.
LABELS_6: list[tuple[str, ...]] = [
    ("2015-08-01-00160", "آرسين فينغر", "حارس المرمى الجديد", "إلى مانشستر يونايتد عام 2005"),
    ("2015-08-01-00160", "آرسين فينغر", "قبل انتقاله إلى تشيلسي", "كان أسرع منا قليلا"),
    ("2015-08-01-00160", "آرسين فينغر", "إنه يمتلك مزيجًا رائعًا", "كرة القدم الإنجليزية"),
    ("2015-08-01-00160", "آرسين فينغر", "انتقاله يشبه ما حدث", "ولا يعاني إصابات خطيرة"),
    ("2015-08-07-00023", "نادي مانشستر سيتي", "تمديد عقده معه", "لعامين إضافيين"),
    ("2015-08-07-00023", "فيران سوريانو", "نحن سعداء بالتوصل", "في المواسم المقبلة"),
    ("2015-08-07-00023", "منتقدون", "المدرب التشيلي سيواجه الإقالة", "في 2014 من تشيلسي"),
    ("2015-08-07-00023", "مانويل بليجريني", "فريقه سيقدم موسما", "جيدا للغاية"),
    ("2015-08-07-00023", "مانويل بليجريني", "أنا فخور لأنني", "تمديد التعاقد بيننا"),
    ("2015-08-07-00023", "مانويل بليجريني", "لدي مجموعة جيدة جدا", "دوما جمهورنا الرائع"),
    ("2015-07-21-00689", "أمانة الرياض", "بعدم تكرار ما حدث", "ضمن فعاليات عيد الفطر المبارك"),
    ("2015-07-21-00689", "إبراهيم الدعيلج", "أحد الممثلين في سياق العرض", "وخروجه من موقع الفعالية"),
    ("2015-07-21-00689", "بيان أمانة الرياض", "شروط التعاقد مع المتعهدين", "وفق الضوابط الأخلاقية"),
    ("2015-07-27-01230", "والدة الفتاة المختفية", "ساعدوني في العثور", "على ابنتي"),
    ("2015-07-27-01230", "والدة الفتاة المختفية", "خرجت وابنتي من المنزل", "منذ ذلك اليوم"),
    ("2015-07-27-01230", "والدة الفتاة المختفية", "لم أر أي سيارة", "وتدرس في الكلية"),
    (
        "2015-07-27-01230",
        "الناطق الإعلامي بشرطة القصيم",
        "الأجهزة الأمنية تقوم بتحرياتها",
        "لكشف غموض الواقعة",
    ),
    ("2015-07-24-01204", "حسن بن بدر القصيبي", "حالة الشخصين الصحية مستقرة", "بعد تلقي العلاج اللازم"),
    ("2015-07-24-01204", "حسن بن بدر القصيبي", "حرس الحدود يهيب بجميع", "وعلى مدار الأربع وعشرين ساعة"),
    ("2015-07-24-01204", "حرس الحدود", "التقيد بتعليمات السلامة", "وعلى مدار الأربع وعشرين ساعة"),
    ("2015-07-25-01133", "وزارة العمل", "تم إيقاف تسجيل واستقبال", "خدمة إصدار التأشيرات"),
    ("2015-07-25-01133", "وزارة العمل", "إصدار تأشيرات الأفراد", "عبر «مساند»", "رابط الخبر"),
    ("FR-internationalNews-1681-20180607", "آن هيدالغو", "منح رجب هذا اللقب", "عدم احترام حرية التعبير"),
    ("FR-internationalNews-1681-20180607", "آن هيدالغو", "حرية التعبير وحرية الإعلام", "نطالب بإطلاق سراحه"),
    ("FR-internationalNews-1681-20180607", "بيان آن هيدالغو", "رجب سجن عام 2016", "من دخول البحرين"),
    (
        "SK-internationalNews-3339-20181007",
        "وكالة الحماية المدنية البرتغالية",
        "الحريق، الذى اندلع",
        "بجروح طفيفة بسبب الحريق",
    ),
    (
        "SK-internationalNews-3339-20181007",
        "المتحدث باسم الدفاع المدني",
        "لا تزال هناك جبهتان",
        "بما يشعرنا بالقلق",
    ),
    (
        "SK-internationalNews-3339-20181007",
        "المتحدث باسم الدفاع المدني",
        "الطائرات التي تضخ المياه",
        "بعد ليلة صعبة",
    ),
    (
        "SK-middleEast-2790-20180709",
        "مصادر ميدانية",
        "معارك عنيفة اندلعت في ضواحي",
        "عن قتلى وجرحى في صفوف المتمردين",
    ),
    (
        "SK-technology-1212-20180731",
        "وزارة الآثار المصرية",
        "البعثة الأثرية المصرية الأسترالية",
        "(جنوبي البلاد)",
    ),
    (
        "SK-technology-1212-20180731",
        "وزارة الآثار المصرية",
        "تم العثور على الحجرات",
        "بمنطقة آثار بني حسن بالمنيا",
    ),
    ("SK-technology-1212-20180731", "مصطفى الوزيري", "البعثة الأثرية تعمل بالمنطقة", "للعمل في هذا الموسم"),
]
# Set 7, held out in issue 5's fifth round (see the module docstring); 2015-08-03-00066 holds no quote.
LABELS_7: list[tuple[str, ...]] = [
    ("2015-08-06-02766", "عدد من سكان رجلاء", "استعدادهم للتضحية بأرواحهم", "فداء للوطن"),
    ("2015-08-06-02766", "عدد من سكان رجلاء", "عدم خوفهم من قذائف", "حياة طبيعية في أمن وأمان"),
    ("2015-08-06-02766", "حسين دواس آل منصور", "نحن مطمئنون ونعيش", "المخلوع صالح والحوثي"),
    ("2015-08-06-02766", "حسين دواس آل منصور", "نحن مستعدون للذود", "التهاون أو المساس به"),
    ("2015-08-06-01248", "ريو فرديناند", "ينبغي على جون ستونز", "المشاركة لفترات أطول"),
    ("2015-08-06-01248", "تقارير إعلامية", "هناك عدة أندية أخرى", "لضم ستونز منها يونايتد"),
    ("2015-08-06-01248", "ريو فرديناند", "إذا انتقل إلى مانشستر", "النادي المناسب بالنسبة له"),
    ("2015-08-06-01248", "ريو فرديناند", "إذا ذهب إلى تشيلسي", "إلى اللعب بشكل أسبوعي"),
    ("2015-08-06-01248", "ريو فرديناند", "ناديه السابق يونايتد", "إلى تعزيز خط دفاعه"),
    ("2015-08-06-01248", "ريو فرديناند", "لا أعتقد أن (المدرب", "مشكلة في حد ذاتها"),
    ("2015-08-06-01248", "ريو فرديناند", "جزء من سبب عدم", "من 12 إلى 15 مباراة"),
    ("2015-08-06-01248", "ريو فرديناند", "إذا لم يكن الانسجام", "الصعب بناء الأسس"),
    ("2015-07-22-01413", "نواف الصبحي", "الحمد لله الإصابة", "على الخارطة النجرانية"),
    ("2015-07-23-01205", "عمر بن محمد الأكلبي", "تلقت فرق البحث والإنقاذ", "بحالة صحية جيدة"),
    ("2015-07-23-01205", "عمر بن محمد الأكلبي", "المتنزهين وزوار المنطقة", "في المواقع الآمنة"),
    ("2015-07-21-01935", "صحيفة ديلي ميل", "ألقى داعش القبض", "منشورات ضد التنظيم"),
    ("2015-07-21-01935", "صحيفة ديلي ميل", "تنظيم داعش قام باستجواب", "ومعتقداتهما الدينية"),
    ("2015-07-21-01935", "الشخصان", "يعملان لصالح شخص", "تصوير مدينة الرقة"),
    ("2015-07-21-01935", "صحيفة ديلي ميل", "قامت مجموعة من داعش", "المعتاد لضحايا داعش"),
    ("SK-internationalNews-3047-20180816", "أكيهيتو", '"ندمه الشديد"', 'ندمه الشديد" بشأن الحرب'),
    ("SK-internationalNews-3047-20180816", "شينزو آبي", "بعدم تكرار أهوال", "بعدم تكرار أهوال الحرب"),
    (
        "SK-internationalNews-3047-20180816",
        "بكين",
        "إخفاقا من جانب طوكيو",
        "قبل وأثناء الحرب العالمية الثانية",
    ),
    ("SK-internationalNews-3047-20180816", "أكيهيتو", "عندما أفكر في أوقات", "أبدا ويلات الحروب"),
    ("SK-technology-809-20180601", "غيزمودو", "المظلة تعتمد على", "من الشمس والمطر"),
    ("SK-technology-809-20180601", "غيزمودو", "الابتكار الجديد يواجه", "بعض العقبات"),
    ("SK-technology-809-20180601", "غيزمودو", "وزن المظلة يبلغ", "(لا تقل عن ساعة)"),
    ("SK-internationalNews-2252-20180621", "وزارة العدل الإسرائيلية", "نيابة منطقة القدس", "وخيانة الأمانة"),
    ("SK-internationalNews-2252-20180621", "مسودة قرار الاتهام", "أمرت سارة نتانياهو", "ضمن طاقم الموظفين"),
    ("AL-internationalNews-26-20180217", "داميان تشوكو", "3 #انتحاريين قتلوا", "بوكو_حرام المتشددة"),
    ("AL-internationalNews-26-20180217", "داميان تشوكو", "الهجوم وقع في سوق", "غرينتش) أمس الجمعة"),
    ("AL-internationalNews-26-20180217", "داميان تشوكو", "الهجوم أسفر أيضا", "إصابة 22 شخصا"),
]
EMPTY_7 = ("2015-08-03-00066",)
# Set 8, held out in issue 5's sixth round (see the module docstring).
LABELS_8: list[tuple[str, ...]] = [
    ("2015-07-25-00928", "إدارة القادسية", "تقديم تعويض مادي", "في المواسم الخمسة الأخيرة"),
    ("2015-07-25-00928", "معدي الهاجري", "جدول مباريات (دوري", "التي ينظمها الاتحاد السعودي"),
    ("2015-07-25-00928", "معدي الهاجري", "كان من الأجدى أن", "ولم يتم إنصافنا"),
    ("2015-07-25-00928", "معدي الهاجري", "من الصعب أن نطالب", "أن تكون الأندية ملتزمة"),
    ("2015-08-04-01067", "المصنع", "تكون التمور نظيفة", "والكمية والصنف"),
    ("2015-08-04-01067", "يوسف بن عبدالله القرزعي", "التمور تشترى من", "والنخيل بصفةٍ خاصة"),
    ("2015-08-02-01118", "محمد بن عبدالرحمن الروقي", "الفرع قام بزيارات", "التجارية لكافة الأنواع"),
    ("2015-08-02-01118", "محمد بن عبدالرحمن الروقي", "الزيارات أوضحت التزام", "الغرامات بحق المخالفين"),
    ("2015-07-21-02679", "صحيفة gsp", "الراتب الذي سيتلقاه", "بولوني مع الاتحاد"),
    ("2015-07-21-02679", "صحيفة gsp", "الراتب الأكبر له", "وأخيرًا في الاتحاد السعودي"),
    ("2015-07-21-02679", "صحيفة gsp", "اتفق على قيادة", "الاتحاد مدة عامين"),
    ("2015-07-21-02679", "صحيفة gsp", "المدرب سيحصل في", "دولار في الموسمين"),
    ("2015-07-21-02679", "صحيفة gsp", "تولى في البداية", "نظير 800 ألف دولار"),
    ("2015-08-11-00026", "عبد العزيز الرويلي", "استمرار عمل فرق التفتيش", "والعمال المخالفين ومتابعتهم"),
    ("2015-08-11-00026", "عبد العزيز الرويلي", "جدية وحزم الوزارة", "لها وللتعليمات"),
    ("2015-08-11-00026", "عبد العزيز الرويلي", "دور التفتيش في ضبط", "سوق العمل ومعالجة"),
    ("2015-07-21-01455", "النشرة الإحصائية", "بلوغ عدد مراكز الحوالات", "مقارنة بشهر أبريل الماضي"),
    (
        "2015-07-21-01455",
        "النشرة الإحصائية",
        "عدد أجهزة الصرف الآلي في شهر",
        "الأجهزة في مايو الماضي 67 مليار ريال",
    ),
    ("2015-07-21-01455", "النشرة الإحصائية", "عدد البطاقات المصدرة", "إجمالية تجاوزت 67 مليار ريال"),
    ("BB-economy-17-20180204", "بول ريان", 'كانت "سعيدة بمفاجأة"', "زيادة راتبها"),
    ("BB-economy-17-20180204", "كثير من مستخدمي مواقع التواصل", "دولارا و50 سنتا لم", "كبيرة على الإطلاق"),
    ("BB-economy-17-20180204", "الجمهوريون", "الإصلاحات الضريبية ستساعد", "تعزيز النمو الاقتصادي"),
    ("BB-economy-17-20180204", "الديمقراطيين", "نظام خفض الضرائب سيفيد", "الفاحش في الأساس"),
    ("BB-economy-17-20180204", "جوليا كيتشوم", "ستحصل على زيادة سنوية", "بقيمة 78 دولارا"),
    ("BB-economy-17-20180204", "جوليا كيتشوم", "العلاوة ستغطي", "والسلع بالجملة"),
    ("BB-economy-17-20180204", "نانسي بيلوسي", "ريان حذف", "تعديلات قانون الضرائب"),
    ("BB-economy-17-20180204", "نانسي بيلوسي", "تقارير إعلامية كانت قد", "على التعديلات الأخيرة"),
    ("BB-economy-17-20180204", "تقارير إعلامية", "لجنة ريان لجمع التبرعات", "على التعديلات الأخيرة"),
    ("BB-economy-17-20180204", "آخرون", "التغرديدة أظهرت", "الدخل من الأمريكيين"),
    ("SK-internationalNews-1572-20180514", "صحيفة التايمز", "تسريع وتيرة طرد", "إعلان الحكومة الائتلافية"),
    ("SK-internationalNews-1572-20180514", "ماتيو سالفيني", "بتسريع تطبيق برنامج", "المطرودين من إيطاليا"),
    ("SK-technology-1404-20180907", "دراسة جديدة", "الأشخاص الذين يتمتعون", "في مشروبات البروبيوتيك"),
    ("SK-technology-1404-20180907", "دراسة جديدة", "الفوائد الموجودة في", "منها الأشخاص الأصحاء"),
    ("SK-technology-1404-20180907", "دراسة جديدة", '"في عدد من الحالات', "في الجهاز الهضمي"),
    ("SK-technology-1404-20180907", "تقارير سابقة", "بكتيريا جيدة ومفيدة", "لأمراض القلب والعقل"),
    ("SK-technology-1404-20180907", "عيران إلينايف", "المتطوعين الذين أجريت", "كانوا أصحاء"),
    ("SK-technology-1404-20180907", "عيران إلينايف", "المثير هو أن", "موطئ جديد في الأمعاء"),
    ("SK-technology-1404-20180907", "عيران إلينايف", "هذا يشير إلى أن", "بأنه مناسب للجميع"),
    ("SK-technology-1404-20180907", "الفريق", 'تناول "البروبيوتيك" بعد', "مثل السكري والسمنة"),
    (
        "SK-economy-171-20180319",
        "باتريك بويانيه",
        "الاستثمار في النفط الصخري مكلف للغاية، والطلب",
        "الاستثمار في القطاع",
    ),
    ("SK-economy-171-20180319", "باتريك بويانيه", "أفضل الاستثمار هنا", "للشركة ولأدنوك"),
    ("SK-economy-171-20180319", "باتريك بويانيه", "قمنا مؤخرا بالاستحواذ", "بتخصيص رأس المال"),
    ("SK-economy-171-20180319", "باتريك بويانيه", "الاكتفاء الذاتي من الطاقة", "الذاتي من النفط"),
    ("SK-economy-171-20180319", "باتريك بويانيه", "متوسط استهلاك الولايات", "12 مليون برميل"),
    ("SK-economy-171-20180319", "باتريك بويانيه", '"الطلب لا يزال قويا.', "في 2018 بالتالي لا يزال قويا"),
    ("SK-economy-171-20180319", "باتريك بويانيه", "العرض يتأثر بأمرين", "بما في ذلك روسيا"),
]
# Set 9, held out in issue 5's seventh round (see the module docstring).
LABELS_9: list[tuple[str, ...]] = [
    ("2015-07-31-00470", "جاين بيركن", "رغبتها، كأم وامرأة", "وعملية في الوقت ذاته"),
    ("2015-07-31-00470", "جاين بيركن", "رفع اسمها عن", "اسمها عن الحقيبة"),
    ("2015-07-31-00470", "هيرميس", "أي علم لها بالطريقة", "الفيلم فيها مع التماسيح"),
    ("2015-07-31-00470", "هيرميس", "لا تمتلكها أو تتعامل", "في صناعة «ذي بيركن»"),
    ("2015-07-31-00470", "هيرميس", "فتحت تحقيقا في", "تحقيقا في الموضوع"),
    (
        "2015-07-26-00973",
        "إبراهيم مسفر الألمعي",
        "اللجنة السياحية في محافظة",
        "وأعضاء اللجنة ومنظمي الفعاليات",
    ),
    ("2015-08-06-01228", "نبيل بن عبدالله زيدان", "صندوق المئوية يهدف", "الخلاّقة في محيط الأعمال"),
    ("2015-08-06-01228", "نبيل بن عبدالله زيدان", "فرع الصندوق بالمنطقة أسهم", "الاستفادة من خدمات الصندوق"),
    ("2015-08-06-00803", "عبير مهدي", "جميع الأنشطة التي تخوضها", "الإثرائية المادة العلمية"),
    ("2015-08-06-00803", "هبة العمودي", "الجهود التي تقوم بها المدربات", "بالنفع على الوطن وأبنائه"),
    ("2015-07-21-02920", "صحيفة الإندبندنت", "قام موقع التواصل الاجتماعي", "من عديد من المستخدمين، اليوم"),
    (
        "2015-07-21-02920",
        "المتحدث باسم موقع التواصل الاجتماعي تويتر",
        "لقد قمنا بإزالة صور",
        "هذا الخبر على موقعنا",
    ),
    (
        "2015-07-21-02920",
        "المتحدث باسم موقع التواصل الاجتماعي تويتر",
        "تم استبدال الصور",
        "الخفيف في الخلفية",
    ),
    ("CN-middleEast-540-20180409", "فراز جرجس", "توجيه الرئيس الأمريكي، دونالد", "في دوما لن يكون كافيا"),
    ("CN-middleEast-540-20180409", "فراز جرجس", "الرئيس السوري، بشار الأسد", "ويعجّل في ملاحقة المعارضة"),
    ("CN-middleEast-540-20180409", "فراز جرجس", "الوضع (بسوريا) تفاقم", "وإيجاد حل لهذه الأزمة"),
    ("CN-middleEast-540-20180409", "فراز جرجس", "الصراع السوري الآن هو", "وغيرها من المناطق"),
    ("CN-middleEast-540-20180409", "الروس", "أي هجوم على سوريا سيكون", "وغيرها من المناطق"),
    ("CN-middleEast-540-20180409", "فراز جرجس", "الموضوع ليس فقط بين الأسد", "دبلوماسي مع المجتمع الدولي"),
    ("BB-middleEast-811-20180729", "البحرية الإسرائيلية", "اعتراض سفينة تحمل علم", "الوصول لقطاع غزة"),
    ("BB-middleEast-811-20180729", "البحرية الإسرائيلية", "الحمولة الموجودة عليها", "إلى غزة من الميناء"),
    ("BB-middleEast-811-20180729", "الأمم المتحدة", "الأوضاع في قطاع غزة تزداد", "التي تفرضها إسرائيل عليه"),
    ("BB-middleEast-811-20180729", "إسرائيل", "إجراءاتها ضرورية لمنع", "أسلحة قد تستخدم ضدها"),
    (
        "BB-middleEast-811-20180729",
        "زاهر بيراوي",
        "قرصنة بحرية إسرائيلية",
        "لا يشكلون أي تهديد لدولة الاحتلال",
    ),
    ("BB-middleEast-811-20180729", "زاهر بيراوي", "للتدخل لحماية سفن", "من الاعتداء الإسرائيلي"),
    (
        "BB-middleEast-811-20180729",
        "زاهر بيراوي",
        "اثنين من المشاركين بريطانيين",
        "ومستشارة طب العظام سوي آنغو",
    ),
    (
        "BB-middleEast-811-20180729",
        "متحدث باسم الجيش الإسرائيلي",
        "انتهت عملية سلاح البحرية",
        "البحري المفروض على غزة",
    ),
    ("BB-middleEast-811-20180729", "متحدث باسم الجيش الإسرائيلي", 'العملية "استكملت', "دون أحداث استثنائية"),
    (
        "SK-internationalNews-2236-20180620",
        "بنيامين نتانياهو",
        "توحيد الجهود في مواجهة",
        "في مواجهة أخطار إلكترونية",
    ),
    (
        "SK-internationalNews-2236-20180620",
        "بنيامين نتانياهو",
        "يمكن أن تسقط الطائرات",
        "الطائرات الحربية والمدنية",
    ),
    (
        "SK-internationalNews-2236-20180620",
        "بنيامين نتانياهو",
        "الأمن الإلكتروني يمكن أن يمثل",
        "فرص عمل ضخمة",
    ),
    ("SK-internationalNews-2236-20180620", "بنيامين نتانياهو", "إسرائيل تتلقى نحو 20", "في هذا القطاع"),
    ("SK-internationalNews-2236-20180620", "بنيامين نتانياهو", "لا يمكن أن نعود", "المقاتلة يمكن إسقاطها"),
    ("SK-internationalNews-2236-20180620", "بنيامين نتانياهو", "لا يوجد سلاح سحري", "لمواجهة هذا الخطر"),
    ("SK-internationalNews-2236-20180620", "بنيامين نتانياهو", "هذا اختبار ضخم", "علينا أن نوحد الجهود"),
    ("SK-internationalNews-2236-20180620", "الصوت", 'القراصنة "مكانهم', "ليست بعيدة عن إسرائيل"),
    ("SK-internationalNews-2236-20180620", "الصوت", "حساباتهم المصرفية جمدت", "نقلت إلى أعدائهم"),
    ("SK-internationalNews-2236-20180620", "بنيامين نتانياهو", "قيمة صادرات إسرائيل", "3.8 مليار دولار"),
    ("SK-internationalNews-2236-20180620", "بنيامين نتانياهو", "نحن نصل إلى 200", "أكثر من وزننا هنا"),
    ("SK-internationalNews-2236-20180620", "بنيامين نتانياهو", "لكنني مستعد لأخذ", "مجال أعمال ضخم"),
    (
        "SK-internationalNews-2030-20180608",
        "نواب بريطانيون",
        "مشجعي المنتخب الإنجليزي قد يتعرضون",
        "الخميس القادم في روسيا",
    ),
    (
        "SK-internationalNews-2030-20180608",
        "لجنة الشؤون الخارجية بمجلس العموم",
        "إن البريطانيين سيكونون",
        "لا يلعب فيه المنتخب الإنجليزي",
    ),
    (
        "SK-internationalNews-2030-20180608",
        "لجنة الشؤون الخارجية بمجلس العموم",
        "ضرورة التزام اليقظة",
        "كيفية التعامل مع الأخطار",
    ),
    (
        "SK-internationalNews-2030-20180608",
        "تقرير لجنة الشؤون الخارجية",
        "أهمية أن توفر وزارة الخارجية",
        "خلال نهائيات كأس العالم",
    ),
    (
        "SK-internationalNews-2030-20180608",
        "الحكومة البريطانية",
        "الوقوف وراء محاولة الاغتيال",
        "وراء محاولة الاغتيال",
    ),
]
EMPTY_9 = ("2015-08-10-00487",)
# Set 10, held out in issue 5's eighth round (see the module docstring).
LABELS_10: list[tuple[str, ...]] = [
    ("2015-07-21-02445", "سمير الحاج", "جماعة الحوثي دمرت", "تحت مبرر المجهود الحربي"),
    ("2015-07-21-02445", "سمير الحاج", "الميليشيات فجرت أمس", "أمام السجن المركزي مباشرة"),
    ("2015-07-21-02445", "سمير الحاج", "الهدف ربما استكمال", "الفساد الممارس وأعمال النهب"),
    ("2015-07-21-02445", "سمير الحاج", "دبابة للحوثي موجودة", "بالقرب منه"),
    ("2015-07-21-02445", "سمير الحاج", "مثل هذه الهجوم", "تحت مبررات إجرامية"),
    ("2015-07-21-02445", "سمير الحاج", "بنيل جزائه الأكبر", "جزائه الأكبر"),
    ("2015-07-21-02445", "سمير الحاج", "جرائم الحوثي لن تمر", "مرور الكرام"),
    ("2015-07-21-02445", "سمير الحاج", "الجيش والمقاومة يتقدمان", "بين عدن وتعز"),
    ("2015-07-21-02445", "سمير الحاج", "هناك تنسيقا مع", "وبشكل كبير جدا"),
    ("2015-08-11-00402", "شركة الخليج للتدريب والتعليم", "أبرمت اتفاقية بناء", "مع شركة منافع القابضة"),
    ("2015-08-11-00402", "الوليد الدريعان", "هذه الصفقه العقاريه", "قيمة المساهمين"),
    ("2015-08-11-00402", "محمد بن داود", "هذا الهيكل المبتكر", "وشركة منافع القابضة"),
    ("2015-08-11-00402", "عبد الله الرشيد", "تنفيذنا لهذه الصفقة", "الحلول التمويلية غير التقليدية"),
    ("2015-08-11-00402", "شركة الخليج", "يتم افتتاح الروضات", "طالب وطالبة"),
    ("2015-08-10-01314", "روان البراهيم", "أتت هذه الفكرة", "الوحدة بين أطيافه"),
    ("2015-07-22-01831", "زياد الرقيطي", "الجهات الأمنية بالمنطقة الشرقية نفذت", "الإجراءات النظامية حيالهم"),
    ("2015-07-21-01541", "حماد المطيري", "تستأنف جوازات منطقة القصيم", "في الفترة الصباحية"),
    ("2015-07-21-01541", "حماد المطيري", "الأشقاء اليمنيين ممن", "للجوازات الإلكتروني"),
    ("2015-07-21-01767", "مسؤولون", "وكالة فضاء هندية نجحت", "حتى الان"),
    ("2015-07-21-01767", "متحدث باسم منظمة الفضاء الهندية", "تم وضع الاقمار", "من إطلاق الصاروخ"),
    ("2015-07-21-01767", "كارنيك", "الوزن الاجمالي", "تجريها الهند"),
    ("AL-internationalNews-1003-20180504", "ماريانو راخوي", "بمحاكمة كل جرائم", "وتنفيذ الأحكام"),
    ("AL-internationalNews-1003-20180504", "ماريانو راخوي", "سيستمر تنفيذ الأحكام", "أحد من العقاب"),
    ("AL-internationalNews-1003-20180504", "ماريانو راخوي", "اليوم، وفيما أعلنت", "نحو الضحايا"),
    ("AL-internationalNews-1003-20180504", "إيتا", "حل نفسها", "حل نفسها", "أعلنت إيتا أخيرا عن"),
    ("AL-internationalNews-1003-20180504", "ماريانو راخوي", "القتلى الذين بلغ", "عددهم 853"),
    ("AL-internationalNews-1003-20180504", "ماريانو راخوي", "المجتمع الإسباني بكامله", "إنهم أشخاص"),
    ("AL-internationalNews-1003-20180504", "ماريانو راخوي", "جميعهم قتلوا ظلما", "عواقب وحشية إيتا"),
    ("AL-internationalNews-1003-20180504", "ماريانو راخوي", "يمكننا أن نقول", "زرعته مرارا"),
    ("AL-internationalNews-1003-20180504", "ماريانو راخوي", 'المجموعة الانفصالية "لن', "حل نفسها"),
    ("AL-internationalNews-1003-20180504", "ماريانو راخوي", "التحقيقات حول جرائم", "على الجرائم بالعدالة"),
    ("AL-internationalNews-1003-20180504", "ماريانو راخوي", "لم يحصل ولن يحصل", "لا ندين لهم بشيء"),
    ("AL-internationalNews-1003-20180504", "ماريانو راخوي", "سنحرص دائما", "هذا الفصل من التاريخ"),
    ("AL-internationalNews-1003-20180504", "إيتا", "حل نفسها وإنهاء", "كل نشاط سياسي"),
    ("SK-middleEast-2882-20180713", "التحالف العربي", "ميليشيا الحوثي المدعومة", "لميناء الحديدة"),
    ("SK-middleEast-2882-20180713", "التحالف العربي", 'السفينة "ماريا"', "على الأسبوعين"),
    ("SK-middleEast-2882-20180713", "التحالف العربي", "إصدار 6 تصاريح", "اليومين الماضيين"),
    ("SK-middleEast-2882-20180713", "التحالف العربي", "وجود ثلاث سفن", "سفن خارج الميناء"),
    (
        "SK-middleEast-2882-20180713",
        "أحمد الوحيشي",
        "ميليشيا الحوثي الانقلابية حولت",
        "ونهب المساعدات الإنسانية",
    ),
    ("SK-middleEast-2882-20180713", "أحمد الوحيشي", "حرص الحكومة اليمنية", "ميليشيا الحوثي الانقلابية"),
    ("SK-middleEast-2882-20180713", "أحمد الوحيشي", "الحكومة والتحالف العربي", "الألغام الأرضية والبحرية"),
    ("SK-middleEast-2882-20180713", "أحمد الوحيشي", "موقف حكومة بلاده", "سلام شامل ودائم"),
    ("SK-middleEast-2882-20180713", "ميخائيل بوغدانوف", "أهمية إحلال السلام", "والمعيشية للسكان"),
    ("SK-middleEast-2882-20180713", "ميخائيل بوغدانوف", "دعم بلاده لجهود", "مارتن غريفيث"),
    ("SK-middleEast-1759-20180516", "وكالة أنباء الإمارات", "العقوبات تهدف", "المسلحة في المنطقة"),
    ("SK-middleEast-1759-20180516", "وكالة أنباء الإمارات", "العقوبات تأتي", "إيران وحزب الله"),
    (
        "SK-middleEast-1759-20180516",
        "وكالة أنباء الإمارات",
        "الدول السبع الأعضاء قررت",
        "إبراهيم الأمين السيد",
    ),
    ("SK-middleEast-1345-20180430", "ناشطون", "مقتل 40 عنصرا", "لقصف صاروخي"),
    ("SK-middleEast-1345-20180430", "مصادر محلية سورية", "من بين القتلى 18", "جنوبي مدينة حماة"),
    ("SK-middleEast-1345-20180430", "تقارير", "وقوف إسرائيل راء", "راء الهجوم"),
    ("SK-middleEast-1345-20180430", "مصادر محلية سورية", "من بين الجرحى", "في ريف حماة الغربي"),
    ("SK-middleEast-1345-20180430", "مصدر عسكري", "عدوانا جديدا", "بصواريخ معادية"),
    (
        "SK-middleEast-1345-20180430",
        "المرصد السوري لحقوق الإنسان",
        "انفجارات عنيفة هزت",
        "بالقرب من بلدة سلحب",
    ),
    ("SK-middleEast-1345-20180430", "المرصد السوري لحقوق الإنسان", "وتتمركز داخل مقر", "وعناصر إيرانية"),
    ("SK-middleEast-1345-20180430", "المرصد السوري لحقوق الإنسان", "صواريخ سقطت على", "مطار حلب الدولي"),
    (
        "SK-middleEast-1345-20180430",
        "المرصد السوري لحقوق الإنسان",
        "القصف الصاروخي أسفر",
        "من المناطق المستهدفة",
    ),
    (
        "SK-middleEast-1345-20180430",
        "المرصد السوري لحقوق الإنسان",
        "لم تعلم حتى اللحظة",
        "عن الخسائر البشرية",
    ),
]
EMPTY_3 = ("2015-07-31-00497", "SK-internationalNews-2630-20180713")
# Set 11, held out in issue 5's ninth round (see the module docstring).
LABELS_11: list[tuple[str, ...]] = [
    ("2015-07-21-00061", "المديرية العامة للجوازات", "عدد المصحح وضعهم", "(354863) شخصا"),
    ("2015-07-21-00061", "المديرية العامة للجوازات", "سرعة مراجعة مراكز", "واستيفاء متطلبات التصحيح"),
    ("2015-07-21-00061", "المديرية العامة للجوازات", "من يحصل على وثيقة", "المملكة بوضع نظامي"),
    ("2015-08-10-00011", "وزارة الداخلية المصرية", "ضابطي شرطة ومجندا", "شمال شرق القاهرة"),
    ("2015-08-10-00011", "وزارة الداخلية المصرية", "الضابطين برتبتي", "عندما أصيبوا"),
    ("2015-08-10-00011", "وزارة الداخلية المصرية", "الانفجار نتج عن", "بدائية الصنع"),
    ("2015-08-10-00011", "حسام عبد الغفار", "أربعة أشخاص أصيبوا", "المستشفى بعد علاجه"),
    ("2015-08-10-00011", "مصدر أمني", "خبراء المفرقعات أبطلوا", "تمشيط محيط الميدان"),
    ("2015-08-10-00011", "مؤسسة الكنانة الإعلامية", "مسؤولية الجماعة عن", "عن التفجير"),
    ("2015-08-10-00011", "مؤسسة الكنانة الإعلامية", "عناصرها استهدفت", "بعبوة ناسفة"),
    ("2015-08-10-00011", "مؤسسة الكنانة الإعلامية", "الضابطين لحقت بهما", "إصابات حرجة"),
    ("2015-08-10-00011", "جماعة أجناد مصر", "مسؤوليتها عن هجمات", "الجيزة المجاورة"),
    ("2015-08-11-01643", "عبداللطيف بن راشد الزياني", "ضرورة أن تعمل ميانمار", "في هذا المجال"),
    ("2015-07-31-01477", "تويتر", "إجمالي إيراداتها", "481 مليون دولار أمريكي"),
    ("2015-07-31-01477", "تويتر", "نمو جيد", "بزيادة قدرها 15%"),
    ("2015-07-31-01477", "تويتر", "إيرادات فصلية أعلى", "أعلى من المتوقع"),
    ("2015-07-31-01477", "المستثمرون", "قلقهم حيال نمو", "في العام 2013"),
    ("2015-08-10-00483", "برشلونة", "الجهاز الطبي لبرشلونة", "التهاب الغدة النكفية", "عبر موقعه الرسمي"),
    ("2015-08-10-00483", "الجهاز الطبي لبرشلونة", "نيمار سيغيب لأسبوعين", "التهاب الغدة النكفية"),
    ("2015-07-21-00662", "جيمس ميرفي", "يوم رائع، انتظرته", "70 عاما"),
    ("2015-07-21-00662", "جيمس ميرفي", "هذه الخطوة ستحسن", "والولايات المتحدة الأمريكية"),
    ("2015-07-21-00662", "مسؤولون في الحكومة اليابانية", "الاعتذار الذي قدمته", "الحرب في أغسطس المقبل"),
    ("2015-07-21-00662", "ابراهام كوبر", "نأمل في أن يشجع", "وتحذو حذو ميتسوبيشي"),
    ("2015-07-21-00662", "متحدث باسم ميتسوبيشي", "السيد ميرفي سيمثل", "الشركة في اليابان آنذاك"),
    ("2015-07-21-00662", "وسائل إعلام محلية", "عثر على اثنين", "لحضور الحفل"),
    ("AL-culture-139-20180307", "فلة الجزائرية", "اعتزالها الغناء نهائياً", "في بلدها الجزائر"),
    ("AL-culture-139-20180307", "فلة الجزائرية", "هذا القرار نهائي", "لا رجعة فيه"),
    ("AL-culture-139-20180307", "فلة الجزائرية", "لن تستطيع بعد الآن", "في الساحة الفنية"),
    ("AL-culture-139-20180307", "فلة الجزائرية", "أتأسف جداً من", "سأدخل عالم الأعمال"),
    ("AL-culture-139-20180307", "فلة الجزائرية", "هناك ألبوماً لها", "وسيكون الأخير"),
    ("SK-sport-1047-20180507", "زين الدين زيدان", "تفاؤله بشأن جاهزية", "أواخر الشهر الحالي"),
    ("SK-sport-1047-20180507", "زين الدين زيدان", "لا يمكنني ان أقول", "هذه مشكلة بسيطة"),
    ("SK-sport-1047-20180507", "زين الدين زيدان", "النجم البالغ من العمر", "إن الأمر بسيط"),
    ("SK-sport-1047-20180507", "كريستيانو رونالدو", "الأمر بسيط", "الأمر بسيط", "إلا أنه قال إن"),
    ("SK-sport-1047-20180507", "زين الدين زيدان", "سنقوم بكل شيء", "ليكون حاضرا"),
    (
        "SK-middleEast-2704-20180702",
        "مصدر في قيادة حرس حدود محافظة الأنبار",
        "القيادة بدأت الأحد",
        "غربي المحافظة",
    ),
    (
        "SK-middleEast-2704-20180702",
        "مصدر في قيادة حرس حدود محافظة الأنبار",
        "التحصينات الدفاعية تتمثل",
        "البوكمال السورية",
    ),
    (
        "SK-middleEast-2704-20180702",
        "مصدر في قيادة حرس حدود محافظة الأنبار",
        "وسيزوّد الخندق الدفاعي",
        "على طول الخندق",
    ),
    ("SK-internationalNews-79-20180222", "عباس عراقجي", "بلاده ستنسحب من", "التعامل مع طهران"),
    ("SK-internationalNews-79-20180222", "دونالد ترامب", "يتعين عليها", "العقوبات الأميركية عن إيران"),
    ("SK-internationalNews-79-20180222", "عباس عراقجي", "الاتفاق لن يصمد", "وتجدد رفع العقوبات"),
    ("SK-internationalNews-79-20180222", "عباس عراقجي", "إذا استمرت السياسة نفسها", "هذه حقيقة"),
]
# Set 12, held out in issue 5's tenth round (see the module docstring).
LABELS_12: list[tuple[str, ...]] = [
    ("2015-08-04-00159", "بيانات الدعوى", "سافر الرجلان", "إلى سوريا عبر تركيا"),
    ("2015-08-04-00159", "بيانات السلطات", "أدلى المتهمان", "باعترافات موسعة"),
    ("2015-08-04-00159", "إبراهيم إتش. بي", "تم تجنيده مع", "فولفسبورغ الألمانية"),
    ("2015-08-04-00159", "اتحادات إسلامية في ولاية سكسونيا السفلى", "مخاطر «خطباء", "خطباء الكراهية"),
    ("2015-08-04-00159", "أفنين ألتينر", "يتعين على الدولة", "من أشكال التطرف"),
    ("2015-08-04-00159", "أفنين ألتينر", "مواجهة هذا التطرف", "المجتمع بأكمله"),
    ("2015-07-25-01369", "جلوي بن عبدالعزيز", "إحداث برامج تحفز", "المخلدة في التاريخ"),
    ("2015-07-25-01369", "جلوي بن عبدالعزيز", "سعادته بزيارة قصر", "مدينة نجران أمس"),
    ("2015-07-25-01369", "جلوي بن عبدالعزيز", "ما يحظى به من العناية", "بن عبدالعزيز رئيس الهيئة"),
    ("2015-07-25-01369", "جلوي بن عبدالعزيز", "هذا القصر الشامخ", "في هذه المرحلة"),
    ("2015-07-25-01369", "جلوي بن عبدالعزيز", "تسهيل رحلة", "الاحتياطات الإسعافية له"),
    ("2015-08-02-00203", "آمال ماهر", "أهلا بيكم", "من أي ظروف"),
    ("2015-08-02-00203", "آمال ماهر", "إن شاء الله دائما", "وتستمتعوا"),
    ("2015-08-02-00203", "واحدة من الجماهير", "جميلة جدا استمتعنا", "وحضورها الرائع"),
    ("2015-08-02-00203", "واحدة من الجماهير", "نشعر أنها سعيدة بتلقائيتها", "حفل رائع"),
    ("2015-07-31-00619", "المؤتمر الدولي", "تعاون الحكومات والقطاع", "الصديقة للبيئة"),
    ("2015-07-31-00619", "جانفيير ليتل تشايلد", "الصناعات المرتبطة بالنفط", "في مجال الصناعة والتنمية"),
    ("2015-07-31-00619", "جانفيير ليتل تشايلد", "ضرورة الاهتمام بالتكنولوجيات", "الضارة للبيئة"),
    ("2015-07-31-00619", "جانفيير ليتل تشايلد", "النفط سيظل مكونا", "ودعم التنمية الصناعية"),
    ("2015-08-02-01033", "تقارير صحفية", "عدد المرحلين من ألمانيا", "من هذا العام"),
    ("2015-08-02-01033", "صحيفة فيلت أم زونتاج", "تم ترحيل 8178", "من العام الجاري"),
    ("2015-08-02-01033", "صحيفة فيلت أم زونتاج", "نسبة الترحيل هذا العام", "بنسبة 42 بالمئة"),
    ("2015-08-02-01033", "صحيفة فيلت أم زونتاج", "ما يزيد على 12600", "حزيران/يونيو الماضي"),
    ("2015-08-02-01033", "صحيفة فيلت أم زونتاج", "85 بالمئة منهم", "دول غرب البلقان"),
    ("2015-08-11-00016", "سليمان بن أحمد الشريع", "برنامج إحالتي رصد", "وبحسب الحالة"),
    ("2015-08-11-00016", "سليمان بن أحمد الشريع", "حالات إنقاذ الحياة", "المحولة بالنظام"),
    ("SK-sport-1352-20180527", "كريستيانو رونالدو", "تم تحريف تصريحاته", "بعض الشيء"),
    ("SK-sport-1352-20180527", "كريستيانو رونالدو", "لم أكن أدرك", "بهذه اللحظة الرائعة"),
    ("SK-sport-1352-20180527", "كريستيانو رونالدو", "أنا غير نادم", "سأقول أمورا مهمة"),
    ("SK-sport-1352-20180527", "كريستيانو رونالدو", "عندما أنضم لمعسكر", "مستقبلي مع ريال مدريد"),
    ("SK-sport-1352-20180527", "كريستيانو رونالدو", "هناك عدة أمور", "لا تحل بالأموال"),
    ("SK-sport-1352-20180527", "كريستيانو رونالدو", "كان الأمر جيدا", "لأنصار الفريق"),
    ("SK-internationalNews-1137-20180424", "وسائل إعلام رسمية", "زعيم كوريا الشمالية كيم", "بجروح خطيرة"),
    ("SK-internationalNews-1137-20180424", "وكالة الأنباء المركزية الكورية", 'كيم "قال', "التي فقدت ذويها"),
    ("SK-internationalNews-1137-20180424", "كيم جونغ أون", "الحادث غير المتوقع", "التي فقدت ذويها"),
    ("SK-internationalNews-1137-20180424", "ليجين جون", "سيبلغ الرئيس الصيني", "بزيارة كيم"),
    ("SK-internationalNews-1137-20180424", "ليجين جون", "تعاون وثيق مع", "فيما يتعلق بالحادث"),
    (
        "SK-internationalNews-1137-20180424",
        "وكالة الأنباء المركزية الكورية",
        "كيم زار أيضا",
        "المصابون علاجهم",
    ),
    ("SK-internationalNews-1137-20180424", "كيم جونغ أون", "الحزب الحاكم والحكومة", "الأسر المكلومة"),
    ("SK-technology-859-20180608", "أطباء", "الطفرة في المرض", "معدلات التطعيم"),
    ("SK-technology-859-20180608", "بعض المشاهير", "مخاطر التطعيم", "مخاطر التطعيم"),
    ("SK-technology-859-20180608", "ألكساندرو رافيلا", "المرض شديد العدوى", "يعودون إلى الديار"),
    ("SK-sport-1486-20180605", "أرسنال", "ضم المدافع السويسري", "صفقة انتقال حر"),
    ("SK-sport-1486-20180605", "أوناي إيمري", "ستيفان سيضيف لنا خبرة", "ويتحلى بالإصرار"),
    ("SK-sport-1486-20180605", "أوناي إيمري", "ستيفان سيضيف لنا داخل", "الملعب وخارجه"),
]
# Set 13, held out in issue 5's eleventh round (see the module docstring).
LABELS_13: list[tuple[str, ...]] = [
    ("2015-08-10-00097", "عبد ربه منصور هادي", "سعادته بما حققته", "وأبين وتعز"),
    ("2015-08-10-00097", "عبد ربه منصور هادي", "الدور الإيجابي الذي", "على أرض الواقع"),
    ("2015-08-10-00097", "عبد ربه منصور هادي", "أهمية المضي قدمًا", "وقوات صالح الانقلابية"),
    ("2015-08-10-00097", "عبد ربه منصور هادي", "الحكومة تقف دومًا", "والأمن والاستقرار"),
    ("2015-08-10-00097", "عبد ربه منصور هادي", "مرتكز هذا التوجه", "الدولي ذات الصلة"),
    ("2015-08-06-01124", "محمد الصفيان", "اللجنة ستبدأ في وضع", "الدالة على المقار الانتخابية"),
    ("2015-08-06-01124", "محمد الصفيان", "اللجنة جهزت فريق", "في جميع المقار الانتخابية"),
    ("2015-08-06-01124", "محمد الصفيان", "جميعهم تم تدريبهم", "خلال الفترة الماضية"),
    ("2015-08-06-01124", "محمد الصفيان", "اللجنة المحلية ستنتهي", "بالعملية الانتخابية"),
    ("2015-08-06-01124", "محمد الصفيان", "عملية قيد الناخبين ستبدأ", "ضمن قوائم الناخبين"),
    ("2015-08-06-01124", "محمد الصفيان", "تم تعديل السن", "الدورة الثالثة من الانتخابات"),
    ("2015-08-11-00603", "عبدالعزيز القحطاني", "الفريق رصد عدة مخالفات", "الأوساخ والنفايات"),
    ("2015-08-11-00603", "عبدالعزيز القحطاني", "إدارة الرقابة الشاملة ستكثف", "للريال الواحد"),
    ("2015-07-24-01958", "خالد مرضي العنزي", "الإصابات تنوعت بين", "والمتوسطة والبسيطة"),
    ("2015-08-06-02625", "مصادر صحفية", "مطار عدن الدولي أصبح", "158 راكبا"),
    ("2015-08-06-02625", "الخطوط الجوية اليمنية", "بدء تسيير رحلاتها", "ومن الدولتين إلى مطار عدن"),
    ("2015-08-06-02625", "نادية السقاف", "الرحلات اليمنية توقفت", "أي طائرة تهبط إليها"),
    ("2015-08-06-02625", "الحوثيين", "الاستيلاء على أي طائرة", "تهبط إليها"),
    ("2015-08-06-02625", "مصادر صحفية", "أول طائرة تتبع الصليب", "وصلت إلى مطار عدن"),
    ("2015-08-06-02625", "مصادر صحفية", "قامت بنقل أسرى", "الأسرى بين الطرفين"),
    ("2015-08-06-02625", "مصادر صحفية", "وصول 400 نازح", "ميناء الزيت بالبريقة"),
    ("2015-07-31-00699", "شركة هوندا", "ارتفاع صافي أرباحها", "في أسيا وأمريكا الشمالية"),
    ("2015-07-31-00699", "شركة هوندا", "أرباحها التشغيلية ارتفعت", "7ر3 تريليون ين"),
    ("SK-internationalNews-841-20180407", "وسائل إعلام كندية", "14 شخصا لقوا حتفهم", "بمقطورة في ساسكاتشوان"),
    ("SK-internationalNews-841-20180407", "ذا كنديان برس", "المصابين نقلوا إلى", "شمالي ريجينا"),
    ("SK-internationalNews-841-20180407", "تيد مونرو", 'هناك "قتلى', "من بين الركاب"),
    ("SK-internationalNews-841-20180407", "تيد مونرو", "الحادث كبير، إنه", "قاطرة جرار وحافلة"),
    ("SK-internationalNews-841-20180407", "كيفن غارينغر", "الأمر أكبر بكثير", "لأحد تخيله"),
    ("SK-internationalNews-841-20180407", "كيفن غارينغر", "لم نصدق ما حصل", "إزاء خسارة"),
    ("SK-internationalNews-841-20180407", "جاستن ترودو", "حزنه الشديد لوقوع", "بحياة لاعبين شباب"),
    ("SK-internationalNews-841-20180407", "جاستن ترودو", "لا يمكن أن أتخيل", "المأساة المروعة"),
    ("SK-middleEast-2813-20180709", "تركي المالكي", "امتلاك قوات التحالف أدلة", "بمنظومة اتصالات متكاملة"),
    ("SK-middleEast-2813-20180709", "تركي المالكي", "قوات التحالف دمرت منظومة", "حزب الله الإرهابي"),
    ("SK-middleEast-2813-20180709", "تركي المالكي", "ميليشيا الحوثي وضعت", "يدل على أهميتها"),
    ("SK-middleEast-2813-20180709", "تركي المالكي", "هذه المنظومة هي امتداد", "ضاحية بيروت الجنوبية"),
    ("SK-internationalNews-2185-20180617", "رويترز", "شاركت جهات راعية", "فيديريكا موغيريني"),
    ("SK-internationalNews-2185-20180617", "اليكسيس تسيبراس", "نقوم في هذا اليوم", "البلقان وكل أوروبا"),
    ("SK-internationalNews-2185-20180617", "اليكسيس تسيبراس", "هذه الخطوة لا يجب", "ضد الكراهية"),
    (
        "SK-internationalNews-2185-20180617",
        "اليكسيس تسيبراس",
        "في حال تمت عرقلة",
        "سيتوقف انضمام سكوبيي إلى الاتحاد الاوروبي",
    ),
    ("SK-internationalNews-2185-20180617", "زوران زايف", "لهذا الاتفاق", "الاستقرار والازدهار"),
    ("SK-internationalNews-2185-20180617", "مقدونيا", "استقلالها عام 1991", "استقلالها عام 1991"),
    ("SK-internationalNews-2185-20180617", "أثينا", "هذه التسمية تعود للإقليم", "فخر كبير لليونانيين"),
    ("SK-middleEast-1866-20180522", "مصادر أمنية", "حركة الشباب الإرهابية هاجمت", "عن سقوط قتلى"),
    ("SK-middleEast-1866-20180522", "عبد القادر علي", "الهجوم استهدف موكبا", "شمال غربي مقديشو"),
    ("SK-middleEast-1866-20180522", "عبد القادر علي", "ما نؤكده أن مركبة", "تعرضت لهجوم"),
    ("SK-middleEast-1866-20180522", "عبد القادر علي", "سقوط ضحايا", "سقوط ضحايا", "مشيرا إلى"),
    ("SK-middleEast-1866-20180522", "حركة الشباب", "مسؤوليتها عن الهجوم", "مسؤوليتها عن الهجوم"),
]
# Set 14, held out in issue 5's twelfth round (see the module docstring).
LABELS_14: list[tuple[str, ...]] = [
    ("2015-08-01-00199", "محامون", "العثور على قطعة حطام", "تعويضات أكبر"),
    ("2015-08-01-00199", "خبراء طيران", "جزء من جناح طائرة", "جزء من جناح طائرة"),
    ("2015-08-01-00199", "عبدالعزيز كابراوي", 'هناك "شبه', "طائرة من طراز بوينج 777"),
    ("2015-08-01-00199", "عبدالعزيز كابراوي", "من شبه المؤكد", "أبلغني بهذا"),
    ("2015-08-01-00199", "حكومة الجزيرة", "فرضت حظرا على الدخول", "الذي حدث صباح أمس"),
    ("2015-08-06-02353", "سعود الشريم", "قتل المصلين غرسه", "أبي لؤلؤة المجوسي"),
    ("2015-08-06-02353", "سعود الشريم", "قتل المصلين غرسة", "تجد له نصيراً"),
    ("2015-08-06-02353", "سعود الشريم", "قتل المصلين من أفعال", "من أفعال أبي لؤلؤة المجوسي"),
    ("2015-08-11-01093", "خالد بحاح", "بالغ تقديره للدور", "الميليشيات المتمردة"),
    ("2015-08-11-01093", "خالد بحاح", "علاقة اليمن بمجلس التعاون", "التأهيل والإعمار"),
    ("2015-08-11-01093", "خالد بحاح", "الوقوف صفا واحدا", "الجماعة الانقلابية"),
    ("2015-08-11-01093", "خالد بحاح", "ضرورة المضي نحو", "مجلس الأمن رقم 2216"),
    ("2015-08-11-01093", "خالد بحاح", "تحرير محافظة عدن", "أتون صراعات", "واعتبر بحاح أن"),
    ("2015-08-11-01093", "خالد بحاح", "التحسن النسبي في عمليات", "ميناء ومطار عدن"),
    ("2015-08-11-01093", "خالد بحاح", "بذل المزيد من تقديم", "المحافظات في بلاده"),
    ("2015-08-11-01093", "خالد بحاح", "تقديره للجهود الخليجية", "الخليجية في اليمن"),
    ("2015-08-02-00896", "هذال العتيبي", "مشاركة الفرق في صيف الباحة", "أمير منطقة الباحة"),
    ("2015-08-02-00896", "هذال العتيبي", "الفرق المشاركة تمثل", "والعزاوي"),
    ("2015-08-02-00896", "هذال العتيبي", "برنامج تلك الفرق بدأ", "في محافظة المندق"),
    ("2015-07-27-00228", "ماركوس هوبر", "معظم الهبوط قادم", "تتعرض لضربات"),
    ("2015-07-27-00228", "ماركوس هوبر", "أعتقد أن كثيرين", "بعد هذا الهبوط"),
    ("2015-07-27-00228", "بنك يو.بي.اس", "أرباحا فاقت التوقعات", "أرباحا فاقت التوقعات"),
    ("2015-08-04-00019", "برشلونة", "اختار لاعبو برشلونة", "المنتقل إلى السد القطري"),
    ("2015-08-04-00019", "برشلونة", "لاعبي الفريق صوتوا", "قائداً رابعاً"),
    (
        "FR-internationalNews-1703-20180608",
        "مكتب النائب العام الفرنسي",
        "اعتقال السلطات الفرنسية",
        'في تنظيم "الدولة الإسلامية',
    ),
    (
        "FR-internationalNews-1703-20180608",
        "مصادر متطابقة",
        "قامت السلطات الفرنسية",
        "العاصمة الفرنسية باريس",
    ),
    ("FR-internationalNews-1703-20180608", "مكتب النائب العام", "اعتقل الرجل في كالفادوس", "العام 2017"),
    ("SK-internationalNews-2857-20180801", "مئات الدنماركيين", "التعدي على حق النساء", "ما يحلو لهن"),
    ("SK-internationalNews-2857-20180801", "بعض الساسة", "قيم العلمانية", "العلمانية والديمقراطية"),
    ("SK-internationalNews-2857-20180801", "سابينا", "نريد أن نبعث برسالة", "أقلية دينية"),
    ("SK-internationalNews-2857-20180801", "شورن بيببولسن", "الشرطة ستفرض عليهن", "بالعودة للمنزل"),
    ("SK-internationalNews-2857-20180801", "الشرطة", "لن تتم معاقبة", "إطار احتجاج سلمي"),
    ("SK-internationalNews-2857-20180801", "وزارة العدل", "الحظر سيركز على", "على ارتداء النقاب"),
    ("SK-middleEast-4-20180223", "بعثة الكويت بالأمم المتحدة", "المجلس سيجري تصويتا", "والإجلاء الطبي"),
    ("SK-middleEast-4-20180223", "الدبلوماسيون", "التصويت سينطلق", "16:00 بتوقيت غرينتش"),
    ("SK-middleEast-4-20180223", "بعض الأصوات في المجتمع الدولي", "وقف التصعيد", "وقف التصعيد"),
    ("SK-middleEast-4-20180223", "منظمات غير حكومية", "وحشية القصف", "استهدف منشآت طبية"),
    ("SK-technology-219-20180322", "خبراء الأمم المتحدة", "تبدو آسيا ساحة معركة", "على تلوث الهواء"),
    ("SK-technology-219-20180322", "خبراء الأمم المتحدة", "هناك نحو 5 ملايين", "مبكرة كل عام"),
    ("SK-technology-219-20180322", "الدراسات", "90 في المئة من حالات", "الضحية الأكبر لتلوث الهواء"),
    ("SK-technology-219-20180322", "ديتشين تسيرينغ", "هناك شعور بأنه", "تنفس هوائها"),
    ("SK-technology-219-20180322", "الإحصائيات", "لا مؤشرات تنبئ", "بل على العكس"),
    ("SK-technology-219-20180322", "تقرير منظمة الصحة العالمية", "تلوث الهواء تفاقم", "منطقة جنوب شرق آسيا"),
    ("SK-technology-219-20180322", "خبراء الأمم المتحدة", "السبيل الوحيد لتحقيق", "على نحو أكثر صرامة"),
]
# Set 15, held out in issue 5's thirteenth round (see the module docstring).
LABELS_15: list[tuple[str, ...]] = [
    ("2015-08-11-00432", "قائد للجيش في جنوب الفلبين", "جنديين اثنين قتلا", "جنوبي الفلبين"),
    ("2015-08-11-00432", "ألان أروجادو", "الجماعة المرتبطة بتنظيم القاعدة", "في جزيرة جولو"),
    ("2015-08-11-00432", "ألان أروجادو", "الضحيتين اللذين", "مسلحي أبو سياف الكمين"),
    ("2015-08-11-00432", "ألان أروجادو", "لقد توفيا في موقع الحادث", "بعدة طلقات نارية"),
    ("2015-08-11-00432", "ألان أروجادو", "القوات صادرت سلاحين", "من المسلحين الفارين"),
    ("2015-07-23-00209", "مسؤولو صلة", "الدخول على الموقع للحجز", "لأنه أسرع نوعا ما"),
    ("2015-07-23-00209", "مسؤولو صلة", "بوجود ضغط كبير على الموقع", "بوجود ضغط كبير على الموقع"),
    ("2015-07-23-00209", "مصدر من شركة صلة للتسويق", "في حال حصول سوق سوداء", "لفكرة إقامتها في لندن"),
    ("2015-07-21-02913", "عبدالعزيز الأحمد", "الفكرة كانت تراوده", "للاستشارات"),
    ("2015-08-01-00730", "تركي الشليل", "قضايا التحرش تدخل ضمن", "في جانبي التوعية والضبط"),
    ("2015-08-01-00730", "تركي الشليل", "قضايا التحرش لم تصل", "مقارنة بغيرها من القضايا"),
    ("2015-08-01-00730", "تركي الشليل", "مجتمعنا المحافظ ينبذ", "أدنى الأخلاق الإنسانية"),
    ("2015-08-01-00730", "تركي الشليل", "الرئاسة العامة وبتوجيهات", "تعزيز القيم والأخلاق الإسلامية"),
    ("2015-08-01-00730", "تركي الشليل", "الرئاسة تقف بحزم", "ومنها العرض"),
    ("2015-08-01-00730", "تركي الشليل", "الرئاسة العامة تستقبل البلاغات", "إحالتهم للجهات المختصة"),
    ("2015-08-01-00890", "وكالة أنباء الشرق الأوسط", "الحكومة وافقت على تمديد", "ومضيف باب المندب"),
    ("2015-08-01-00890", "البيان", "التفويض مدته ستة أشهر", "أيهما أقرب"),
    ("2015-07-25-00808", "بنيامين محمد", "قيمة العقد الذي قدمته", "بعد اجتيازه الفحوصات الطبية"),
    ("2015-07-25-00808", "غانا سبورتس اونلاين", "اللاعب سيتقاضى", "مقدم عقد"),
    ("2015-07-25-00808", "بنيامين محمد", "وكيل اعمال اللاعب طلب", "له وعائلته"),
    ("2015-07-25-00808", "سولي مونتاري", "رغبته بالعرض", "رغبته بالعرض"),
    ("2015-07-25-00808", "منصور البلوي", "اتخاذ اجراءات صارمة", "خلال التدريبات"),
    (
        "SK-middleEast-1772-20180517",
        "عادل الجبير",
        "المملكة العربية السعودية تجدد رفضها",
        "من تل أبيب إلى القدس",
    ),
    (
        "SK-middleEast-1772-20180517",
        "عادل الجبير",
        "نقل السفارة الأميركية إلى القدس مخالف",
        "للقرارات الدولية والقانون الدولي",
    ),
    ("SK-middleEast-1772-20180517", "أحمد أبو الغيط", "نقل السفارة", "نقل السفارة", "أحمد أبو الغيط"),
    ("SK-middleEast-1772-20180517", "أحمد أبو الغيط", "الخطوة الأميركية مرفوضة", "في حالة توتر"),
    ("SK-middleEast-1772-20180517", "أحمد أبو الغيط", "بتحقيق دولي بجرائم", "الاحتلال في غزة"),
    ("SK-middleEast-1772-20180517", "رياض المالكي", "الموقف الأميركي يعطي غطاء", "بحق الشعب الفلسطيني"),
    (
        "SK-middleEast-1772-20180517",
        "رياض المالكي",
        "حماية دولية للشعب الفلسطيني",
        "نقل السفارة الأميركية إلى القدس",
    ),
    ("SK-middleEast-1772-20180517", "سامح شكري", "نقل أي سفارة إلى القدس", "حقوق الشعب الفلسطيني"),
    ("SK-sport-1128-20180512", "تورونتو رابتورز", "انفصاله عن مدرب دوين كاسي", "سبعة مواسم في المنصب"),
    ("SK-sport-1128-20180512", "ماساي أوجيري", "القرار كان صعبا جدا", "القرار كان صعبا جدا"),
    ("SK-sport-1128-20180512", "ماساي أوجيري", "بعد دراسة متأنية", "لكنها ضرورية"),
    ("SK-sport-1128-20180512", "ماساي أوجيري", "نحن كفريق نحاول", "إلى المستوى التالي"),
    (
        "AL-internationalNews-692-20180330",
        "وكالة أنباء الأناضول",
        "قتل 17 شخصاً على الأقل",
        "والأفغان والإيرانيين",
    ),
    (
        "AL-internationalNews-692-20180330",
        "وكالة أنباء الأناضول",
        "ووقع الحادث في وقت متأخر",
        "في محافظة اغدير",
    ),
    ("AL-internationalNews-692-20180330", "وكالة أنباء الأناضول", "أكثر من 50 شخصاً", "لـ14 شخصاً فقط"),
    (
        "AL-internationalNews-692-20180330",
        "وكالة أنباء الأناضول",
        "ولم يتم تحديد هوية سائق الحافلة",
        "ولم يتم تحديد هوية سائق الحافلة",
    ),
    (
        "AL-internationalNews-692-20180330",
        "وكالة أنباء الأناضول",
        "قوات الأمن أوقفت 13",
        "على متن حافلة ثانية",
    ),
    (
        "AL-internationalNews-692-20180330",
        "التلفزيون الرسمي التركي",
        "وتكثر حوادث السير في تركيا",
        "شخصاً في 2017",
    ),
    (
        "AL-internationalNews-1302-20180524",
        "رمزي محروس",
        "المناطق الجنوبية والشمالية الشرقية",
        "وانقطاع الاتصالات بها",
    ),
    ("AL-internationalNews-1302-20180524", "رمزي محروس", "محصلة الإعصار الذي يضرب", "وجرف عدد من السيارات"),
    ("AL-internationalNews-1302-20180524", "رمزي محروس", "مياه الأمطار غمرت", "بشكل متواصل على الجزيرة"),
    ("AL-internationalNews-1302-20180524", "رمزي محروس", "أكثر من عشر قرى معزولة", "ويتعذر الوصول إليها"),
    ("AL-internationalNews-1302-20180524", "رمزي محروس", "ارتفاع عدد الضحايا", "في ممر الإعصار"),
    (
        "AL-internationalNews-1302-20180524",
        "رمزي محروس",
        "المنظمات الإنسانية والدول العربية",
        "وإنقاذ إلى الجزيرة",
    ),
]
# Set 16, held out in issue 5's fourteenth round (see the module docstring).
LABELS_16: list[tuple[str, ...]] = [
    ("2015-08-10-01194", "عبدالله الفاضل", "الجولات تهدف إلى رفع", "فيما يقدم له من غذاء"),
    ("2015-08-10-01194", "عبدالله الفاضل", "جميع أصحاب المحال", "الوسائل النظامية والصحية"),
    ("2015-08-10-01194", "عبدالله الفاضل", "الأمانة أغلقت مطعماً", "والشخصية للعاملين"),
    ("2015-08-10-01194", "عبدالله الفاضل", "الإبلاغ عن أية ملاحظات", "على مدار الساعة"),
    (
        "2015-08-06-01333",
        "محمد عبدالرحيم العاصمي",
        "في نحو الساعة الثانية والنصف",
        "متأثرا بإصابته جراء السقوط",
    ),
    ("2015-07-24-01963", "إدارة الدفاع المدني", "الحادث تم تسليمه", "لجهات الاختصاص"),
    ("2015-07-24-01963", "الدوريات الأمنية", "السبب الرئيسي للحادث", "والتجاوز الخاطئ"),
    ("2015-07-31-01235", "التقرير السنوي", "32,900 صحافيا كانوا", "بلغ 3800 وظيفة"),
    ("2015-07-31-01235", "الاحصاءات", "الصحف واسعة الإنتشار", "وصل الى 15,9%"),
    ("2015-07-31-01235", "التحقيق", "عدد الصحافيين قد تراجع", "و250 الف نسخة"),
    ("2015-07-31-01235", "كين دوكتر", "التراجع الحاصل يأتي", "للاقتصاد الاميركي"),
    ("2015-07-31-01235", "كين دوكتر", "اذا ما وضعنا توقعات", "قبل 16 عاما"),
    ("2015-07-31-01235", "التقرير", "12,76% من الصحافيين", "13,34% في 2013"),
    ("2015-08-10-01056", "الأهالي", "بالمغادرة على وجه السرعة", "بالمغادرة على وجه السرعة"),
    ("2015-08-10-01056", "مصادر من داخل القرية", "الأهالي قاموا بأخذ نسائهم", "إلى مناطق الاشتباكات"),
    ("2015-08-10-01056", "كثير من النازحين", "الاعتداءات التي تقوم بها", "ميليشيات التمرد"),
    ("2015-07-31-00047", "ظافر الحماد", "البرنامج استقبل 100 طالب", "لهذا العام"),
    ("2015-07-31-00047", "ظافر الحماد", "سيستمر البرنامج لمدة شهر", "عن التعليم والتنمية"),
    ("2015-07-31-00047", "حامد آل غرامة", "من أهداف البرنامج لهذا العام", "أساليب التعلم الحديثة"),
    ("2015-07-31-00047", "حامد آل غرامة", "سيتم تنفيذ زيارات", "بالعلوم والتقنية"),
    ("SK-middleEast-1289-20180427", "الجمعية اللبنانية لتعزيز الشفافية", "ارتفاعا", "الحض على الكراهية"),
    (
        "SK-middleEast-1289-20180427",
        "الجمعية اللبنانية لتعزيز الشفافية",
        "نشر معلومات بشأن جميع المخالفات",
        "والرقابة",
    ),
    (
        "SK-middleEast-1289-20180427",
        "الجمعية اللبنانية لتعزيز الشفافية",
        "زيادة الاعتداءات على",
        "وشراء الأصوات",
    ),
    ("SK-middleEast-1289-20180427", "الجمعية اللبنانية لتعزيز الشفافية", "استغلال بعض", "في إطار حملاتهم"),
    (
        "SK-middleEast-1289-20180427",
        "الجمعية اللبنانية لتعزيز الشفافية",
        "هيئة الإشراف على الانتخابات",
        "هيئة الإشراف على الانتخابات",
        "وانتقدت الجمعية",
    ),
    ("SK-middleEast-1289-20180427", "رئيس هيئة الإشراف على الانتخابات", "مرشحي السلطة", "مرشحي السلطة"),
    ("SK-middleEast-1289-20180427", "الجمعية اللبنانية لتعزيز الشفافية", "من مهام", "بغض النظر عن مواقعهم"),
    ("SK-internationalNews-2300-20180624", "دونالد ترامب", "الأفراد الذين يدخلون", "ودون أي إجراءات قضائية"),
    ("SK-internationalNews-2300-20180624", "دونالد ترامب", "بالغزاة الذين يسعون", "البلاد"),
    ("SK-internationalNews-2300-20180624", "دونالد ترامب", "لا يمكننا السماح", "دعاوى قضائية بالمحاكم"),
    ("SK-internationalNews-2300-20180624", "دونالد ترامب", "لا يمكننا قبول", "لا توجد جرائم"),
    ("SK-sport-2914-20181015", "حبيب نورمحمدوف", "هيا يا فلويد", "نخوض نزالا الآن"),
    ("SK-sport-2914-20181015", "حبيب نورمحمدوف", "50 نزالا دون خسارة", "هيا بنا إلى النزال"),
    ("AL-sport-701-20180318", "روماريو دي سوزا", "حملته ستتركز على", "ريو دي جانيرو حاليا"),
    ("AL-sport-701-20180318", "روماريو دي سوزا", "في هذه الأوقات الفوضوية", "لست راضيا عن ذلك أبداً"),
    ("AL-sport-701-20180318", "روماريو دي سوزا", "هذه الاتهامات", "هذه الاتهامات"),
]
# Set 17, held out in issue 5's fifteenth round (see the module docstring).
LABELS_17: list[tuple[str, ...]] = [
    ("2015-08-06-02183", "حمود المخلافي", "قيادات حزبية مقربة", "ميليشيات الانقلابيين في تعز"),
    ("2015-08-06-02183", "حمود المخلافي", "بينها الأمين العام المساعد", "خروج آمن للإرهابيين من المحافظة"),
    ("2015-08-06-02183", "سلطان البركاني", "المبادرة", "المبادرة", "أعلن البركاني عن "),
    ("2015-08-06-02183", "سلطان البركاني", "شخصيات من تعز شاركته", "منذ أكثر من أربعة أشهر"),
    ("2015-08-06-02183", "سلطان البركاني", "مبادرته تتضمن وقف إطلاق النار", "وتبادل الأسرى"),
    ("2015-08-06-02183", "حمود المخلافي", "المقاومة الآن هي جزء", "مدينة أو محافظة دون غيرها"),
    ("2015-08-06-02183", "حمود المخلافي", "مقاتلي المقاومة الشعبية قرروا", "وكامل المحافظة من المتمردين"),
    ("2015-08-06-02183", "حمود المخلافي", "هم في أوج روحهم المعنوية", "وعقدوا العزم على تطهيرها"),
    ("2015-08-06-02183", "حمود المخلافي", "مع قرب إعلان النصر", "وسنلاحقهم حتى قم الإيرانية"),
    ("2015-07-22-01856", "جون كيري", "لا يعرف تفسيرا لخطاب", "بعد توقيع الاتفاق على البرنامج النووي"),
    ("2015-07-22-01856", "علي خامنئي", "السياسة الأمريكية في المنطقة تختلف", "لأن الاهداف مختلفة"),
    ("2015-08-07-01369", "عبدالله بن محمد القحطاني", "فقط حدد مكانك", "والبريد الإلكتروني والعنوان"),
    ("2015-08-07-01369", "عبدالله بن محمد القحطاني", "بالإمكان بعد وصول أيقونة", "الصورة في أي اتجاه"),
    ("2015-08-07-01369", "عبدالله بن محمد القحطاني", "قام قبل ذلك بتصميم", "إلى ماليزيا لأول مرة"),
    ("2015-08-07-01369", "عبدالله بن محمد القحطاني", "ذلك سيوفر عليهم", "من الوقت والجهد"),
    ("2015-08-06-01612", "عبدالعزيز بن سعد", "ما شهدناه في سجون منطقة حائل", "أو من عامة الناس"),
    ("2015-08-06-01612", "عبدالعزيز بن سعد", "ما نجده في مثل هذا الموقع", "بإدارة سجون منطقة حائل ولذويهم"),
    ("2015-08-06-01612", "عبدالعزيز بن سعد", "مركز التعليم عن بعد", "نقفز قفزات في هذا العلم"),
    ("2015-08-06-01612", "عبد الرحمن الحازمي", "«السجون» تسعى باستمرار", "مراجعة لما قام به"),
    ("SK-internationalNews-1694-20180521", "ماريانو راخوي", "لا يزال يأمل", "وعلى صعيد المؤسسات"),
    ("SK-internationalNews-1694-20180521", "وثائق رسمية", "الحكومة الإسبانية أقرت", "أعضاء حكومته المختارين"),
    ("SK-internationalNews-1694-20180521", "كيم تورا", "يرغب في إعادة تشكيل", "عن إسبانيا في أكتوبر"),
    ("SK-internationalNews-1694-20180521", "الحكومة", "الاستقلال", "عن إسبانيا", "التي أعلنت "),
    ("SK-internationalNews-2742-20180720", "جولي بيشوب", "محكمة تركية رفضت", "لتنظيم داعش الإرهابي"),
    ("SK-internationalNews-2742-20180720", "أستراليا", "قام بتجنيد رجال", "وشجع على أنشطة التشدد"),
    ("SK-internationalNews-2742-20180720", "جولي بيشوب", "نشعر بخيبة أمل", "نيل براكاش إلى أستراليا"),
    ("SK-internationalNews-2742-20180720", "جولي بيشوب", "سنستمر في التواصل", "ضد القرار بشأن الترحيل"),
    ("SK-internationalNews-2742-20180720", "ديلي تليجراف", "القضاء التركي أمر", "عضو في تنظيم داعش"),
    (
        "SK-internationalNews-2742-20180720",
        "القضاء التركي",
        "عضو في تنظيم داعش",
        "عضو في تنظيم داعش",
        "اتهمه",
    ),
    ("SK-internationalNews-2742-20180720", "الحكومة الأسترالية", "مقتل براكاش", "بمدينة الموصل العراقية"),
    (
        "SK-internationalNews-2742-20180720",
        "الحكومة الأسترالية",
        "براكاش معتقل في تركيا",
        "براكاش معتقل في تركيا",
    ),
    ("SK-sport-1873-20180626", "خورخي سامباولي", "استيائه من الهجوم", "في نهائيات مونديال روسيا"),
    ("SK-sport-1873-20180626", "خورخي سامباولي", "في العالم الافتراضي خسارة", "يجب التخلص منه على الفور"),
    ("SK-sport-1873-20180626", "خورخي سامباولي", "لو كنت أعيش", "لكنت تركت التدريب واستسلمت"),
    ("SK-sport-1873-20180626", "خورخي سامباولي", "لقد تلقينا هزيمة قاسية", "كل شيء يعتمد علينا"),
    ("SK-sport-1873-20180626", "خورخي سامباولي", "وضعت التشكيلة في مخيلتي", "كل شيء من أجل التأهل"),
    ("SK-sport-1873-20180626", "خورخي سامباولي", "نيجيريا لعبت أول مباراتين", "سنحاول السيطرة على المباراة"),
    ("SK-sport-1873-20180626", "خورخي سامباولي", "عادة ما أتحدث مع اللاعبين", "أمر خاص بنا"),
    ("SK-sport-1873-20180626", "خورخي سامباولي", "أعتقد أنها كانت مباراة معقدة", "من وسط الملعب"),
    ("SK-sport-1873-20180626", "خورخي سامباولي", "حاولنا أن نطوّر", "من أجل الأرجنتين"),
    (
        "AL-internationalNews-523-20180318",
        "سامي الحمد",
        "الوفد المعني ببحث",
        "العمالة المنزلية في دولة #الكويت",
    ),
    ("AL-internationalNews-523-20180318", "سامي الحمد", "المباحثات بين الطرفين", "عمق الصداقة بين البلدين"),
    ("AL-internationalNews-523-20180318", "سامي الحمد", "الاتفاقية جاءت بموجب", "مصلحة الطرفين"),
    ("AL-internationalNews-523-20180318", "سامي الحمد", "أهمية تطبيق القانون الفلبيني", "وتشغيلها في الكويت"),
    ("AL-internationalNews-523-20180318", "سامي الحمد", "الوفد المفاوض بين", "ضمانات صاحب العمل الكويتي"),
    (
        "AL-internationalNews-523-20180318",
        "الوفد المفاوض",
        "الضمانات التي يتمتع",
        "ضمانات صاحب العمل الكويتي",
    ),
    ("AL-internationalNews-523-20180318", "سامي الحمد", "تم التطرق لأهمية", "وأهمية تخفيض تكاليف الاستقدام"),
    ("AL-internationalNews-523-20180318", "الجانبين", "عدم احتفاظ صاحب العمل", "إلا بموافقة العامل المنزلي"),
    ("AL-internationalNews-523-20180318", "الجانب الفلبيني", "بوضعها كبنود", "بوضعها كبنود"),
    (
        "AL-internationalNews-523-20180318",
        "سامي الحمد",
        "الكويت لم توافق عليها",
        "إساءته للعمالة المنزلية لا يسمح له باستخراج تأشيرة",
    ),
]
EMPTY_17 = ("2015-08-04-01298", "2015-08-06-02806")

# Set 18, drawn and labelled in session 11 before the extractor ran on it: the held-out set after the speaker
# chooser (see the module docstring).
LABELS_18: list[tuple[str, ...]] = [
    ("2015-08-10-01341", "كلاوديو رانييري", "شجع اللاعبين على أن يكونوا", "الروك المحلية كاسابيان"),
    ("2015-08-10-01341", "كلاوديو رانييري", "قلت للاعبين عند النزول", "محاربين من أجل الجمهور"),
    ("2015-08-10-01341", "كلاوديو رانييري", "كاسابيان فرقة روك رائعة", "ونحن مقاتلون"),
    ("2015-08-10-01341", "كلاوديو رانييري", "رضاه عن المستوى", "رضاه عن المستوى"),
    ("2015-08-10-01341", "كلاوديو رانييري", "الأداء رائع منذ البداية", "في حالة تركيز"),
    ("2015-08-10-01341", "كلاوديو رانييري", "بدايته مع ليستر أفضل", "مانشستر يونايتد 3-3"),
    ("2015-08-10-01341", "البرايتون", "رانييري حضر بأفكار جديدة", "في إحداث تغييرات كبيرة"),
    ("2015-07-27-00063", "سكان", "المدينة قضت ليلة هادئة", "التي بدأت قبل أربعة أشهر"),
    ("2015-07-27-00063", "مصادر بفصائل تعارض الحوثيين", "اشتباكات في ساعة مبكرة", "مأرب وتعز إلى الجنوب"),
    ("2015-07-27-00063", "التحالف العربي", "وقفا لإطلاق النار من الساعة", "في الوقود والغذاء والدواء"),
    ("2015-07-27-00063", "بان جي مون", "بوقف إطلاق النار", "بوقف إطلاق النار"),
    ("2015-07-27-00063", "بان جي مون", "على وقف العمليات العسكرية", "أو السيطرة على أراض"),
    ("2015-07-21-01414", "المنظمة الدولية للهجرة", "عدد النازحين العراقيين بلغ", "المدينة من تنظيم داعش"),
    ("2015-07-21-01414", "المنظمة الدولية للهجرة", "67% من النازحين العراقيين", "فيما يعيش 8% في الملاجئ"),
    (
        "2015-07-21-01414",
        "المنظمة الدولية للهجرة",
        "قامت بتوزيع المساعدات غير الغذائية",
        "في مختلف المحافظات العراقية",
    ),
    (
        "2015-07-31-01903",
        "عبدالله المعلمي",
        "المملكة ودول الخليج تتحمل تكاليف إغاثة اليمنيين",
        "وهو ما لا تفعله دول أخرى",
    ),
    ("2015-07-31-01903", "عبدالله المعلمي", "التحالف لا يستهدف المدنيين", "سقوط ضحايا بين المدنيين"),
    ("2015-07-31-01903", "عبدالله المعلمي", "مليشيات الحوثي مسؤولية", "فشل الهدنة الإنسانية"),
    ("2015-07-31-01903", "السفير اليمني", "ممارسة المزيد من الضغط", "قرار الأمم المتحدة 2216"),
    ("2015-07-31-01903", "الحكومة اليمنية", "بتحرك حازم ضد الحوثيين", "بعد خرقهم للهدنة الإنسانية"),
    ("2015-07-31-01903", "السفير اليمني", "وحدة مجلس الأمن كفيلة", "ومخرجات الحوار الوطني"),
    (
        "2015-07-31-01903",
        "مدير العمليات الإنسانية في الأمم المتحدة",
        "مضاعفة الجهود",
        "ترسيخ الهدنة في اليمن",
    ),
    (
        "2015-07-31-01903",
        "مدير العمليات الإنسانية في الأمم المتحدة",
        "زيارة قريبة سيقوم بها",
        "بها لهذا البلد",
    ),
    (
        "2015-08-10-00548",
        "زيدان بن محمد عمر يوسف",
        "المزايا التنافسية من بنية تحتية متطورة",
        "ومنطقة الشرق الأوسط",
    ),
    (
        "2015-08-10-00548",
        "زيدان بن محمد عمر يوسف",
        "المدن الصناعية في المملكة العربية السعودية أصبحت",
        "والتنمية الاقتصادية",
    ),
    ("SK-middleEast-1372-20180501", "أحمد الطيب", "وسطية الإسلام تمثل حلا", "التي يعانيها العالم الإسلامي"),
    (
        "SK-middleEast-1372-20180501",
        "أحمد الطيب",
        "الخلاف بشأن المفاهيم الأساسية",
        "سببا في الحروب والمشكلات",
    ),
    ("SK-middleEast-1372-20180501", "أحمد الطيب", "رغم وضوح معنى الوسط", "من اختلاف وتنازع"),
    ("SK-middleEast-1372-20180501", "أحمد الطيب", "مفهوم أهل السنة والجماعة", "وعامود خيمة الدين"),
    ("SK-middleEast-1372-20180501", "أحمد الطيب", "ليس من المبالغة أن أقول", "بل غرق في بحور الدماء"),
    (
        "SK-economy-1125-20180806",
        "إدارة الرئيس الأميركي دونالد ترامب",
        "ستعيد النظر في دخول تركيا",
        "السوق الحرة بالولايات المتحدة",
    ),
    ("SK-economy-1125-20180806", "حرييت", "وصلت إلى مستوى قياسي جديد", "الساعة الثامنة صباحا"),
    (
        "SK-economy-1125-20180806",
        "مكتب الممثل التجاري الأميركي",
        "المراجعة قد تؤثر على واردات",
        "مليار دولار إلى الولايات المتحدة",
    ),
    (
        "SK-economy-1125-20180806",
        "متحدثة باسم مكتب الممثل التجاري",
        "المراجعة الأميركية لا علاقة لها",
        "المحيطة بالقس برونسون",
    ),
    ("SK-sport-2307-20180722", "نيمار دا سيلفا", "لم يكن يرغب", "مونديال روسيا 2018"),
    ("SK-sport-2307-20180722", "نيمار دا سيلفا", "لم اكن أرغب بمشاهدة الكرة", "أو أي نوع من كرة القدم"),
    ("SK-sport-2307-20180722", "نيمار دا سيلفا", "لكن الحزن لا يمكن", "لا يريدون رؤيتي حزينا"),
    ("SK-sport-2307-20180722", "نيمار دا سيلفا", "كل هذا الأمر مجرد تكهنات", "مجرد تكهنات من الصحافة"),
    ("SK-sport-2307-20180722", "نيمار دا سيلفا", "باق في صفوف باريس سان جرمان", "القادم من يوفنتوس"),
    ("SK-sport-2307-20180722", "نيمار دا سيلفا", "لدينا أسطورة كروية", "بالتأكيد هذا الموسم"),
    ("SK-sport-2307-20180722", "نيمار دا سيلفا", "لم يذهب إلى كأس العالم", "بدلا من الذي يرتكبها"),
    ("SK-sport-2307-20180722", "نيمار دا سيلفا", "أعتقد أن الانتقادات كان مبالغا", "لكان الأمر أكثر بساطة"),
    ("CN-economy-139-20180604", "كريستيان عيد", "يجب التركيز على الأداء والاستمرارية", "ناجحة في الوقت نفسه"),
    ("CN-economy-139-20180604", "كريستيان عيد", "بناء الهوية التجارية لا يعني", "من المال على المحتوى"),
    ("CN-economy-139-20180604", "كريستيان عيد", "بناء الهوية التجارية يتطلب", "يضمن تحديد الهوية التجارية"),
    ("CN-economy-139-20180604", "كريستيان عيد", "بضرورة إثبات قابلية المشروع", "وإثبات وجود العملاء"),
    ("CN-economy-139-20180604", "كريستيان عيد", "ضرورة تقديم الأولوية", "أو وسائل التواصل الاجتماعي"),
]
EMPTY_18 = ("2015-08-02-00514",)

# Set 19, drawn and labelled in session 12 before the extractor ran on it: the held-out set after set 18 joined
# the chooser's training data (see the module docstring).
LABELS_19: list[tuple[str, ...]] = [
    ("2015-08-01-00617", "محمد المرشد", "الادارة شكلت عدة لجان برئاسته", "ووفاء العوهلي"),
    ("2015-08-01-00617", "محمد المرشد", "الادارة اعدت برنامجاً يشتمل", "بفعاليات صباحية ومسائية"),
    (
        "2015-08-02-00532",
        "عجب بن عبد الله القحطاني",
        "تم إقرار المراكز الانتخابية",
        "12 مركزاً انتخابياً للنساء",
    ),
    ("2015-08-02-00532", "عجب بن عبد الله القحطاني", "تم اتخاذ العديد من الإجراءات", "في دورتها الثالثة"),
    ("2015-08-06-00141", "أسرة الطيار الأردني", "ابنهم كان يتمنى أن يدفن", "فوق الأراضي البريطانية"),
    ("2015-08-06-00141", "مكة", "أسرة الطيار الأردني عن شكرها", "وتقديم العزاء"),
    ("2015-08-06-00141", "عبدالله العقيل", "جثمان مازن وصل إلى المدينة", "في مقابر البقيع"),
    ("2015-08-06-00141", "عبدالله العقيل", "الفقيد لديه ثلاثة أبناء", "خريج الولايات المتحدة الأمريكية"),
    ("2015-08-06-00141", "عبدالله العقيل", "فوجئنا بالخبر", "وبينها تضارب كبير"),
    ("2015-07-25-00645", "الجيش الأمريكي", "غارة جوية أمريكية في أفغانستان قتلت", "كبيرا بتنظيم القاعدة"),
    ("2015-07-25-00645", "الجيش الأمريكي", "الغارة استهدفت أبو خليل السوداني", "بإقليم بكتيكا الأفغاني"),
    ("2015-07-25-00645", "الجيش الأمريكي", "السوداني كان المسؤول عن", "لمهاجمة أهداف أمريكية"),
    ("2015-07-25-00645", "الجيش الأمريكي", "السوداني أشرف على هجمات", "أفغانية وباكستانية"),
    ("2015-07-25-00645", "الجيش الأمريكي", "الضربة التي نفذت في بكتيكا", "اثنين من المتشددين"),
    ("2015-08-07-01180", "نايف الشريف", "مركز التحكم والتوجيه", "شقة بداخل عمارة بحي العوالي"),
    ("2015-08-07-01180", "نايف الشريف", "على الفور جرى نقل وحدات", "اكتشاف مصدر الحالة وإخماده"),
    ("2015-08-07-01180", "نايف الشريف", "من خلال المعاينة الأولية اتضح", "ومقدار الخسائر المادية"),
    (
        "FR-internationalNews-2635-20180809",
        "الأمم المتحدة",
        "الرئيسة التشيلية السابقة ميشال باشليه ستخلف",
        "السامية لحقوق الإنسان",
    ),
    (
        "FR-internationalNews-2635-20180809",
        "الأمم المتحدة",
        "عيّن الأمين العام للأمم المتحدة",
        "المفوّضية السامية لحقوق الإنسان",
    ),
    (
        "FR-internationalNews-2635-20180809",
        "المتحدث باسم المنظمة الدولية",
        "غوتيريش خياره هذا",
        "للمصادقة على هذا التعيين",
    ),
    ("SK-economy-1138-20180809", "رويترز", "العملة التركية التي تشهد تراجعا", "عن 5.44 ليرة"),
    (
        "SK-internationalNews-1808-20180527",
        "بهروز كمالوندي",
        "إيران قادرة على رفع مستوى تخصيب",
        "في غضون يومين أو ثلاثة",
    ),
    ("SK-internationalNews-1808-20180527", "بهروز كمالوندي", "عملية التخصيب في منشأة فردو", "جاهزة للتحرك"),
    (
        "SK-internationalNews-1808-20180527",
        "بهروز كمالوندي",
        "نحن على استعداد كاف",
        "جميع الخبراء والمسؤولين",
    ),
    ("SK-internationalNews-1808-20180527", "بهروز كمالوندي", "لدى بلاده الآن 6 آلاف", "هنالك جناحان"),
    (
        "SK-internationalNews-1808-20180527",
        "بهروز كمالوندي",
        "احتفظنا بمجموعة أجهزة الطرد",
        "جدولة زمنية معينة",
    ),
    ("BB-culture-133-20180428", "محمود المسدي", "سر جودة صناعته", "هو طريقة العجن"),
    ("BB-culture-133-20180428", "محمود المسدي", "الكثيرين يتسرعون في العجن", "الكثيرين يتسرعون في العجن"),
    ("BB-culture-133-20180428", "محمود المسدي", "في هذا الأمر مجرد صدفة", "أصحابها من المغرب العربي"),
    ("BB-culture-133-20180428", "محمود المسدي", "أتمنى أن ألتقي الرئيس ماكرون", "التقطت معه صورة"),
    ("BB-culture-133-20180428", "محمود المسدي", "الكثيرين لا يتركون العجين", "مدة كافية للتخمر"),
    ("BB-culture-133-20180428", "محمود المسدي", "ينبغي أن يأخذ العجين", "أو أتركه لليوم التالي"),
    ("BB-culture-133-20180428", "محمود المسدي", "إنها سعادة لا توصف", "أصغر فائز بالجائزة سنا"),
    ("BB-culture-133-20180428", "لوباريزيان", "لجنة من 15 شخصا", "لتحديد الفائز"),
    ("BB-culture-133-20180428", "محمود المسدي", "حضر لهذه المسابقة عاما كاملا", "لم تذهب سدى"),
]
EMPTY_19 = ("2015-08-03-00795",)
LABELS_20: list[tuple[str, ...]] = [
    ("2015-08-03-01065", "مكتب الإحصاء الاتحادي", "عدد الأشخاص المنحدرين", "عن عام .2011"),
    ("2015-08-03-01065", "مكتب الإحصاء الاتحادي", "يحمل 56% منهم", "الجنسية الألمانية"),
    ("2015-08-03-01065", "مكتب الإحصاء الاتحادي", "زيادة ملحوظة في عدد", "تابعة للاتحاد الأوروبي"),
    ("2015-08-02-01034", "فرع وزارة العمل", "من التعامل مع مكاتب الاستقدام غير", "باستقدام العمالة المنزلية"),
    ("2015-08-02-01034", "عبدالله العليان", "وزارة العمل أطلقت موقع", "ومكاتب فروع الوزارة"),
    ("2015-08-02-01034", "عبدالله العليان", "على التعامل مع مكاتب الاستقدام المرخصة", "حفاظاً على حقوقهم"),
    ("2015-08-02-01034", "عبدالله العليان", "مكاتب فرع الوزارة بمنطقة", "الذين يراجعون المكاتب"),
    ("2015-08-02-01034", "عبدالله العليان", "إلى الحفاظ على سريه", "من قبل الغير"),
    ("2015-07-22-01028", "عبدالله عبدالعزيز", "فضلت أن أطرح الكليب", "العيدية للجمهور"),
    ("2015-07-22-01028", "عبدالله عبدالعزيز", "ذلك بسبب حرصه", "في الوطن العربي"),
    ("2015-07-22-01028", "عبدالله عبدالعزيز", "اعتزازه بالتعاون لأول مرة", "والمخرج القاضي"),
    ("2015-07-22-01028", "عبدالله عبدالعزيز", "سعدت كثيراً بالعمل", "مراحل تنفيذ الأغنية"),
    ("2015-07-22-01028", "عبدالله عبدالعزيز", "بصدد التحضير لميني ألبوم", "على خمسة أعمال"),
    ("2015-07-22-01028", "عبدالله عبدالعزيز", "سيكون مفاجأة لجمهوره", "سيكون مفاجأة لجمهوره"),
    ("2015-08-06-00573", "لويس إنريكي", "النجمين الأرجنتيني ليونيل ميسي", "التحضيرية للموسم الجديد"),
    ("2015-08-06-00573", "لويس إنريكي", "حضر نيمار وميسي", "يمكنهم اللعب لبضع دقائق"),
    ("2015-08-06-00573", "لويس إنريكي", "لن نرى في بطولة جامبر", "هناك أولويات أخرى"),
    ("2015-08-06-00573", "لويس إنريكي", "فريقه أصبح متكاملا", "في بقائه مع الفريق"),
    ("2015-08-06-00573", "الصحافة الإسبانية", "باقتراب رحيل المهاجم", "مانشستر يونايتد الإنجليزي"),
    ("2015-08-06-00573", "لويس إنريكي", "لا يوجد شيء من هذا القبيل", "حتى اللحظة الراهنة"),
    ("2015-08-06-00573", "لويس إنريكي", "بيدرو لاعب على مستوى عال", "أرغب في بقائه"),
    ("2015-07-27-00055", "يوهانس فانديلاو", "سروره البالغ لزيارة عدن", "منذ فترة طويلة"),
    ("2015-07-27-00055", "يوهانس فانديلاو", "هذه الزيارة التي يقوم بها", "هذه المدينة العريقة"),
    ("2015-07-27-00055", "يوهانس فانديلاو", "سعادته وهو يرى أعضاء", "في هذا اللقاء"),
    ("2015-08-04-00454", "الحكومة المالية", "قتل جنديان ماليان", "قرب الحدود مع موريتانيا"),
    ("2015-08-04-00454", "الحكومة المالية", "عصر السبت وقعت قوة", "بمقاطعة سيغو"),
    ("2015-08-04-00454", "الحكومة المالية", "نأسف لمقتل جنديين", "اربعة آخرين بجروح"),
    ("2015-08-04-00454", "الحكومة المالية", "القوات المسلحة «باشرت فورا", "معدات عسكرية خفيفة"),
    ("2015-08-04-00454", "الحكومة المالية", "تدين هذا العمل الجبان", "يبقى من دون عقاب"),
    ("2015-08-04-00454", "الحكومة المالية", "لا يمكن لاي عمل", "غير القابلة للعودة عنها"),
    ("SK-economy-901-20180703", "تقرير", "تحقيقا فيدراليا بشأن", "من الوكالات الحكومية"),
    ("SK-economy-901-20180703", "رويترز", "أسهم فيسبوك انخفضت", "المبكرة ليوم الثلاثاء"),
    ("SK-economy-901-20180703", "متحدث باسم فيسبوك", "يتعاون مع مسؤولين", 'المرتبطة بـ"كامبريدج أناليتيكا"'),
    ("SK-economy-901-20180703", "متحدث باسم فيسبوك", "قدمنا شهادات وأجبنا", "المساعدة في التحقيق"),
    ("SK-economy-901-20180703", "واشنطن بوست", "الاستجواب من قبل المحققين", "لمستخدميه أو مستثمريه"),
    (
        "SK-technology-1697-20181018",
        "هيئة الخدمات الصحية الوطنية البريطانية",
        "وضع كرة تنس في البيجاما",
        "النوم يمنع الشخير",
    ),
    (
        "SK-technology-1697-20181018",
        "هيئة الخدمات الصحية الوطنية البريطانية",
        "لا شك أن تثبيت كرة تنس",
        "هذا الصوت المزعج",
    ),
    (
        "SK-technology-1697-20181018",
        "هيئة الخدمات الصحية الوطنية البريطانية",
        "بعد التجربة، ثبت",
        "على الشخير تماما",
    ),
    (
        "SK-technology-1697-20181018",
        "هيئة الخدمات الصحية الوطنية البريطانية",
        "من أسباب الشخير،",
        "فإنها ستتسبب بالشخير",
    ),
    ("SK-middleEast-838-20180408", "ميكي روزنفيلد", "سبعة آلاف من الحجاج", 'حملوا "الشعلة المقدسة"'),
    ("SK-economy-1448-20181015", "بيانات", "كوريا الجنوبية لم تستورد", "منذ ست سنوات"),
    ("SK-economy-1448-20181015", "وانغ شياو", "عبر السوق مرة أخرى", "إلى ارتفاع الأسعار"),
]
LABELS_21: list[tuple[str, ...]] = [
    ("2015-08-07-01046", "سامح الصريطي", "الفنانة توفيت داخل", "في جسدها"),
    (
        "2015-07-24-00353",
        "عبداللطيف بن راشد الزياني",
        "استغرابه من تناقض تصريحات",
        "العلاقات العربية الإيرانية",
    ),
    ("2015-07-24-00353", "عبداللطيف بن راشد الزياني", "بأنها لا تساعد على بناء", "لديننا الإسلامي الحنيف"),
    ("2015-07-24-00353", "عبداللطيف بن راشد الزياني", "استغرابه من التناقض الظاهر", "ومملكة البحرين"),
    ("2015-07-24-00353", "حسن روحاني", "رغبة إيران في فتح", "في العلاقات الإيرانية العربية"),
    ("2015-07-24-00353", "عبداللطيف بن راشد الزياني", "هذا التصريح يمثل تدخلاً", "مبادئ حسن الجوار"),
    ("2015-07-24-00353", "عبداللطيف بن راشد الزياني", "دول المجلس ستواصل", "الأمن والاستقرار الإقليمي"),
    ("2015-07-26-00793", "يوسف الثويني", "تنفيذ المشاريع الجديدة", "المناسبة للطلاب والطالبات"),
    ("2015-07-26-00793", "يوسف الثويني", "ذلك يأتي لدعم احتياجات", "لبرمجة المشاريع التعليمية"),
    ("2015-07-26-00793", "يوسف الثويني", "توجيهات وزير التعليم تقضي", "تعليم الطلاب والطالبات"),
    ("2015-07-26-00793", "يوسف الثويني", "تسعى الإدارة العامة للتعليم", "بإنشاء المدارس ورياض الأطفال"),
    ("2015-08-07-01169", "خالد الدخيل", "الحملة شملت الأسواق", "الإجراءت النظامية"),
    ("2015-08-04-01088", "عبدالعزيز بن سليمان الشولي", "المستشفى استقبل خلال الفترة", "بمستشفيات متخصصة"),
    ("2015-07-27-01257", "خالد أبو راشد", "هناك لبسا حدث", "رئيسا للنادي"),
    ("2015-07-27-01257", "خالد أبو راشد", "إجابته كانت محددة", "للرئاسة سوى الزويهري"),
    ("2015-07-27-01257", "خالد أبو راشد", "كانت الإجابة هي توضيح", "فلم أتطرق لها نهائيا"),
    ("2015-07-27-01257", "خالد أبو راشد", "نحن جميعا في الأهلي", "لم تؤخذ بدقة خلال النشر"),
    ("SK-internationalNews-560-20180324", "المذكرة", "المتحولين جنسيا الذين عانوا", "بعض الظروف المحدودة"),
    ("SK-internationalNews-560-20180324", "المذكرة", "من ربما يحتاجون", "العقاقير الطبية أو الجراحة"),
    ("SK-internationalNews-560-20180324", "المذكرة", "وزيري الدفاع والأمن الداخلي", "للمتحولين جنسيا"),
    ("SK-internationalNews-560-20180324", "البيت الأبيض", "وزير الدفاع جيم ماتيس يرى", "على فعالية الجيش"),
    ("SK-internationalNews-560-20180324", "جيم ماتيس", "من جرى تشخيص إصابتهم", "على فعالية الجيش"),
    (
        "SK-internationalNews-560-20180324",
        "البيت الأبيض",
        "ستمكن هذه السياسة الجديدة",
        "الأفضل على مستوى العالم",
    ),
    (
        "SK-internationalNews-560-20180324",
        "اللجنة الوطنية للحزب الديمقراطي",
        "الخطوة",
        "الخطوة",
        "وانتقدت اللجنة",
    ),
    (
        "SK-internationalNews-560-20180324",
        "اللجنة الوطنية للحزب الديمقراطي",
        "بأنها إهانة لأفراد",
        "من المتحولين جنسيا",
    ),
    ("SK-internationalNews-560-20180324", "نانسي بيلوسي", "السياسة الجديدة ستضر بالأمة", "ستضر بالأمة"),
    ("AL-sport-1796-20180603", "هيلموت سبان", "الإجراءات الأمنية في بطولة", "الإجتماعي على الإنترنت"),
    ("AL-sport-1796-20180603", "هيلموت سبان", "ستكون هناك وحدات مسؤولة", "في منتديات ومدونات معينة"),
    ("AL-sport-1796-20180603", "هيلموت سبان", "يوسائل التواصل الإجتماعي يمكن", "من خلال الأخبار المزيفة"),
    ("AL-sport-1796-20180603", "هيلموت سبان", "وهو ما يستدعي تعاونا", "المستضيفة للبطولة والفيفا"),
    ("AL-sport-1796-20180603", "هيلموت سبان", "الشيء المهم هو التعاون", "وهو أمر يسير بشكل جيد"),
    ("BB-middleEast-531-20180523", "تقارير", "قوات الأمن المصرية ألقت", "من صباح الأربعاء"),
    ("BB-middleEast-531-20180523", "وائل عباس", "يلقى القبض عليه", "يلقى القبض عليه"),
    ("BB-middleEast-531-20180523", "نشطاء", "قوات الأمن اقتحمت منزله", "إلى مكان غير معلوم"),
    ("BB-middleEast-531-20180523", "السلطات", "بنشر أخبار كاذبة", "لجماعة محظورة"),
    ("BB-middleEast-531-20180523", "منظمات حقوقية", "المزيد من قرارات العفو", "رهن الحبس الاحتياطي في قضايا"),
    (
        "SK-internationalNews-639-20180328",
        "دبلوماسيون",
        "سفراء الاتحاد الأوروبي يسعون",
        "في 16 أبريل أو خلاله",
    ),
    ("SK-internationalNews-639-20180328", "دبلوماسي", "الفكرة هي أن يكون", "في أبريل أو خلاله"),
    ("SK-internationalNews-639-20180328", "وثيقة سرية", "فقد اقترحت بريطانيا", "مع طهران عام 2015"),
]
LABELS_22: list[tuple[str, ...]] = [
    ("2015-07-24-02006", "نزار فقيه", "هناك مضاعفات كان يمكن", "مع انكماش رئوي"),
    ("2015-07-24-02006", "نزار فقيه", "حالة الطفل مستقرة", "لياقته وصحته العامة"),
    ("2015-08-07-00892", "فهد بن علي العليان", "بنك الجزيرة يعتز بالمشاركة", "وتعود عليه بالنفع"),
    ("2015-07-26-01064", "هيلاري كلينتون", "لم ترسل أو تتلق معلومات سرية", "عملها وزيرة للخارجية"),
    ("2015-07-26-01064", "هيلاري كلينتون", "لم أرسل أو أتلق أي شيء", "في ذلك الوقت"),
    ("2015-07-26-01064", "هيلاري كلينتون", "لم أرسل أو أتلق معلومات", "خاص بالبريد الالكتروني"),
    ("2015-08-06-02247", "محمد العاصمي", "مدير الدفاع المدني بمنطقة عسير اللواء", "بالصبر والسلوان"),
    ("2015-08-06-02247", "محمد العاصمي", "أهمية أخذ الحيطة والحذر", "على تواصل معهم"),
    ("2015-08-10-00732", "مصادر قريبة من البيت الهلالي", "إعلان عدد من أعضاء شرف", "العاصمة البريطانية لندن"),
    ("2015-08-10-00732", "أعضاء شرف النادي", "تقديم مكافآت مالية للاعبين", "بطولة السوبر السعودي"),
    ("2015-08-10-00732", "إدارة نادي الهلال", "بتقديم مكافآت مالية لهم", "وأعضاء شرف النادي"),
    ("2015-07-25-01359", "مساعد الزويهري", "بالعمل الدؤوب على تحقيق", "في مختلف الدرجات والألعاب"),
    ("2015-07-25-01359", "مساعد الزويهري", "خدمة الأهلي شرف لي", "أكثر البطولات بمختلف الألعاب"),
    ("2015-07-25-01359", "مساعد الزويهري", "لدي رغبة جامحة وقوية", "الراقي في الوقت ذاته"),
    ("2015-07-25-01359", "مساعد الزويهري", "لن يتخاذل في التوقيع", "المدرب السويسري جروس"),
    ("2015-07-25-01359", "مساعد الزويهري", "سيعمل على زيادة الموارد", "الموارد المالية للنادي"),
    ("SK-middleEast-729-20180402", "مصادر أمنية", "قطاع الأمن الوطني في قنا", "احتفال الأقباط بعيد السعف"),
    ("SK-middleEast-729-20180402", "مصادر أمنية", "معلومات وردت لقطاع الأمن", "الاحتفلات بالأعياد"),
    ("SK-middleEast-729-20180402", "مصادر أمنية", "تحقيقات تجرى مع الإرهابي", "باقي أفراد الخلي"),
    ("SK-technology-1315-20180812", "دراسة طبية حديثة", "مضار السمنة لا تقتصر", "ومهارات عقلية أخرى"),
    (
        "SK-technology-1315-20180812",
        "باحثين من معهد لانس بلانك الألماني",
        "الأشخاص الذين يعانون من السمنة",
        "مقارنة بغيرهم",
    ),
    (
        "SK-technology-1315-20180812",
        "باحثين من معهد لانس بلانك الألماني",
        "السمنة تؤدي إلى تسريع",
        "وحل المشكلات",
    ),
    ("SK-technology-1315-20180812", "النتائج", "النساء أكثر تضررا", "أكثر عرضة للخطر"),
    ("SK-technology-1315-20180812", "البحث الطبي الألماني", "ما كشفته دراسة بريطانية", "في دماغ الإنسان"),
    ("SK-technology-1315-20180812", "الدراستان", "السمنة تؤدي إلى تراجع المادة", "باضطرابات عقلية"),
    ("SK-middleEast-2987-20180719", "متحدث باسم الوزارة", "3 من المصابين تلقوا", "بعد تحسن حالتهم"),
    ("AL-sport-746-20180320", "نادي هامبورغ", "استبعاد لاعب الوسط البرازيلي", "لأسباب انضباطية"),
    ("AL-sport-746-20180320", "بيرنارد بيترز", "والاس انتهك مرارا", "الالتزامات التعاقدية"),
]
SETS: dict[str, list[tuple[str, ...]]] = {
    "1": list(LABELS),
    "2": list(LABELS_2),
    "3": LABELS_3,
    "4": LABELS_4,
    "5": LABELS_5,
    "6": LABELS_6,
    "7": LABELS_7,
    "8": LABELS_8,
    "9": LABELS_9,
    "10": LABELS_10,
    "11": LABELS_11,
    "12": LABELS_12,
    "13": LABELS_13,
    "14": LABELS_14,
    "15": LABELS_15,
    "16": LABELS_16,
    "17": LABELS_17,
    "18": LABELS_18,
    "19": LABELS_19,
    "20": LABELS_20,
    "21": LABELS_21,
    "22": LABELS_22,
}
EMPTY: dict[str, tuple[str, ...]] = {
    "3": EMPTY_3,
    "7": EMPTY_7,
    "9": EMPTY_9,
    "17": EMPTY_17,
    "18": EMPTY_18,
    "19": EMPTY_19,
}


def _span(text: str, label: tuple[str, ...]) -> Span:
    first, last = label[2], label[3]
    after = text.index(label[4]) + len(label[4]) if len(label) > 4 else 0
    start = text.index(first, after)
    end = text.index(last, start) + len(last)
    return Span(start, end)


def _overlap(a: Span, b: Span) -> float:
    shorter = min(len(a), len(b))
    return max(0, min(a.end, b.end) - max(a.start, b.start)) / shorter if shorter else 0.0


def _jaccard(a: Span, b: Span) -> float:
    union = max(a.end, b.end) - min(a.start, b.start)
    return max(0, min(a.end, b.end) - max(a.start, b.start)) / union if union else 0.0


def _same_speaker(predicted: str, gold: str) -> bool:
    p, g = set(default_speaker_key(predicted).split()), set(default_speaker_key(gold).split())
    return bool(p & g)


def _name_words(predicted: str, gold: str) -> tuple[float, float, bool]:
    """How much of the predicted name is the gold name's (precision), how much of the gold name it gives
    (recall), and whether the two are the same name: words compared by `canonical_key`."""
    p, g = set(canonical_key(predicted, "PERS").split()), set(canonical_key(gold, "PERS").split())
    shared = len(p & g)
    return (shared / len(p) if p else 0.0), (shared / len(g) if g else 0.0), p == g


def gold_quotes(labels: list[tuple[str, ...]], doc: str, text: str) -> list[tuple[str, Span]]:
    """(speaker, content span) of each labelled quote of article `doc`."""
    return [(label[1], _span(text, label)) for label in labels if label[0] == doc]


def match_to_gold(predicted: list[Span], gold: list[Span]) -> list[tuple[int, int]]:
    """(predicted index, gold index) pairs, best overlap first, each side used once: a predicted content
    span matches a gold one when they overlap by at least half of the shorter."""
    pairs = sorted(
        ((_overlap(p, g), _jaccard(p, g), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for ratio, _, i, j in pairs:
        if ratio < 0.5 or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matched.append((i, j))
    return matched


def labelled_article(doc: str, text: str) -> Article:
    """A hand-labelled article's text as the record the pipeline reads (no title, outlet or date)."""
    return Article(id=doc, source="", locator="", format="jsonl", title="", text=text, raw_text="")


def set_texts(sets: list[str], data: Path = DATA, ant: Path = ANT) -> dict[str, str]:
    """Article id -> text of every article in the hand-labelled `sets` (those with no quote included)."""
    wanted = {label[0] for name in sets for label in SETS[name]} | {
        d for name in sets for d in EMPTY.get(name, ())
    }
    texts: dict[str, str] = {}
    for path in (data, ant) if any(not w[:1].isdigit() for w in wanted) else (data,):
        texts.update((rec["id"], rec["content"]) for rec in _records(path) if rec["id"] in wanted)
    return texts


def _records(path: Path) -> Iterator[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def draw(path: Path, seed: int, n: int, min_chars: int, max_chars: int) -> list[dict[str, str]]:
    """`n` articles of `min_chars`–`max_chars` characters that contain a common speech verb, at random."""
    pool = [
        rec
        for rec in _records(path)
        if min_chars <= len(rec["content"]) <= max_chars and any(cue in rec["content"] for cue in DRAW_CUES)
    ]
    return random.Random(seed).sample(pool, n)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--ant", type=Path, default=ANT)
    parser.add_argument("--set", choices=sorted(SETS), default="1")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--draw", choices=("saudinewsnet", "ant"), help="print a random draw and exit")
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--n", type=int, default=8)
    parser.add_argument("--min-chars", type=int, default=300)
    parser.add_argument("--max-chars", type=int, default=1100)
    args = parser.parse_args(argv)
    if args.draw:
        path = args.data if args.draw == "saudinewsnet" else args.ant
        for rec in draw(path, args.seed, args.n, args.min_chars, args.max_chars):
            print("=====", rec["id"], rec["source"], "|", rec["title"])
            print(rec["content"])
        return 0
    labels = SETS[args.set]
    texts = set_texts([args.set], args.data, args.ant)
    n_pred = det = att = exact = 0
    word_p: list[float] = []
    word_r: list[float] = []
    for doc in sorted(texts):
        predicted = pipeline_quotes(labelled_article(doc, texts[doc]))
        n_pred += len(predicted)
        gold = gold_quotes(labels, doc, texts[doc])
        matched = match_to_gold([q.content_span for q in predicted], [s for _, s in gold])
        used_p = {i for i, _ in matched}
        used_g = {j for _, j in matched}
        for i, j in matched:
            det += 1
            ok = _same_speaker(predicted[i].speaker_name or predicted[i].speaker, gold[j][0])
            att += ok
            if ok:
                precision, recall, same = _name_words(
                    predicted[i].speaker_name or predicted[i].speaker, gold[j][0]
                )
                word_p.append(precision)
                word_r.append(recall)
                exact += same
            if args.verbose and not ok:
                print("WRONG SPEAKER", doc, predicted[i].speaker_name, "≠", gold[j][0], file=sys.stderr)
        if args.verbose:
            for j, (speaker, s) in enumerate(gold):
                if j not in used_g:
                    print("MISSED", doc, speaker, s.slice(texts[doc])[:60], file=sys.stderr)
            for i, q in enumerate(predicted):
                if i not in used_p:
                    print("EXTRA", doc, q.cue, q.speaker_name, q.content[:60], file=sys.stderr)

    def prf(tp: int) -> dict[str, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / len(labels)
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
        }

    print(
        json.dumps(
            {
                "set": args.set,
                "detection": prf(det),
                "attribution": prf(att),
                "speaker_words": {
                    "precision": round(sum(word_p) / len(word_p), 4) if word_p else 0.0,
                    "recall": round(sum(word_r) / len(word_r), 4) if word_r else 0.0,
                    "exact": exact,
                },
                "gold": len(labels),
                "predicted": n_pred,
            },
            ensure_ascii=False,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
