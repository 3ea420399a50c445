## 学习路线的五个单元。

module-scar-types-title = 疤痕类型
module-scar-types-summary = 了解痘疤有哪几种，以及每种有什么不同。
module-how-pico-works-title = 皮秒激光怎样起作用
module-how-pico-works-summary = 看看非常短的激光闪光怎样帮助皮肤在几周到几个月里重建。
module-downtime-title = 恢复期：会有什么情况
module-downtime-summary = 每次治疗后的几天里，您的皮肤可能是什么样子、有什么感觉。
module-aftercare-title = 治疗后怎样护理皮肤
module-aftercare-summary = 诊所常给的建议：皮肤恢复期间怎样护理。
module-consultation-title = 为面诊做准备
module-consultation-summary = 要问医生的问题，以及要告诉医生的事情。

## 快速路线（大约 90 秒）：每个单元一个要点。
module-scar-types-key = 凹陷的疤痕主要有三种：又窄又深的冰锥型疤痕；边缘陡直的箱车型疤痕；又宽又平缓的滚动型疤痕。凸起的疤痕又是另外的情况。平的红色或褐色印子只改变颜色：很多医生说它们不算真正的疤痕。
module-how-pico-works-key = 皮秒激光发出非常短的闪光。它们用很少的热量把皮肤里微小的目标震碎。一种特殊的镜片把光束分成很多很细的小光束，在几周到几个月里帮助皮肤重建。效果要经过几次治疗慢慢出现，疤痕常常只能改善一部分。
module-downtime-key = 发红、轻微肿胀和很小的红点是正常的，会持续几个小时到几天。如果出现水疱、结痂范围扩大、感染的迹象、唇疱疹（嘴边起的小水疱）或者深色斑块，请联系诊所。
module-aftercare-key = 这些是常见的建议，您的诊所可能会改：每天涂广谱防晒霜（SPF 30 或以上），轻柔洗脸，用成分简单的保湿霜。在诊所说可以之前，不要用磨砂产品、酸类产品和维 A 酸类产品，也不要抠皮肤。
module-consultation-key = 带上您的问题，并告诉医生您在用的药、是否长过唇疱疹或瘢痕疙瘩、最近是否晒黑过、是否怀孕。有些事情不同的医生看法不一样，所以请咨询您的医生。
express-open = 时间不够？看 90 秒版本
express-heading = 90 秒版本
express-intro = 五个要点，然后是五道小题。
express-start-quiz = 试试 5 道题
