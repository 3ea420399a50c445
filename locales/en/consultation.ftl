## Module 5: prepare for your consultation. Facts from shared/content/evidence-brief.md,
## sections 7, 6, 9, 4 and 2 (and 5 for the steps of a course).

consult-why-title = Why get ready for your visit?
consult-why-p1 = Before a laser, you usually have a consultation. That is a talk and a skin check with the doctor. Most often, the doctor looks at your skin type and your types of scar. They also ask about your medicines and your health in the past.
consult-why-p2 = It helps to bring your own questions. Then you get answers about the things that matter to you. On the map, "Get ready for your visit" helps you make a list.

consult-tell-title = Things to tell your doctor
consult-tell-p1 = Some things can change your plan, so tell your doctor about them. Tell them about any medicine or health problem that makes your skin sensitive to light. Tell them if you have acne spots or a skin infection now.
consult-tell-p2 = Tell them if you get cold sores. The doctor may give you antiviral tablets, a medicine that fights the cold sore germ. Tell them if you are pregnant or breastfeeding. Tell them if you or your family get keloids, raised scars that grow past the first spot, or other raised scars.
consult-tell-p3 = Tell them about a tan in about the last 2 weeks, or a sun holiday you plan. Tell them about any other laser or peel in the past few months. Tell them if you have or had skin cancer, or if your immune system, your body's defence against germs, is weak.

consult-iso-title = Isotretinoin: doctors differ
consult-iso-p1 = Isotretinoin is a strong acne medicine. You may know it as Roaccutane or Accutane. If you take it now, or took it not long ago, tell your doctor.
consult-iso-p2 = Its labels say to wait 6 months after you stop it before a laser. Many clinics say the same.
consult-iso-p3 = In 2017, a group of experts looked at the research. They found no good proof that you need to wait before this kind of laser. Doctors still differ on this. So tell your doctor, and decide with them.

consult-skin-title = Your skin type
consult-skin-p1 = Doctors sort skin into six types, I to VI, by how it reacts to sun. Type I always burns. Type VI never burns. The skin check in this app is only a rough guide, not a diagnosis: your doctor checks your type.
consult-skin-p2 = Darker skin, types IV to VI, gets brown marks more easily after lasers that heat the skin. When studies were put together, fractional pico lasers left far fewer brown marks than other fractional lasers. Fractional means the beam is split into many tiny spots.
consult-skin-p3 = In the US, one 1064 nm handpiece for acne scars was cleared, or allowed, for skin types II to V. A handpiece is the part of the laser held to the skin. This is one example of a limit, so ask your clinic about your skin type.
consult-skin-p4 = Pico lasers for acne scars have been studied in many skin types. One study had people with skin types I to V. A 2024 study had people with types V and VI, the darkest, and found no serious side effects. Ask your doctor what this means for your skin.

consult-other-title = Other treatments
consult-other-p1 = Pico lasers are one choice among several. A fractional CO2 laser is another kind of laser. It can give strong results. But it has about a week of downtime while the skin heals, and the risk of brown marks is higher in darker skin.
consult-other-p2 = Microneedling uses tiny needles to prick the skin. In one trial, scars were better 6 months later. Subcision frees the tight bands that pull rolling scars down. TCA CROSS puts a strong acid into icepick scars, the narrow, deep ones.
consult-other-p3 = Fillers are put under a dent to lift it. One filler is approved in the US for some dented scars. Doctors often use more than one treatment. Ask which ones suit your scars.

consult-questions-title = Good questions to ask
consult-questions-p1 = Here are some questions worth asking. Which of my scars will this help? How many sessions will I need? What change is realistic for me?
consult-questions-p2 = What are the risks for my skin type? What will the whole course cost? How should I care for my skin after each session?
consult-questions-p3 = No acne scar treatment is proven to be the best. Scars often improve, but only partly, and results differ from person to person. A good doctor will talk about this with you openly.
consult-questions-p4 = In one study of 20 people with 6 sessions, scars looked about a quarter to a half better, not gone. 3D photos showed about 24% less scar volume after 1 month, and about 27% less after 3 months. Reviewers rated the skin 25 to 50% better. The laser maker paid for part of the study.

