## 第 1 单元：疤痕类型。内容依据 shared/content/evidence-brief.md 第 1 和第 2 节。

scar-types-layers-title = 您的皮肤有三层
scar-types-layers-p1 = 皮肤是一层一层的。最上面一层很薄，叫作表皮。它就是您看得见、摸得到的部分。
scar-types-layers-p2 = 表皮下面是中间层，叫作真皮。它更厚，里面有很多结实的纤维，叫作胶原蛋白。真皮下面是一层脂肪。
scar-types-layers-p3 = 有些疤痕只在靠近表面的地方。有些则深入到真皮里。疤痕有多深，会影响可以怎样治疗。

scar-types-colour-title = 是颜色印子，还是疤痕？
scar-types-colour-p1 = 痘痘好了以后，可能会留下平的红色或褐色印子。皮肤摸起来还是平滑的。这些印子常常会在几个月里慢慢变淡。
scar-types-colour-why = 红色印子的红，来自很细的血管：痘痘又红又痛的时候，这些血管变宽了。褐色印子是多出来的色素，也就是皮肤本来的颜色。
scar-types-colour-p2 = 疤痕就不一样了。它会改变皮肤的形状，可能是一个凹坑，也可能是一个凸起的包。
scar-types-colour-p3 = 医生们对这些词的用法不完全一样。有一种分级方法把平的印子算作最轻的一种疤痕。但很多皮肤科医生说，平的印子不算真正的疤痕。请咨询您的医生，问问他们说的是什么意思。

scar-types-icepick-title = 冰锥型疤痕
scar-types-icepick-p1 = 冰锥型疤痕是一个又小又深的洞，看起来就像皮肤被尖的东西扎过一样。
scar-types-icepick-p2 = 它很窄：宽度不到大约 2 mm。但它可能很深，能到真皮的下部，甚至更深。
scar-types-icepick-p3 = 因为它又窄又深，只作用于皮肤表面的治疗很难到达它。医生可能会用其他方法来治疗这种疤痕。

scar-types-boxcar-title = 箱车型疤痕
scar-types-boxcar-p1 = 箱车型疤痕是一个圆形或椭圆形的凹坑。它的边缘又陡又清楚，底部是平的，就像一个小盒子压进了皮肤里。
scar-types-boxcar-p2 = 它的宽度大约是 1.5 到 4 mm。有些比较浅，有些比较深。
scar-types-boxcar-p3 = 比较浅的箱车型疤痕，用让皮肤表层更新的治疗（比如激光）效果常常最好。

scar-types-rolling-title = 滚动型疤痕
scar-types-rolling-p1 = 滚动型疤痕是皮肤上又宽又平缓的凹陷。每一个都比大约 4 到 5 mm 更宽。它们可能会让皮肤看起来高低起伏，像波浪一样。
scar-types-rolling-p2 = 它们是由皮肤下面一条条结实的组织带造成的。这些组织带把皮肤表面往下拉住，就像沙发靠垫上的纽扣一样。
scar-types-rolling-p3 = 滚动型疤痕让皮肤看起来不平，在从侧面照来的光下最明显。有一种叫作皮下分离术的治疗，可以把这些组织带松开。

scar-types-hypertrophic-title = 凸起的疤痕：增生性瘢痕
scar-types-hypertrophic-p1 = 有些疤痕不是凹下去的，而是凸起来的。增生性瘢痕是皮肤上一个硬硬的包。
scar-types-hypertrophic-p2 = 它只在原来长痘的范围里面，不会长到范围外面去。

scar-types-keloid-title = 凸起的疤痕：瘢痕疙瘩
scar-types-keloid-p1 = 瘢痕疙瘩是一种凸起的疤痕，它会长到原来那颗痘的范围外面。
scar-types-keloid-p2 = 有些人、有些家族比较容易长瘢痕疙瘩。如果您或您的家人长过瘢痕疙瘩，请在做任何皮肤治疗之前告诉您的医生。

