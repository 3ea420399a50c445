## 第 4 单元：治疗后怎样护理皮肤。内容来自 shared/content/evidence-brief.md，
## 第 8 节和第 6 节。术后护理是一般建议：每一页都说明，诊所的建议最优先。

aftercare-sun-title = 每天防晒
aftercare-sun-p1 = 每天都要用防晒霜。请选择写着“广谱”的防晒霜，意思是它能挡住多种太阳光线。请选择 SPF 30 或更高的。
aftercare-sun-p2 = 在户外时，大约每 2 小时再涂一次。不要被太阳直接晒，尤其是在最开始的几周。
aftercare-sun-p3 = 这是一般建议。请以您诊所的建议为准。

aftercare-gentle-title = 温和对待您的皮肤
aftercare-gentle-p1 = 用温和的洁面产品洗脸，也就是刺激性小的洗面奶。然后用简单的保湿霜，就是一种防止皮肤变干的普通面霜。
aftercare-gentle-p2 = 暂时不要用磨砂膏，也就是带颗粒的洗面产品。不要用含酸的产品，比如含酸的换肤产品和含酸的爽肤水。不要用维 A 酸类产品（一种很强的维生素 A 药膏）。不要用淡化深色斑点的美白霜。
aftercare-gentle-p3 = 请等到皮肤恢复平稳后再用。您的诊所会告诉您要等几天。这是一般建议，请以您诊所的建议为准。

aftercare-hands-off-title = 不要用手碰
aftercare-hands-off-p1 = 不要抠治疗过的皮肤，也不要揉它。让它自己慢慢愈合。
aftercare-hands-off-p2 = 做完这种激光后，常常不久就可以化妆。请问问您的诊所什么时候可以重新开始化妆。
aftercare-hands-off-p3 = 这是一般建议。您的诊所可能会有不同的说法，请以诊所的建议为准。

aftercare-heat-title = 高温和水
aftercare-heat-p1 = 皮肤发红的时候，请远离高温。一两天内不要蒸桑拿，也不要做高温瑜伽。
aftercare-heat-p2 = 这段时间也不要去游泳池。
aftercare-heat-p3 = 这是一般建议。请以您诊所的建议为准。

aftercare-routine-title = 小游戏：安排您的护理步骤
aftercare-routine-p1 = 把每一项分到“可以做”、“暂时不要做”或“请咨询您的诊所”里。您马上就能知道自己对不对，以及为什么。然后看看您早上和晚上的护理步骤。这是一般建议，请以您诊所的建议为准。

aftercare-skin-tone-title = 肤色和褐色印子
aftercare-skin-tone-p1 = 医生根据皮肤对阳光的反应，把皮肤分成 I 到 VI 六种类型。肤色较深的皮肤（IV 到 VI 型）在做完靠加热起作用的激光后，更容易留下褐色印子。这种褐色印子叫作炎症后色素沉着（PIH）。
aftercare-skin-tone-p2 = 点阵激光会处理许多很小的点，而小点之间的皮肤不受影响。把 7 项研究合在一起看，点阵皮秒激光留下的褐色印子比其他点阵激光少得多。
aftercare-skin-tone-p3 = 在美国，有一款用于痘疤的 1064 nm 手具（就是贴在皮肤上的那部分）被批准（也就是允许）用于 II 到 V 型皮肤。这只是一个限制的例子，所以请向您的诊所问问您的皮肤类型。请以您诊所的建议为准。

aftercare-q-sunscreen = 做完一次治疗后，一般建议用哪种防晒霜？
aftercare-q-sunscreen-a = 广谱、SPF 30 或更高，每天都用
aftercare-q-sunscreen-b = SPF 15，只在天热时用
aftercare-q-sunscreen-c = 任何防晒霜都行，只在去海边时用
aftercare-q-sunscreen-why = 每天都要用广谱、SPF 30 或更高的防晒霜。广谱的意思是它能挡住多种太阳光线。

aftercare-q-reapply = 在户外时，应该多久再涂一次防晒霜？
aftercare-q-reapply-a = 早上涂一次就够了
aftercare-q-reapply-b = 大约每 8 小时
aftercare-q-reapply-c = 大约每 2 小时
aftercare-q-reapply-why = 在户外时，大约每 2 小时再涂一次。还要避免被太阳直接晒，尤其是在最开始的几周。

aftercare-q-avoid = 在皮肤恢复平稳之前，暂时应该避免哪些？请选出所有符合的选项。
aftercare-q-avoid-scrub = 带颗粒的磨砂洗面产品
aftercare-q-avoid-cleanser = 温和的洁面产品
aftercare-q-avoid-retinoid = 维 A 酸类药膏
aftercare-q-avoid-moisturiser = 简单的保湿霜
aftercare-q-avoid-lightening = 美白淡斑霜
aftercare-q-avoid-why = 磨砂膏、维 A 酸类产品和美白霜，可以等皮肤恢复平稳后再用。温和的洁面产品和简单的保湿霜可以用。您的诊所会告诉您要等几天。这是一般建议，请以您诊所的建议为准。

aftercare-q-sun-weeks = 什么时候最需要避免被太阳直接晒？
aftercare-q-sun-weeks-a = 只在治疗当天
aftercare-q-sun-weeks-b = 尤其是在最开始的几周
aftercare-q-sun-weeks-c = 只在炎热的夏天
aftercare-q-sun-weeks-why = 不要被太阳直接晒，尤其是在最开始的几周。每天也要用广谱防晒霜。这是一般建议，请以您诊所的建议为准。

aftercare-q-picking = 轻轻抠掉小痂皮可以帮助皮肤愈合。
aftercare-q-picking-why = 错。不要抠或揉治疗过的皮肤。让它自己慢慢愈合。

aftercare-q-make-up = 做完这种激光后，常常不久就可以化妆。
aftercare-q-make-up-why = 对。常常不久就可以化妆。您的诊所会告诉您什么时候可以。

aftercare-q-heat = 皮肤发红的时候，应该多久不蒸桑拿、不做高温瑜伽、不去游泳池？
aftercare-q-heat-a = 只要 1 小时
aftercare-q-heat-b = 一两天
aftercare-q-heat-c = 6 个月
aftercare-q-heat-why = 皮肤发红的一两天里，不要接触高温，也不要去游泳池。这是一般建议，请以您诊所的建议为准。

aftercare-q-darker = 肤色较深的皮肤（IV 到 VI 型）在做完靠加热起作用的激光后，更容易留下褐色印子。
aftercare-q-darker-why = 对。这种褐色印子叫作炎症后色素沉着（PIH）。请把您的皮肤类型告诉医生，并问问您的风险有多大。

aftercare-q-pico-pih = 把 7 项研究合在一起看，点阵皮秒激光和其他点阵激光相比怎么样？
aftercare-q-pico-pih-a = 留下的褐色印子更多
aftercare-q-pico-pih-b = 留下的褐色印子少得多
aftercare-q-pico-pih-c = 完全不会留下褐色印子
aftercare-q-pico-pih-why = 点阵皮秒激光留下的褐色印子少得多。但少得多不等于没有，所以请问问医生您自己的风险有多大。
