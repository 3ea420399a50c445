## 第 3 单元：恢复期，会经历什么。内容来自 shared/content/evidence-brief.md 第 5 节，
## 疗程长度来自第 4 节。

downtime-before-title = 激光治疗前
downtime-before-p1 = 您第一次去诊所，通常是和诊所的人谈一谈，这叫作面诊。他们一般会看您的皮肤类型和您有哪些种类的疤痕。他们会问您在用什么药，以及您过去的健康情况。
downtime-before-p2 = 治疗当天，您可以选择涂麻药膏。它会让皮肤变麻，这样您的感觉会轻一些。麻药膏通常在激光治疗前大约 30 分钟涂上。
downtime-before-p3 = 激光开着的时候，您要戴上护眼用具。它能挡住激光，不让光进入您的眼睛。这是一般的安排，您的诊所会告诉您他们自己的安排。

downtime-during-title = 激光治疗中
downtime-during-p1 = 激光工作时，您可能会觉得皮肤上有一种像被弹了一下的感觉。
downtime-during-p2 = 在一项有 20 个人参加的研究里，疼痛的平均分数大约是 3 分（满分 10 分）。在这个评分里，0 分是完全不痛，10 分是最痛。激光的生产厂家为那项研究出了一部分钱。
downtime-during-p3 = 如果您担心疼痛，请在第一次去诊所时问问麻药膏的事。

downtime-day-by-day-title = 激光治疗后的每一天
downtime-day-by-day-p1 = 请把滑块从治疗当天移到第 4 周。看看图表上的发红怎样消退。这个图表只是一个大概的样子，因为每个人的恢复情况都有点不同。卡片会告诉您哪些情况是正常的，以及什么时候应该打电话给诊所。
downtime-day-by-day-p2 = 发红和轻微肿胀（也就是有点鼓起来），在几小时到几天内是正常的。这类激光常常会让皮肤出现很小的红点，那里出了一点点血。您的表皮，也就是皮肤最上面的一层，大部分保持完好。所以很多人当天或第二天就能恢复平常的生活。

downtime-when-to-call-title = 什么时候要打电话给诊所
downtime-when-to-call-p1 = 有些情况说明您应该打电话给诊所。如果起了水疱，也就是皮肤下面有液体的小泡，请打电话。如果结痂（干的痂皮）并且范围在扩大，请打电话。
downtime-when-to-call-p2 = 如果出现感染的迹象，比如越来越痛、有脓或者发烧，请打电话。脓是黄色或白色的稠液体。如果长了唇疱疹，也就是嘴唇上或嘴唇附近很痛的疮，请打电话。
downtime-when-to-call-p3 = 如果之后几周里出现深色的斑块，请打电话。这是诊所通常给的建议。您的诊所可能会给您他们自己的清单和电话号码。

downtime-events-title = 遇到重要日子时怎样安排
downtime-events-p1 = 您快要参加婚礼、求职面试或者聚会吗？请把滑块调到离活动还有几天。看看那天您的皮肤可能是什么样子。
downtime-events-p2 = 一个疗程常常是 3 到 6 次，每次间隔大约 4 周。在研究里，间隔是 3 到 8 周。请避开您的重要日子来安排治疗，并问问您的诊所。

downtime-q-numbing = 如果您选择涂麻药膏，通常什么时候涂？
downtime-q-numbing-a = 激光治疗刚结束后
downtime-q-numbing-b = 激光治疗前大约 30 分钟
downtime-q-numbing-c = 前一天晚上，在家里涂
downtime-q-numbing-why = 麻药膏在激光治疗前大约 30 分钟涂上。要不要涂，由您自己选择。

downtime-q-order = 请把这些步骤按先后顺序排好。
downtime-q-order-step1 = 和诊所谈一谈您的皮肤、疤痕和用药
downtime-q-order-step2 = 如果您想要，在治疗前大约 30 分钟涂麻药膏
downtime-q-order-step3 = 戴上护眼用具
downtime-q-order-step4 = 激光治疗
downtime-q-order-step5 = 治疗后每天涂广谱防晒霜
downtime-q-order-why = 第一步是谈话，叫作面诊。麻药膏在激光治疗前涂上，护眼用具在激光开始前戴上。治疗后，每天涂广谱防晒霜是日常护理的一部分。这是一般的安排，您的诊所会告诉您他们自己的安排。

downtime-q-pain = 在一项有 20 个人参加的研究里，疼痛的平均分数是多少？
downtime-q-pain-a = 大约 8 分（满分 10 分）
downtime-q-pain-b = 0 分（满分 10 分）：完全不痛
downtime-q-pain-c = 大约 3 分（满分 10 分）
downtime-q-pain-why = 平均大约是 3 分（满分 10 分），10 分是最痛。激光的生产厂家为这项研究出了一部分钱。

downtime-q-normal = 在最初几天里，下面哪些情况是正常的？请选出所有符合的选项。
downtime-q-normal-redness = 发红
downtime-q-normal-blisters = 水疱
downtime-q-normal-dots = 皮肤上出了一点点血的小红点
downtime-q-normal-swelling = 轻微肿胀
downtime-q-normal-pus = 脓
downtime-q-normal-why = 一开始出现发红、轻微肿胀和小红点是正常的。水疱和脓不正常。出现它们时，应该打电话给诊所。

downtime-q-call = 下面哪些情况说明您应该打电话给诊所？请选出所有符合的选项。
downtime-q-call-redness = 治疗当天发红
downtime-q-call-blisters = 水疱
downtime-q-call-crust = 范围在扩大的结痂
downtime-q-call-dots = 第一天出现小红点
downtime-q-call-cold-sore = 唇疱疹
downtime-q-call-why = 诊所通常会请您在出现水疱、范围在扩大的结痂、唇疱疹、感染的迹象，或者之后几周里出现深色斑块时打电话。一开始发红和出现小红点是正常的。

downtime-q-back = 很多人当天或第二天就能恢复平常的生活。
downtime-q-back-why = 对。皮肤最上面的一层大部分保持完好，所以很多人很快就能恢复正常。

downtime-q-dark = 之后几周里出现的深色斑块是正常的，所以不用管它们。
downtime-q-dark-why = 错。如果之后几周里出现深色斑块，诊所通常会请您打电话给他们。

downtime-q-gap = 两次治疗之间最常见的间隔是多久？
downtime-q-gap-a = 大约 1 周
downtime-q-gap-b = 大约 4 周
downtime-q-gap-c = 大约 6 个月
downtime-q-gap-why = 两次治疗之间最常见的间隔是大约 4 周。在研究里，间隔是 3 到 8 周。

downtime-q-one = 通常做一次治疗就够了。
downtime-q-one-why = 错。一个疗程常常是 3 到 6 次。效果会在一系列治疗中慢慢累积。