scar-types-explorer-title = 看看所有的类型
scar-types-explorer-p1 = 这里把所有的类型并排放在一起：先是五种疤痕，然后是平的颜色印子，它们不是疤痕。疤痕的大小按真实比例画出，但皮肤的各层画得比较简单。请点击每一个，看看它有多宽、有多深。

scar-types-side-light-title = 为什么侧面的光很重要
scar-types-side-light-p1 = 把灯从高处移到低处，看看滚动型疤痕有什么变化。
scar-types-side-light-p2 = 从上面照下来的光会把平缓的凹陷藏起来。从侧面来的光会留下影子，凹陷就显出来了。这就是为什么滚动型疤痕在有些光线下看起来更明显。

scar-types-grading-title = 医生怎样描述疤痕
scar-types-grading-p1 = 医生可能会给疤痕分级。有一种分级方法（Goodman 和 Baron 提出的）分为 4 级。第 1 级是平的颜色印子。
scar-types-grading-p2 = 第 2 级是轻度：在大约半米外很难看到，用化妆品很容易遮住。第 3 级是中度：在这个距离很容易看到，把皮肤拉开时会变平。第 4 级是重度：把皮肤拉开时也不会变平。
scar-types-grading-p3 = 没有哪一种分级方法是最好的。您的医生可能会用另一种，这没有关系。

scar-types-sort-title = 小游戏：说出疤痕的名字
scar-types-sort-p1 = 看看每一幅图，选出它是哪一种。如果皮肤是平的，只是颜色变了，请选“不是疤痕”。每次回答后，您都会看到原因。

scar-types-common-title = 您并不孤单
scar-types-common-p1 = 长痘非常常见。大多数人在大约 11 到 30 岁之间的某个时候都长过痘。
scar-types-common-p2 = 痘疤也很常见。美国有一项研究调查了 1,972 位长痘并看过皮肤科医生的人，每 100 人里有 43 人有痘疤。他们中大多数人的痘痘只是轻度或中度。严重的痘痘、治疗得晚、反复长的痘痘，都更容易留下疤痕；男性也更容易留疤。
scar-types-common-p3 = 即使疤痕很轻，也可能让人心里难受。这些感受是真实的。您可以放心地和医生谈谈这些感受。

scar-types-q-icepick-shape = 哪一种疤痕是又窄又深的洞，像被扎出来的一样？
scar-types-q-icepick-shape-a = 冰锥型疤痕
scar-types-q-icepick-shape-b = 滚动型疤痕
scar-types-q-icepick-shape-c = 瘢痕疙瘩
scar-types-q-icepick-shape-why = 冰锥型疤痕的宽度不到大约 2 mm，但它可能深入到皮肤深处。

scar-types-q-which-shown = 这幅图画的是哪一种疤痕？
scar-types-q-boxcar-shown-a = 箱车型疤痕
scar-types-q-boxcar-shown-b = 冰锥型疤痕
scar-types-q-boxcar-shown-c = 增生性瘢痕
scar-types-q-boxcar-shown-why = 它的边缘很陡，底部是平的。这就是箱车型疤痕的形状。
scar-types-q-rolling-shown-a = 滚动型疤痕
scar-types-q-rolling-shown-b = 箱车型疤痕
scar-types-q-rolling-shown-c = 瘢痕疙瘩
scar-types-q-rolling-shown-why = 它是一个又宽又平缓的凹陷，下面有组织带把它往下拉。这是滚动型疤痕。

scar-types-q-rolling-light = 滚动型疤痕在从侧面照来的光下最明显。
scar-types-q-rolling-light-why = 对。滚动型疤痕让皮肤看起来不平，在侧面的光下最明显。

scar-types-q-colour-flat = 痘痘好了以后留下的红色或褐色印子是平的，常常会在几个月里慢慢变淡。
scar-types-q-colour-flat-why = 对。这些颜色印子不会改变皮肤的形状，通常会随着时间慢慢变淡。

