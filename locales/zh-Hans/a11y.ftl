## 给读屏软件的文字：每幅图画的内容，以及屏幕上只显示符号或颜色的按钮的名称。

a11y-picture-skin = 图画：从侧面看的一片平滑皮肤，每一层旁边写着它的名称。
a11y-picture-lineup = 图画：从侧面看的一片皮肤，三种凹陷的痘疤并排在一起，每个上方都有标记。
a11y-picture-explorer = 图画：从侧面看的一片皮肤。五种疤痕并排画在一起，右边是一块红色和一块褐色的颜色印子，它们不是疤痕。疤痕的大小按真实比例画出；皮肤的各层画得比较简单。
a11y-picture-scar = 图画：从侧面看的一片皮肤，显示这种疤痕或印子：{ $scar }。
# A drawing a question is about: its shape in words, never its name.
a11y-picture-one-scar = 图画：从侧面看的一片皮肤。{ $shape }
a11y-shape-icepick = 它是一个又窄又深的洞，一直到皮肤深处。
a11y-shape-boxcar = 它是一个凹坑，边缘又陡又清楚，底部是平的。
a11y-shape-rolling = 它是一个又宽又平缓的凹陷，边缘不陡。皮肤下面的纤维带把它往下拉。
a11y-shape-hypertrophic = 它是皮肤上一个凸起来的硬包。它没有超出标出原来长痘地方的记号。
a11y-shape-keloid = 它是一个凸起来的包。它长到了标出原来长痘地方的记号外面。
a11y-shape-colour-mark = 皮肤是平的，没有凹坑，也没有凸起。有一处，最上面一层下面很细的血管变宽了，所以看起来发红。另一处，最上面一层里有多出来的色素，所以看起来是褐色的。

a11y-scene-side-light = 图画：一盏灯按您选择的角度照在有疤痕的皮肤上。从侧面来的光会在凹陷处留下影子，这样就能看到滚动型疤痕。从正上方来的光会把它藏起来。
a11y-scene-pulse-length = 示意模型的图画：一次激光脉冲打在皮肤里一个很小的色素颗粒上。非常短的皮秒脉冲让压力积聚起来，把颗粒打碎，热量很少。较长的脉冲让颗粒变热。长得多的脉冲会让热量散到周围的皮肤里。选择疤痕组织时，图里没有颗粒，文字会指向讲特殊透镜的那一页。
a11y-scene-wavelength = 图画：三种颜色的激光进入皮肤。波长越长，照得越深，表层皮肤的颜色吸收得也越少。
a11y-scene-fractional-lens = 图画：一个透镜把光束分成很多很细的小光束。每一束在皮肤下面留下小气泡：一个在表层（LIOB），一个在真皮（空化）。光点之间的皮肤不受影响。
a11y-scene-remodelling = 图画：从侧面看的一个凹陷的疤痕。每次治疗后的几周里，新的胶原蛋白会慢慢把凹陷的底部抬高一点。它不会变得完全平整。
a11y-scene-downtime-timeline = 图画：您选择的那一天，一块治疗过的皮肤的样子，还有一张图表，显示发红和肿胀在几天里怎样消退。
a11y-scene-event-planner = 图画：一块治疗过的皮肤在您活动那天可能的样子。下面的文字说明那天可以预期什么。

a11y-move-up = 上移：{ $step }
a11y-move-down = 下移：{ $step }

## 课程的纯文字版（用于网页版：给读屏软件和搜索引擎）。
text-version-title = Scarwise：课程纯文字版
text-version-link = 课程纯文字版
text-version-contents = ← 全部课程
text-version-check = 检查您学到了什么
text-version-answer = 查看答案
text-version-open-app = 打开互动应用

## Read aloud: a lesson page, a question, an answer or the summary spoken with the device's
## own voices, sentence by sentence. { $language } is the language's own name ("Español").
read-aloud = 朗读
read-aloud-answer = 朗读答案
read-aloud-pause = 暂停
read-aloud-resume = 继续朗读
read-aloud-stop = 停止朗读
read-aloud-where = 第 { $number } 句，共 { $total } 句
read-aloud-from-here = 点一下某句话，就从那里开始读。
read-aloud-no-voice = 这台设备没有{ $language }语音，所以无法朗读这段内容。
read-aloud-no-speech = 这台设备无法朗读：它没有任何语音。
read-aloud-text-offer = 您可以保存本单元的文字版。设备自带的读屏软件可以读给您听。
read-aloud-text-version = 保存文字版
read-aloud-text-saved = 文字版已保存为 { $path }
read-aloud-text-failed = 文字版没能保存：{ $reason }
