## 第 5 单元：为面诊做准备。内容来自 shared/content/evidence-brief.md，
## 第 7、6、9、4 和 2 节（疗程的步骤来自第 5 节）。

consult-why-title = 为什么要为面诊做准备？
consult-why-p1 = 做激光之前，您要先做一次面诊。面诊就是和医生谈一谈，并让医生检查您的皮肤。医生会看看您的皮肤类型和疤痕类型，还会问您在用什么药，以及您过去的健康情况。
consult-why-p2 = 带上您自己的问题会很有帮助。这样您就能得到自己关心的问题的答案。在地图上，“为面诊做准备”可以帮您列出问题清单。

consult-tell-title = 要告诉医生的事
consult-tell-p1 = 有些情况可能会改变您的治疗计划，所以请告诉医生。如果您在用会让皮肤对光敏感的药，请告诉医生。如果您现在长着痘痘或有皮肤感染，也请告诉医生。
consult-tell-p2 = 如果您容易长唇疱疹（嘴边的小水疱），请告诉医生。医生可能会给您抗病毒药片，这种药能对付引起唇疱疹的病毒。如果您怀孕了或正在哺乳，请告诉医生。如果您或您的家人容易长瘢痕疙瘩（一种凸起的疤痕，会长到原来那颗痘的范围外面）或其他凸起的疤痕，也请告诉医生。
consult-tell-p3 = 如果您在大约最近 2 周内晒黑过，或者打算去晒太阳度假，请告诉医生。如果您在过去几个月里做过其他激光或换肤，也请告诉医生。如果您现在或以前得过皮肤癌，或者您的免疫系统（身体抵抗病菌的能力）比较弱，也请告诉医生。

consult-iso-title = 异维 A 酸：医生的看法不一样
consult-iso-p1 = 异维 A 酸是一种很强的治痘药。您可能听说过它的商品名，比如 Roaccutane 或 Accutane。如果您现在在吃这种药，或者不久前吃过，请告诉医生。
consult-iso-p2 = 这种药的说明书上写着：停药后要等 6 个月才能做激光。很多诊所也是这样说的。
consult-iso-p3 = 2017 年，一组专家查看了相关研究。他们没有找到可靠的证据，证明做这种激光之前必须等待。医生们对此仍然看法不一。所以请告诉医生，和医生一起决定。

consult-skin-title = 您的皮肤类型
consult-skin-p1 = 医生根据皮肤对阳光的反应，把皮肤分成 I 到 VI 六种类型。I 型皮肤总是晒伤，VI 型皮肤从不晒伤。这个应用里的皮肤自测只是一个粗略的参考，不是诊断：您的皮肤类型要由医生来判断。
consult-skin-p2 = 肤色较深的皮肤（IV 到 VI 型）在做完会加热皮肤的激光后，更容易留下褐色印子。把多项研究合在一起看，点阵皮秒激光留下的褐色印子比其他点阵激光少得多。点阵的意思是把光束分成许多很小的点。
consult-skin-p3 = 每台激光都只被批准（也就是允许）用于某些皮肤类型。例如，有一款用于痘疤的皮秒激光设备被批准用于 II 到 V 型皮肤。所以请问问您诊所的激光是否适合您的皮肤。

consult-other-title = 其他治疗方法
consult-other-p1 = 皮秒激光只是几种选择中的一种。点阵 CO2 激光是另一种激光，效果可能比较明显。但皮肤大约需要一周才能恢复，而且肤色较深的人留下褐色印子的风险更高。
consult-other-p2 = 微针是用很细的针在皮肤上扎出小孔。在一项试验中，疤痕在 6 个月后有所改善。皮下分离术可以松开把滚动型疤痕往下拉的紧绷纤维带。TCA CROSS 是把一种强酸点进冰锥型疤痕里，也就是那种又窄又深的疤痕。
consult-other-p3 = 填充剂是注射到凹陷下面，把它托起来。在美国，有一种填充剂被批准用于某些凹陷的疤痕。医生常常会把几种治疗方法合在一起用。请问问医生哪些方法适合您的疤痕。

consult-questions-title = 值得问的好问题
consult-questions-p1 = 下面是一些值得问的问题。这个治疗能帮到我的哪些疤痕？我需要做几次治疗？对我来说，能期待多大的改变才算实际？
consult-questions-p2 = 对我的皮肤类型来说，有哪些风险？整个疗程要花多少钱？每次治疗后我应该怎样护理皮肤？
consult-questions-p3 = 没有哪种痘疤治疗被证明是最好的。效果只是部分改善：疤痕会变好，但不会完美。好医生会和您坦诚地谈这些。