scar-types-q-keloid-spreads = 瘢痕疙瘩和增生性瘢痕有什么不同？
scar-types-q-keloid-spreads-a = 瘢痕疙瘩会长到原来那颗痘的范围外面
scar-types-q-keloid-spreads-b = 瘢痕疙瘩是凹坑，不是凸起的包
scar-types-q-keloid-spreads-c = 瘢痕疙瘩总是平的
scar-types-q-keloid-spreads-why = 两种都是凸起的。增生性瘢痕只在长痘的范围里面。瘢痕疙瘩会长到范围外面。

scar-types-q-keloid-tell = 如果您容易长瘢痕疙瘩，应该在做任何皮肤治疗之前告诉您的医生。
scar-types-q-keloid-tell-why = 对。在做任何治疗之前，您自己或家人是否容易长瘢痕疙瘩，都很重要。

scar-types-q-bands = 是什么把滚动型疤痕往下拉？
scar-types-q-bands-a = 皮肤下面结实的组织带
scar-types-q-bands-b = 皮肤里的油太多
scar-types-q-bands-c = 颜色印子
scar-types-q-bands-why = 皮肤下面结实的组织带把皮肤表面往下拉住。有一种叫作皮下分离术的治疗，可以把它们松开。

scar-types-q-icepick-surface = 只作用于皮肤表面的治疗，很容易到达冰锥型疤痕。
scar-types-q-icepick-surface-why = 错。冰锥型疤痕又窄又深，所以作用于表面的治疗很难到达它们。

scar-types-q-boxcar-size = 箱车型疤痕大约有多宽？
scar-types-q-boxcar-size-a = 宽度大约 1.5 到 4 mm
scar-types-q-boxcar-size-b = 宽度超过 2 cm
scar-types-q-boxcar-size-c = 比一根头发还细
scar-types-q-boxcar-size-why = 箱车型疤痕的宽度通常大约是 1.5 到 4 mm。

scar-types-q-one-scale = 所有医生都用同一种方法给痘疤分级。
scar-types-q-one-scale-why = 错。分级方法有好几种，没有哪一种是唯一最好的。

scar-types-q-common = 美国有一项研究调查了 1,972 位长痘并看过皮肤科医生的人，其中有多少人有痘疤？
scar-types-q-common-a = 每 100 人里大约有 43 人
scar-types-q-common-b = 每 100 人里大约有 4 人
scar-types-q-common-c = 所有人都有
scar-types-q-common-why = 每 100 人里有 43 人有痘疤。他们中大多数人的痘痘只是轻度或中度。

scar-types-q-dented = 下面哪些是凹陷的疤痕？请选出所有符合的选项。
scar-types-q-dented-icepick = 冰锥型疤痕
scar-types-q-dented-boxcar = 箱车型疤痕
scar-types-q-dented-rolling = 滚动型疤痕
scar-types-q-dented-keloid = 瘢痕疙瘩
scar-types-q-dented-hypertrophic = 增生性瘢痕
scar-types-q-dented-why = 冰锥型、箱车型和滚动型疤痕是凹陷疤痕的三种主要类型。瘢痕疙瘩和增生性瘢痕是凸起的。

scar-types-q-tap-rolling = 请点击滚动型疤痕。
scar-types-q-tap-rolling-why = 滚动型疤痕是右边那个又宽又平缓的凹陷，下面有组织带把它往下拉。

scar-types-q-tap-icepick = 请点击冰锥型疤痕。
scar-types-q-tap-icepick-why = 冰锥型疤痕是左边那个又窄又深的小坑。

scar-types-q-widths = 请把这些疤痕按从最窄到最宽的顺序排列。
scar-types-q-widths-icepick = 冰锥型：不到大约 2 mm
scar-types-q-widths-boxcar = 箱车型：大约 1.5 到 4 mm
scar-types-q-widths-rolling = 滚动型：超过大约 4 到 5 mm
scar-types-q-widths-why = 冰锥型疤痕最窄，箱车型疤痕在中间，滚动型疤痕最宽。
