## 整个应用共用的屏幕、按钮和标签。

loading = 正在准备…

nav-map = ← 学习路线
nav-settings = 设置
nav-about = 关于
nav-back = ← 返回

title-tagline = 在和医生交谈之前，先了解您的痘疤
title-intro = 了解痘疤有哪几种、皮秒激光是怎样起作用的、治疗后几天会是什么样子，以及怎样护理您的皮肤。课程简短，有图画和小测验。请慢慢来：没有计时。
title-start = 开始学习
title-disclaimer = Scarwise 只做讲解。它不能诊断，也不能代替您医生的建议。

journey-heading = 您的学习路线
journey-total-points = 您目前有 { $points } 分。
journey-module-number = 第 { $number } 单元
journey-status-locked = 未解锁
journey-status-open = 可以开始
journey-status-done = 已完成
journey-unlock-hint = 完成“{ $module }”后打开。
journey-coming-soon = 这个单元的课程还在编写中。
journey-continue = 从上次停下的地方继续：“{ $module }”，第 { $page } 页。
journey-continue-open = 继续阅读
journey-begin = 开始
journey-revisit = 再读一遍或重做测验
journey-best-result = 最好成绩：{ $total } 题答对 { $correct } 题。

lesson-page-of = 第 { $page } 页，共 { $pages } 页
lesson-previous = ← 上一页
lesson-next = 下一页 →
lesson-start-quiz = 开始测验
sources-label = 来源：

quiz-question-of = 第 { $number } 题，共 { $total } 题
quiz-true = 对
quiz-false = 错
quiz-right = 答对了！
quiz-wrong = 不太对。
quiz-select-all = 选出所有正确的答案，然后检查。
quiz-check = 检查我的答案
quiz-hotspot-or-buttons = 点一下图画里的疤痕，或者选择它的字母：
quiz-hotspot-letter = 疤痕 { $letter }
quiz-order-hint = 用箭头把每一步上移或下移，然后检查。
quiz-order-up = 上移
quiz-order-down = 下移
quiz-right-order = 正确的顺序：
quiz-next = 下一题 →
quiz-see-results = 查看我的成绩 →

results-heading = 您完成了“{ $module }”！
results-score = 您答对了 { $total } 题中的 { $correct } 题。
points-earned = { $points } 分
results-unlocked = 新单元已打开：“{ $module }”。
results-encouragement = 不管答对还是答错，每次作答都能帮您学习。您随时可以再做一次测验。
results-continue = 去下一个单元 →
results-retry = 再做一次测验

settings-heading = 设置
settings-language = 语言
settings-text-size = 文字大小
settings-text-size-sample = 文字会是这么大。
settings-sound = 每次作答后播放声音
settings-reduced-motion = 减少动画
settings-reduced-motion-hint = 关闭会动的图画和庆祝动画。
settings-high-contrast = 高对比度（白底黑字，边框更清楚）
settings-reading-speed = 朗读速度
settings-reading-slower = 慢一些
settings-reading-normal = 正常

about-heading = 关于 Scarwise
about-what = Scarwise 是一个给有痘疤的人使用的免费学习应用。它讲解疤痕的种类、皮秒激光治疗是怎样起作用的、治疗后可以预期什么，以及怎样护理您的皮肤，让您能和医生更好地交谈。
about-disclaimer-heading = 这不是医疗建议
about-disclaimer = Scarwise 提供的是一般信息。它无法判断您的皮肤需要什么。每个人的效果都不一样，没有任何治疗能让皮肤变得完美。关于您自己的皮肤和治疗，请咨询您的医生。
about-privacy = 您的答案只保存在这台设备上。Scarwise 不会把任何内容发送到别处。
about-references = 参考资料
about-references-intro = 课程和测验里关于痘痘、疤痕、颜色印子和激光治疗的事实，都来自这些来源。这些标签和每页下方“来源”一行里的标签相对应。有几条基本事实属于常识，所以没有列出来源：皮肤各层的名称，以及每种激光是什么颜色的光。

content-error-heading = 有些课程文件无法加载
content-error-explain = Scarwise 在它的课程文件里发现了问题，所以在显示错误内容之前就停下了。下面是它发现的问题：
content-error-fix = 如果您负责维护这个应用，请修复上面列出的文件，然后重新启动它。如果您是患者，请告诉诊所。

