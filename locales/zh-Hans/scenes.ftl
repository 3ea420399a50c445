## 互动图画中的标签、按钮和读数。内容依据 shared/content/evidence-brief.md。

scene-right = 答对了
scene-not-quite = 不太对
scene-verdict-with = { $verdict }：{ $what }
scene-play-again = 再玩一次
scene-skin-tone = 肤色：
scene-skin-tone-n = 肤色：第 { $n } 种，共 6 种

## 疤痕探索（第 1 单元）

explorer-hint = 点一下图画中的疤痕，或者选一个字母，来了解它。
explorer-icepick = 一个又窄又深的小洞，宽度不到大约 2 mm。它可以深入皮肤里面。
explorer-boxcar = 一个边缘陡、底部平的凹坑。宽度大约 1.5 到 4 mm。
explorer-rolling = 一个宽而平缓的凹陷，宽度超过大约 4 到 5 mm。皮肤下面的纤维带把它往下拉。
explorer-hypertrophic = 一个硬硬的、凸起的包。它不会超出原来那个痘痘的范围。
explorer-keloid = 一种凸起的疤痕，会长到原来那个痘痘的范围以外。
explorer-colour-mark = 平的红色或褐色印子。皮肤仍然是平滑的。红色来自变宽了的很细的血管。褐色是多出来的色素。它们常常会在几个月里慢慢变淡。很多医生说它们不算真正的疤痕，但有一种分级方法把它们算作最轻的一种。

## 侧面光（第 1 单元）

light-angle = 灯的高度
light-seen-from-above = 从正上方看
light-rolling-shows = 光从侧面照过来时，滚动型疤痕会留下淡淡的影子。现在您能看到它了。
light-rolling-hides = 光从正上方照下来时，滚动型疤痕很难看到。它的坡度很平缓，所以几乎没有影子。

## 分类游戏（第 1 单元；它的计数和护理步骤游戏共用）

sort-progress = 已完成 { $done }/{ $total } · 答对 { $right } 个
sort-which = 这是哪一种？
sort-bin-not-a-scar = 不是疤痕（颜色印子）
sort-done = 您答对了 { $total } 个中的 { $right } 个。
sort-why-icepick = 这是冰锥型疤痕：一个又窄又深的小洞。
sort-why-boxcar = 这是箱车型疤痕：边缘陡，底部平。
sort-why-rolling = 这是滚动型疤痕：一个宽而平缓的凹陷，有纤维带把它往下拉。
sort-why-hypertrophic = 这是增生性瘢痕：凸起，但不超出原来那个痘痘的范围。
sort-why-keloid = 这是瘢痕疙瘩：凸起，而且会长到原来那个痘痘的范围以外。
sort-why-colour-mark = 这些是颜色印子：皮肤是平的，只是颜色变了。红色来自变宽的血管，褐色来自多出来的色素。很多医生说它们不算真正的疤痕，不过有一种分级方法把它们算作最轻的一种。

## 脉冲实验室（第 2 单元）

label-one-micrometre = 1 µm
label-half-mm = 0.5 mm
pulse-target-pigment = 色素颗粒
pulse-target-tissue = 疤痕组织
pulse-length = 脉冲长度：
pulse-preset-nano = 纳秒激光
pulse-preset-pico = 皮秒激光
pulse-fire = 发射一次脉冲
pulse-readout = 颗粒里保留的压力：{ $pressure }%（示意模型）。热量需要时间才能从颗粒里散出去。压力波也需要时间才能穿过颗粒：对于 1 µm 宽的颗粒，大约是 300 ps。这个数字是估算的。有一台在美国获得许可的皮秒激光，发出的脉冲是 240 到 750 ps。
pulse-model = 示意模型
pulse-outcome-breaks = 碎开了；散出的热量很少
pulse-outcome-heat-stays = 变热了；热量留在了里面
pulse-outcome-heat-leaks = 变热了；热量散到了周围的皮肤里
pulse-outcome-tissue = 这里没有能让这个模型打碎的颗粒
pulse-tissue-about = 这个模型显示的是一个色素颗粒，不是疤痕组织。它没有显示一次宽脉冲对疤痕有什么作用。在皮肤里，小气泡是在一种特殊透镜的光点下面形成的。这种透镜把光束分成很多很小的光点，每个光点都集中了能量。请看“{ pico-beams-title }”这一页。

## 波长（第 2 单元）

wave-532 = 532 nm 是绿光。它停留在靠近表面的地方。表层皮肤里的色素会吸收很多这种光。
wave-755 = 755 nm 来自翠绿宝石激光。它比绿光照得更深。
wave-1064 = 1064 nm 来自 Nd:YAG 激光。它照得最深。它对表层皮肤里的色素最温和。

## 点阵透镜（第 2 单元）

lens-none = 不用透镜
lens-diffractive = 均匀透镜
lens-microlens = 微透镜
lens-none-about = 不用特殊透镜时，激光用一束宽光束照射整片区域。
lens-diffractive-about = 这种透镜把光束分成很多均匀的细小光束。在一项猪皮测试中，每一束留下一个大约 78 µm 宽的气泡。气泡之间的皮肤保持完好。
lens-microlens-about = 这种透镜也会把光束分开，但没有那么均匀。在同一项测试中，气泡大约是 163 µm 宽。气泡之间的皮肤保持完好。
lens-bubble-rows = 发射一次脉冲后，上面一排气泡在表层，它们是通过 LIOB 形成的。下面一排在真皮里，它们是通过空化形成的。

