## The clinical review sheet: for the clinic's doctor, not for patients. Generated from the
## same content and locale files as the app (src/content/review.rs).

review-title = Scarwise: clinical review sheet
review-intro = This sheet lists everything Scarwise tells patients in this language: every lesson sentence, every quiz question with its right answer and explanation, and the full reference of each source it rests on. It is made from the same files as the app, so it always matches what patients see.
review-how = To review: read each module, check each marked text against its sources, then sign the module's sign-off block. Note any change you want in "Changes requested".
review-change = To change wording, edit the message with the id shown beside it in locales/<language>/<module>.ftl (one file per language; keep numbers and words like "about" and "can" in every language). Sources are listed in assets/content/sources.ron. Day counts and the clinic's phone number are set in clinic.ron.
review-claim-legend = marks a text that carries a number or a medical claim: it must rest on the sources listed under it.
review-placeholders = Words in braces, such as {"{"}$day{"}"}, are filled in by the app when it shows the text: the day the patient picked, the clinic's phone number from clinic.ron.
review-quiz = Quiz
review-other = Consultation preparation: things to tell the doctor
review-col-part = Part
review-col-text = Text
review-col-id = Message id
review-role-title = Title
review-role-paragraph = Lesson text
review-role-prompt = Question
review-role-right = Right answer
review-role-wrong = Wrong choice
review-role-step = Step (in the right order)
review-role-explanation = Explanation
review-role-scene = Scene or drawing
review-sources = Sources:
review-source-missing = (not in the reference list)
review-sign-off = Reviewed and approved for our patients
review-reviewer = Name of the reviewing doctor: ______________________
review-date = Date: ______________
review-signature = Signature: ______________________
review-changes = Changes requested: ______________________________________________
review-link = For clinics: the clinical review sheet