notice-save-set-aside = 无法读取您保存的进度，所以 Scarwise 从头开始了。旧文件已保留。
notice-memory-only = 这台设备无法保存进度，所以进度只会保留到您关闭 Scarwise 为止。
notice-open-elsewhere = Scarwise 已经在别处打开了。您可以在这里看看，但在这里做的事不会被保存。请回到先打开的 Scarwise 继续。
notice-save-from-newer = 您的进度是由更新版本的 Scarwise 保存的。它很安全，没有被更改。请更新 Scarwise。在那之前，您在这里做的事只会保留到您关闭 Scarwise 为止。
notice-save-unreadable = Scarwise 刚才无法打开您保存的进度。它很安全，没有被更改。您现在做的事只会保留到您关闭 Scarwise 为止。请稍后再打开 Scarwise。
notice-save-failed = Scarwise 刚才没能保存您的进度。
notice-unknown-locale = 目前还没有“{ $name }”的翻译，所以显示的是另一种语言。
notice-language-failed = 无法加载{ $language }，因此语言没有更改。请检查网络后再试。（{ $reason }）
notice-dismiss = 好的
notice-changed-elsewhere = 您的进度已在另一个标签页或窗口中更改。要在这里继续，请重新加载此页面。在此之前，您在这个标签页中做的任何事都不会保存。
notice-reload = 重新加载

layer-epidermis = 最上层（表皮）
layer-dermis = 中间层（真皮）
layer-fat = 脂肪层
layer-scar-tissue = 疤痕组织
layer-tether = 把皮肤往下拉的纤维带
layer-pigment = 多出来的色素（褐色印子）
layer-vessels = 变宽的血管（红色印子）
label-original-spot = 原来长痘的地方
label-red-mark = 红色印子
label-brown-mark = 褐色印子
label-one-mm = 1 mm
scar-name-icepick = 冰锥型
scar-name-boxcar = 箱车型
scar-name-rolling = 滚动型
scar-name-hypertrophic = 增生性
scar-name-keloid = 瘢痕疙瘩
scar-name-colour-mark = 颜色印子（不是疤痕）

badges-heading = 您的徽章
badges-count = 已获得 { $earned } 枚徽章，共 { $total } 枚
badge-earned-mark = 已获得
badge-not-yet = 尚未获得
badge-dented-three = 认识三种主要的凹陷型疤痕
badge-dented-three-about = 您能分清冰锥型、箱车型和滚动型疤痕。
badge-scar-spotter = 疤痕发现者
badge-scar-spotter-about = 您在一幅图画里找到了一个冰锥型疤痕和一个滚动型疤痕。
badge-scar-types-expert = 疤痕种类专家
badge-scar-types-expert-about = 您在疤痕种类单元达到了 90 % 的掌握程度。
badge-pulse-pro = 脉冲高手
badge-pulse-pro-about = 您知道皮秒激光非常短的脉冲是怎样作用在皮肤上的。
badge-downtime-ready = 做好恢复期的准备
badge-downtime-ready-about = 您知道治疗后哪些情况是正常的，以及什么时候应该打电话给诊所。
badge-sun-safe = 防晒达人
badge-sun-safe-about = 您知道怎样保护正在恢复的皮肤不被太阳晒伤。
badge-ready = 准备好去面诊了
badge-ready-about = 您完成了帮您为就诊做准备的单元。

review-heading = 该复习了
review-due = 有 { $count } 道您之前答错的题可以练习了。
review-start = 开始复习
review-results-heading = 复习完成！
journey-mastery = { $stars } 颗星（共 3 颗）· 掌握程度 { $mastery } %
results-bonus = 完成单元奖励 +{ $points } 分
results-new-badge = 新徽章：{ $badge }
results-review-hint = 您答错的题会在之后的日子里再次出现让您复习，直到您掌握为止。
settings-reset-heading = 重新开始
settings-reset = 重置我的进度
settings-reset-confirm = 这会清除您在这台设备上的分数、星星、徽章和复习题。这个操作无法撤销。
settings-reset-from-link = 您打开的链接要求清除此浏览器中保存的进度。除非您确认，否则不会清除任何内容。
settings-reset-yes = 是的，清除我的进度
settings-reset-no = 不，保留进度
settings-reset-done = 您的进度已重置。