consult-q-tell = Which of these can change your laser plan, so you should tell your doctor? Pick all that apply.
consult-q-tell-a = You get cold sores
consult-q-tell-b = You wear make-up most days
consult-q-tell-c = You got a tan last week
consult-q-tell-d = You are pregnant or breastfeeding
consult-q-tell-e = You wash with a gentle cleanser
consult-q-tell-why = Cold sores, a recent tan and pregnancy can all change the plan. Make-up and a gentle cleanser are not on the list. You can still ask about them.

consult-q-iso = You took isotretinoin, a strong acne medicine, a few months ago. What is the best thing to do?
consult-q-iso-a = Wait 6 months, because all doctors agree on this
consult-q-iso-b = Say nothing, because it is safe by now
consult-q-iso-c = Tell your doctor, because doctors differ on this
consult-q-iso-why = Labels and many clinics say to wait 6 months. A group of experts found no good proof that you must wait. Doctors differ, so tell your doctor.

consult-q-diagnosis = True or false: the skin check in this app tells you your skin type for sure.
consult-q-diagnosis-why = False. It is only a rough guide, not a diagnosis. At a consultation, the doctor usually checks your skin type.

consult-q-studied = Have pico lasers for acne scars been studied in darker skin?
consult-q-studied-a = No, only in light skin
consult-q-studied-b = Yes: a 2024 study looked at skin types V and VI
consult-q-studied-c = Yes, and darker skin never gets brown marks after them
consult-q-studied-why = One study had skin types I to V. A 2024 study looked at types V and VI and found no serious side effects. Darker skin still gets brown marks more easily after lasers that heat the skin, so ask your doctor about your risk.

consult-q-darker = True or false: darker skin gets brown marks more easily after lasers that heat the skin.
consult-q-darker-why = True. Skin types IV to VI are more prone to these marks. In pooled studies, fractional pico lasers left far fewer of them than other fractional lasers.

consult-q-cleared = In the US, one 1064 nm handpiece for acne scars was cleared for skin types II to V. What does this tell you?
consult-q-cleared-a = This handpiece was cleared for every skin type
consult-q-cleared-b = Ask your clinic if its laser suits your skin type
consult-q-cleared-c = Only people with skin types II to V get acne scars
consult-q-cleared-why = This is one example: one handpiece, in the US. It is about the laser, not about who gets scars. So ask your clinic about your skin type.

consult-q-bands = Which treatment frees the tight bands that pull rolling scars down?
consult-q-bands-a = Subcision
consult-q-bands-b = TCA CROSS
consult-q-bands-c = A fractional CO2 laser
consult-q-bands-why = Subcision frees the bands under rolling scars. TCA CROSS puts a strong acid into icepick scars.

consult-q-best = True or false: one acne scar treatment has been proven to be the best.
consult-q-best-why = False. No treatment has strong proof that it is the best. Doctors often combine treatments, and scars often improve only partly.

consult-q-promise = At your visit, you ask if the doctor can promise you perfect skin. Which answer is honest?
consult-q-promise-a = Yes: pico lasers remove scars for good
consult-q-promise-b = No: scars often improve, partly, and results differ from person to person
consult-q-promise-c = No: pico lasers do not help scars at all
consult-q-promise-why = It is a fine question to ask. No one can promise perfect skin. In one study, scars looked about a quarter to a half better, not gone, and results differ between people.

consult-q-course = Put these steps of a pico laser course in order.
consult-q-course-step1 = A consultation with your doctor
consult-q-course-step2 = Your first session
consult-q-course-step3 = About 4 weeks until the next session
consult-q-course-step4 = More sessions, often 3 to 6 in all
consult-q-course-step5 = Weeks to months of repair after the last one
consult-q-course-why = It usually starts with a consultation, where the doctor checks your skin. Sessions are about 4 weeks apart, often 3 to 6 in all. The skin keeps repairing for weeks to months, so results build slowly.
