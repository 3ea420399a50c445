## 治疗助手：我的治疗日、学习路线上的“今天”卡片，以及日历文件。
## 内容来自 shared/content/evidence-brief.md，第 3、4、5、7 和 8 节。

## 日期。译者决定日、月、年的顺序，以及一周从哪一天开始
## （`monday` 或 `sunday`）。
date-week-starts = monday
date-long = { $year }年{ $month }{ $day }日 { $weekday }
date-short = { $month }{ $day }日 { $weekday }
date-month-year = { $year }年{ $month }
date-today = 今天
date-in-days = { $days } 天后
date-days-ago = { $days } 天前
date-month-1 = 1月
date-month-2 = 2月
date-month-3 = 3月
date-month-4 = 4月
date-month-5 = 5月
date-month-6 = 6月
date-month-7 = 7月
date-month-8 = 8月
date-month-9 = 9月
date-month-10 = 10月
date-month-11 = 11月
date-month-12 = 12月
date-weekday-1 = 星期一
date-weekday-2 = 星期二
date-weekday-3 = 星期三
date-weekday-4 = 星期四
date-weekday-5 = 星期五
date-weekday-6 = 星期六
date-weekday-7 = 星期日
date-weekday-short-1 = 一
date-weekday-short-2 = 二
date-weekday-short-3 = 三
date-weekday-short-4 = 四
date-weekday-short-5 = 五
date-weekday-short-6 = 六
date-weekday-short-7 = 日

## 我的治疗日。
companion-heading = 我的治疗日
companion-about = 请添加每次激光治疗的日期，不管是已经预约的，还是已经做完的。然后，Scarwise 会告诉您治疗后的每一天会经历什么。
companion-pick-heading = 选择一次治疗的日期
companion-pick-first = 请在日历上点一下某一天。
companion-month-before = 上个月
companion-month-after = 下个月
companion-day-booked = 治疗日
companion-add = 添加 { $date }
companion-added = 已添加：{ $date }
companion-list-heading = 我的治疗
companion-list-empty = 还没有添加治疗日。
companion-session = 第 { $session } 次治疗
companion-remove = 删除
companion-remove-named = 删除 { $date }
companion-refused-same-day = { $date } 已经在您的列表里了。
companion-refused-year = Scarwise 最多可以跟进一年的疗程。加上 { $date }，疗程就会超过一年。请向您的诊所问问您的治疗计划。
companion-refused-far = 请选择和今天相差不超过一年的日子。
companion-refused-many = 您的列表已经满了。请先删除一个不再需要的日子。
companion-private = 您的治疗日只保存在这台设备上。它们绝不会被发送到别处。在“设置”里点“重置我的进度”，就会删除它们。
companion-typical-advice = 这是一般建议。请以您诊所的建议为准。

## 日历文件。
companion-ics-heading = 在日历里提醒您
companion-ics-about = 保存一个日历文件，里面有您的每次治疗，以及每次治疗后第 1、3、7 天的简短皮肤检查。打开这个文件，就能把它们添加到手机的日历里。任何内容都不会被发送出去。
companion-ics-button = 添加到我的日历
companion-ics-nothing-ahead = 您的治疗日都已经过去了，所以没有可以添加的内容。
companion-ics-saved = 您的日历文件已保存为 { $path }。打开它，就能把这些日子添加到您的日历里。
companion-ics-failed = 您的日历文件无法保存：{ $reason }
companion-ics-name = Scarwise：我的治疗日
companion-ics-session = 第 { $session } 次激光治疗
companion-ics-session-reminder = 明天：第 { $session } 次激光治疗
companion-ics-session-about = 治疗前，请告诉医生您是否在用新的药、是否长唇疱疹、是否怀孕，以及最近是否晒黑过。治疗前大约 2 周内，不要晒强烈的太阳。这个提醒是 Scarwise 在您的设备上生成的。
companion-ics-check-in = 皮肤检查：第 { $session } 次治疗后第 { $day } 天

## 学习路线上的“今天”卡片。
today-heading = 今天是 { $date }
today-invite-title = 预约了激光治疗吗？
today-invite-body = 请添加治疗的日期。Scarwise 会告诉您治疗后的每一天会经历什么。
today-invite-open = 我的治疗日
today-my-days = 我的治疗日
today-before = { $days ->
    [1] 第 { $session } 次治疗就在明天，{ $date }
   *[other] 离第 { $session } 次治疗还有 { $days } 天，{ $date }
}
today-before-tell = 治疗前，请把您新用的药告诉医生，比如治痘痘的药片。如果您会长唇疱疹、怀孕了或正在哺乳，也请告诉医生。
today-before-avoid = 治疗前大约 2 周内，不要晒强烈的太阳，也不要晒黑。请问问您的诊所，治疗前还要停用哪些东西。
today-before-prepare = 准备要告诉医生的事
today-after = { $day ->
    [0] 第 { $session } 次治疗就在今天
   *[other] 第 { $session } 次治疗后第 { $day } 天
}
today-normal = 今天哪些情况是正常的
today-steps = 今天的护理
today-step-sunscreen = 涂上广谱防晒霜，SPF 30 或更高。不要被太阳直接晒。
today-step-hands-off = 不要抠或揉治疗过的皮肤。
today-step-no-actives = 用温和的洁面产品和简单的保湿霜。在皮肤恢复平稳之前，不要用磨砂膏、含酸的产品、维 A 酸类产品和美白霜。您的诊所会告诉您要等几天。
today-step-no-actives-until = 用温和的洁面产品和简单的保湿霜。您的诊所说，在第 { $day } 天之前，不要用磨砂膏、含酸的产品、维 A 酸类产品和美白霜。
today-step-actives-back = 您的诊所说，从第 { $day } 天起，可以重新用磨砂膏、含酸的产品和维 A 酸类产品。
today-step-make-up = 做完这种激光后，常常不久就可以化妆。请问问您的诊所什么时候可以。
today-step-no-heat = 皮肤发红的时候，不要蒸桑拿，不要做高温瑜伽，也不要去游泳池。
today-next = { $days ->
    [1] 您的下一次治疗就在明天，{ $date }。
   *[other] 离您的下一次治疗还有 { $days } 天，{ $date }。
}
today-next-numbered = { $days ->
    [1] 第 { $session } 次治疗就在明天，{ $date }。
   *[other] 离第 { $session } 次治疗还有 { $days } 天，{ $date }。
}
today-between = 第 { $session } 次治疗已经过去 { $days } 天
today-rebuilding = 您的皮肤会在几周里不断变化。在皮肤表面下面，它会自我修复，这可能需要几周到几个月。效果常常会在整个系列的治疗中慢慢累积。
today-keep-caring = 请继续每天涂防晒霜。如果出现深色斑块，请打电话给诊所。
today-after-last = 最后一次治疗已经过去 { $days } 天
today-after-last-body = 最后一次治疗后，您的皮肤可能会在几周到几个月里继续自我修复。效果是慢慢累积的，它会让皮肤变得更好，但不会让皮肤变得完美。请问问您的诊所什么时候回去复查。
today-read-before = 阅读：激光治疗前
today-read-day-by-day = 阅读：治疗后的每一天
today-read-skin-rebuilds = 阅读：皮肤怎样自我修复
