# 应用外面的网页：应用下载和启动时显示的文字，这时应用自己的文字还没有出现。
# 纯文本（没有标记）；{ $reason } 是浏览器自己的话。

page-title = Scarwise：了解痘疤和激光治疗
page-text-link = Scarwise：纯文字版课程
page-loading = 正在加载…
page-loading-size = 正在加载… { $received } / { $total } KB
page-starting = 正在启动…
page-no-webgl = Scarwise 需要 WebGL2，但这个浏览器不支持。请试试最新版的 Chrome、Edge、Firefox 或 Safari。
page-download-failed = 无法下载 Scarwise（{ $reason }）。请检查网络连接，然后再试一次。
page-start-failed = Scarwise 无法启动（{ $reason }）。请再试一次。
page-graphics-lost = 图形显示停止工作了。请重新加载页面，然后继续。您的进度会被保留。
page-retry = 再试一次
