# 浏览器版本作为应用装在患者的手机上：把它添加到主屏幕，
# 以及等待启动的新版本。

install-heading = 把 Scarwise 放在您的手机上
install-about = 把它添加到主屏幕。它会像应用一样打开，没有网络也能用。您的进度只保存在这台设备上。
install-button = 把 Scarwise 添加到主屏幕
install-dismiss = 不用了，谢谢
install-ios-steps = 在 iPhone 或 iPad 上，点一下 Safari 底部的共享按钮。然后点一下“添加到主屏幕”。
install-ios-share = 共享按钮：一个带向上箭头的方框
install-ios-add = “添加到主屏幕”：一个带加号的方框
update-ready = Scarwise 的新版本已经准备好了。重新启动后就能使用。您的进度会被保留。
update-restart = 重新启动
update-later = 稍后