consult-q-tell = 下面哪些情况可能会改变您的激光计划，所以应该告诉医生？请选出所有符合的选项。
consult-q-tell-a = 您容易长唇疱疹
consult-q-tell-b = 您大多数日子都化妆
consult-q-tell-c = 您 10 天前晒黑过
consult-q-tell-d = 您怀孕了或正在哺乳
consult-q-tell-e = 您用温和的洁面产品洗脸
consult-q-tell-why = 唇疱疹、最近晒黑过和怀孕都可能改变治疗计划。化妆和温和的洁面产品不在这个清单上，但您仍然可以问问医生。

consult-q-iso = 您几个月前吃过异维 A 酸（一种很强的治痘药）。最好怎么做？
consult-q-iso-a = 等 6 个月，因为所有医生都同意这一点
consult-q-iso-b = 什么都不说，因为现在已经安全了
consult-q-iso-c = 告诉医生，因为医生们对此看法不一
consult-q-iso-why = 说明书和很多诊所都说要等 6 个月。一组专家没有找到可靠的证据证明必须等待。医生们看法不一，所以请告诉医生。

consult-q-diagnosis = 对还是错：这个应用里的皮肤自测能确定您的皮肤类型。
consult-q-diagnosis-why = 错。它只是一个粗略的参考，不是诊断。面诊时，医生会判断您的皮肤类型。

consult-q-burn = 请按顺序排好：从在太阳下最容易晒伤的皮肤，到最不容易晒伤的皮肤。
consult-q-burn-step1 = 总是晒伤，从不晒黑
consult-q-burn-step2 = 容易晒伤，会晒黑一点
consult-q-burn-step3 = 有时晒伤，然后晒黑
consult-q-burn-step4 = 很少晒伤，容易晒黑
consult-q-burn-step5 = 从不晒伤
consult-q-burn-why = 皮肤类型从 I 型到 VI 型：I 型总是晒伤，VI 型从不晒伤。其他类型在两者之间。

consult-q-darker = 对还是错：肤色较深的皮肤在做完会加热皮肤的激光后，更容易留下褐色印子。
consult-q-darker-why = 对。IV 到 VI 型皮肤更容易留下这种印子。把多项研究合在一起看，点阵皮秒激光留下的这种印子比其他点阵激光少得多。

consult-q-cleared = 有一款用于痘疤的皮秒激光设备被批准用于 II 到 V 型皮肤。这说明了什么？
consult-q-cleared-a = 每台激光都适合每种皮肤类型
consult-q-cleared-b = 要问问您诊所的激光是否被批准用于您的皮肤类型
consult-q-cleared-c = 只有 II 到 V 型皮肤的人才会长痘疤
consult-q-cleared-why = 每台激光都只被批准用于某些皮肤类型。这说的是激光，而不是谁会长疤痕。所以请问问您自己的皮肤类型是否合适。

consult-q-bands = 哪种治疗可以松开把滚动型疤痕往下拉的紧绷纤维带？
consult-q-bands-a = 皮下分离术
consult-q-bands-b = TCA CROSS
consult-q-bands-c = 点阵 CO2 激光
consult-q-bands-why = 皮下分离术可以松开滚动型疤痕下面的纤维带。TCA CROSS 是把一种强酸点进冰锥型疤痕里。

consult-q-best = 对还是错：已经证明有一种痘疤治疗是最好的。
consult-q-best-why = 错。没有哪种治疗有可靠的证据证明它是最好的。医生常常把几种治疗合在一起用，而且效果只是部分改善。

consult-q-asks = 面诊时，哪些是值得问的好问题？请选出所有符合的选项。
consult-q-asks-a = 这个治疗能帮到我的哪些疤痕？
consult-q-asks-b = 您能保证我的皮肤会变得完美吗？
consult-q-asks-c = 对我的皮肤类型来说，有哪些风险？
consult-q-asks-d = 整个疗程要花多少钱？
consult-q-asks-e = 我的疤痕多快能永远消失？
consult-q-asks-why = 请问问治疗能帮到什么、有哪些风险、要花多少钱。没有人能保证皮肤会变得完美。效果只是部分改善：疤痕会变好，但不会消失。

consult-q-course = 请把皮秒激光疗程的步骤按顺序排好。
consult-q-course-step1 = 和医生面诊
consult-q-course-step2 = 第一次治疗
consult-q-course-step3 = 大约 4 周，让皮肤修复
consult-q-course-step4 = 再做几次治疗，通常一共 3 到 6 次
consult-q-course-step5 = 最后一次治疗后，皮肤还要修复几周到几个月
consult-q-course-why = 疗程从面诊开始，医生会在面诊时检查您的皮肤。每次治疗大约相隔 4 周，通常一共 3 到 6 次。皮肤会在几周到几个月里持续修复，所以效果是慢慢出现的。
