## 临床审阅表：给诊所医生看，不是给患者看的。

review-title = Scarwise：临床审阅表
review-intro = 本表列出 Scarwise 用这种语言告诉患者的全部内容：每一句课程文字，每一道测验题及其正确答案和解释，以及每条内容所依据来源的完整出处。它由与应用相同的文件生成，因此始终与患者看到的内容一致。
review-how = 审阅方法：逐个阅读每个模块，对照来源核对每条带标记的文字，然后在该模块的签字栏签名。如需修改，请写在“要求的修改”一栏。
review-change = 如需修改文字，请在 locales/<语言>/<模块>.ftl 中编辑旁边所示编号的消息（每种语言一个文件；在所有语言中保留数字以及“约”“可能”这类词）。来源列在 assets/content/sources.ron 中。天数和诊所电话在 clinic.ron 中设置。
review-claim-legend = 表示该文字含有数字或医学说法：它必须有下方所列来源的依据。
review-quiz = 测验
review-other = 准备面诊：要告诉医生的事
review-col-part = 部分
review-col-text = 文字
review-col-id = 消息编号
review-role-title = 标题
review-role-paragraph = 课程文字
review-role-prompt = 问题
review-role-right = 正确答案
review-role-wrong = 错误选项
review-role-step = 步骤（按正确顺序）
review-role-explanation = 解释
review-role-scene = 互动场景或图画
review-sources = 来源：
review-source-missing = （不在参考文献列表中）
review-sign-off = 已审阅，同意给我们的患者使用
review-reviewer = 审阅医生姓名：______________________
review-date = 日期：______________
review-signature = 签名：______________________
review-changes = 要求的修改：______________________________________________
review-link = 诊所专用：临床审阅表