## 重塑（第 2 单元）

remodel-first-floor = 治疗前的底部
remodel-exaggerated = 深度画得比实际深 4 倍
remodel-weeks = 周
remodel-status = 第 { $week } 周 · 到目前为止做了 { $sessions } 次治疗。
remodel-measured = 在一项有 20 人参加的研究中，到这个时候，疤痕的体积大约减少了 { $percent }%。

## 恢复期时间线（第 3 单元）

timeline-redness = 发红
timeline-swelling = 肿胀
timeline-days = 天数
timeline-day = 天
timeline-on-day = { $day ->
    [0] 治疗当天
   *[other] 第 { $day } 天
}
timeline-phase-day0 = 您的皮肤发红，可能有一点肿。您可能会看到很小的红点，那是皮肤轻微出血的地方。很多人当天或第二天就可以照常做平时的事。
timeline-phase-fading = 发红正在消退。肿的地方大多已经消了。很多人已经恢复了平常的生活。
timeline-phase-mostly = 对很多人来说，发红已经消退或者差不多消退了。
timeline-phase-settled = 您的皮肤很可能已经稳定下来了。请继续使用防晒霜。在之后的几周里，留意有没有出现深色的斑块。
timeline-normal-title = 正常
timeline-normal-body = 发红和轻微肿胀，持续几个小时到几天。针尖样出血留下的很小的红点。
timeline-call-title = 请联系诊所
timeline-call-body = 起水疱。结痂范围扩大。疼痛加重、有脓或发烧。出现唇疱疹。之后几周里出现深色斑块。

## 活动计划（第 3 单元）

planner-days = 离我的活动还有几天
planner-event-in = { $days ->
    [0] 我的活动就在治疗当天
   *[other] 我的活动在治疗后第 { $days } 天
}
planner-real-dates = { $days ->
    [0] 您的下一次治疗在{ $session }。
   *[other] 您的下一次治疗在{ $session }。之后第 { $days } 天是{ $date }。
}
planner-ask-clinic = 每个人的恢复情况都有点不同。重要的日子前后怎样安排治疗，请咨询您的诊所。

## 术后护理步骤游戏（第 4 单元）

routine-bin-do = 可以做
routine-bin-avoid = 暂时不要做
routine-bin-ask = 请咨询您的诊所
routine-morning = 早上
routine-evening = 晚上
routine-later = 以后
routine-reapply = 在户外时，大约每 2 小时重新涂一次防晒霜。
routine-when-after-redness = 一两天后，等发红消退时
routine-when-clinic-day = 在您的诊所告诉您的那一天
routine-when-ask = 等您的诊所说可以的时候
routine-clinic-first = 这些是一般的建议。请以您诊所的建议为准。
routine-sunscreen = 广谱防晒霜，SPF 30 或以上
routine-sunscreen-why = 诊所常常建议每天都用，在户外时大约每 2 小时再涂一次。
routine-scrub = 磨砂洗面奶
routine-scrub-why = 诊所常常建议，在皮肤稳定下来之前不要用磨砂产品。您的诊所会告诉您什么时候可以。
routine-cleanser = 温和的洁面产品
routine-cleanser-why = 诊所常常建议在皮肤恢复期间用温和的洁面产品。
routine-sauna = 桑拿或高温瑜伽
routine-sauna-why = 诊所常常建议，皮肤发红时不要接触高温。请等一两天，等发红消退。
routine-makeup = 化妆
routine-makeup-why = 做完这种激光后，常常不久就可以化妆。您的诊所会告诉您什么时候可以。
routine-retinoid = 维 A 酸类药膏
routine-retinoid-why = 诊所常常建议，在皮肤稳定下来之前不要用维 A 酸类产品。您的诊所会告诉您什么时候可以。
routine-moisturiser = 成分简单的保湿霜
routine-moisturiser-why = 诊所常常建议在皮肤恢复期间用成分简单的保湿霜。
routine-picking = 抠或揉搓
routine-picking-why = 不要抠，也不要揉搓治疗过的皮肤。让它自己慢慢愈合。
routine-pool = 游泳池
routine-pool-why = 诊所常常建议，皮肤发红时不要去游泳池。请等一两天。
routine-acids = 含酸的换肤产品和含酸的爽肤水
routine-acids-why = 诊所常常建议，在皮肤稳定下来之前不要用含酸的产品。您的诊所会告诉您什么时候可以。
routine-sun = 坐在太阳下
routine-sun-why = 不要被阳光直射，尤其是在最初的几周里。
routine-lightening = 美白霜
routine-lightening-why = 请等到您的皮肤稳定下来。您的诊所会告诉您什么时候可以。
timeline-call-phone = 您的诊所：{ $phone }
routine-when-day = 按照您诊所的建议，从治疗后第 { $day } 天开始
