## 候诊室自助屏：待机画面、无操作提醒，以及诊所的管理画面。

kiosk-attract-heading = 候诊时，了解一下痘疤和激光治疗
kiosk-touch-to-start = 点击开始
kiosk-still-there = 您还在吗？
kiosk-ending-in = 本次使用将在 { $seconds } 秒后结束，您在这里的所有操作都会被清除。
kiosk-still-here = 我还在
kiosk-end-visit = 结束使用并清除记录
kiosk-admin-heading = 诊所管理
kiosk-pin-prompt = 请输入管理密码。
kiosk-pin-wrong = 密码不正确。
kiosk-pin-wait = 密码错误。请在 { $seconds } 秒后再试。
kiosk-admin-cancel = 取消
kiosk-admin-status = 目前已结束的使用次数：{ $visits }。如果 { $timeout } 秒内无人触摸屏幕，本次使用就会结束，结束前 { $warning } 秒会先提醒。
kiosk-admin-config = 诊所设置文件
kiosk-admin-config-ok = 没有发现问题。
kiosk-admin-back = 返回自助屏
kiosk-admin-disabled = 工作人员退出功能已关闭：此自助屏没有设置管理员 PIN。要设置 PIN，请在电脑上运行 `scarwise --hash-pin`，把输出内容填入 clinic.ron 的 admin_pin_hash，然后重启自助屏。
kiosk-admin-quit = 退出 Scarwise
