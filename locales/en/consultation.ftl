## Module 5: prepare for your consultation. Facts from shared/content/evidence-brief.md,
## sections 7, 6, 9, 4 and 2 (and 5 for the steps of a course).

consult-why-title = Why get ready for your visit?
consult-why-p1 = Before a laser, you have a consultation. That is a talk and a skin check with the doctor. The doctor looks at your skin type and your types of scar. They also ask about your medicines and your health in the past.
consult-why-p2 = It helps to bring your own questions. Then you get answers about the things that matter to you. On the map, "Get ready for your visit" helps you make a list.

consult-tell-title = Things to tell your doctor
consult-tell-p1 = Some things can change your plan, so tell your doctor about them. Tell them about any medicine that makes your skin sensitive to light. Tell them if you have acne spots or a skin infection now.
consult-tell-p2 = Tell them if you get cold sores. The doctor may give you antiviral tablets, a medicine that fights the cold sore germ. Tell them if you are pregnant or breastfeeding. Tell them if you or your family get keloids, raised scars that grow past the first spot, or other raised scars.
consult-tell-p3 = Tell them about a tan in about the last 2 weeks, or a sun holiday you plan. Tell them about any other laser or peel in the past few months. Tell them if you have or had skin cancer, or if your immune system, your body's defence against germs, is weak.

consult-iso-title = Isotretinoin: doctors differ
consult-iso-p1 = Isotretinoin is a strong acne medicine. You may know it as Roaccutane or Accutane. If you take it now, or took it not long ago, tell your doctor.
consult-iso-p2 = Its labels say to wait 6 months after you stop it before a laser. Many clinics say the same.
consult-iso-p3 = In 2017, a group of experts looked at the research. They found no good proof that you need to wait before this kind of laser. Doctors still differ on this. So tell your doctor, and decide with them.

consult-skin-title = Your skin type
consult-skin-p1 = Doctors sort skin into six types, I to VI, by how it reacts to sun. Type I always burns. Type VI never burns. The skin check in this app is only a rough guide, not a diagnosis: your doctor checks your type.
consult-skin-p2 = Darker skin, types IV to VI, gets brown marks more easily after lasers that heat the skin. When studies were put together, fractional pico lasers left far fewer brown marks than other fractional lasers. Fractional means the beam is split into many tiny spots.
consult-skin-p3 = Each laser is cleared, or allowed, for some skin types only. For example, one pico laser tool for acne scars is cleared for types II to V. So ask if your clinic's laser suits your skin.

consult-other-title = Other treatments
consult-other-p1 = Pico lasers are one choice among several. A fractional CO2 laser is another kind of laser. It can give strong results. But the skin needs about a week to heal, and the risk of brown marks is higher in darker skin.
consult-other-p2 = Microneedling uses tiny needles to prick the skin. In one trial, scars were better 6 months later. Subcision frees the tight bands that pull rolling scars down. TCA CROSS puts a strong acid into icepick scars, the narrow, deep ones.
consult-other-p3 = Fillers are put under a dent to lift it. One filler is approved in the US for some dented scars. Doctors often use more than one treatment. Ask which ones suit your scars.

consult-questions-title = Good questions to ask
consult-questions-p1 = Here are some questions worth asking. Which of my scars will this help? How many sessions will I need? What change is realistic for me?
consult-questions-p2 = What are the risks for my skin type? What will the whole course cost? How should I care for my skin after each session?
consult-questions-p3 = No acne scar treatment is proven to be the best. Results are partial: scars get better, but not perfect. A good doctor will talk about this with you openly.

consult-q-tell = Which of these can change your laser plan, so you should tell your doctor? Pick all that apply.
consult-q-tell-a = You get cold sores
consult-q-tell-b = You wear make-up most days
consult-q-tell-c = You had a tan 10 days ago
consult-q-tell-d = You are pregnant or breastfeeding
consult-q-tell-e = You wash with a gentle cleanser
consult-q-tell-why = Cold sores, a recent tan and pregnancy can all change the plan. Make-up and a gentle cleanser are not on the list. You can still ask about them.

consult-q-iso = You took isotretinoin, a strong acne medicine, a few months ago. What is the best thing to do?
consult-q-iso-a = Wait 6 months, because all doctors agree on this
consult-q-iso-b = Say nothing, because it is safe by now
consult-q-iso-c = Tell your doctor, because doctors differ on this
consult-q-iso-why = Labels and many clinics say to wait 6 months. A group of experts found no good proof that you must wait. Doctors differ, so tell your doctor.

consult-q-diagnosis = True or false: the skin check in this app tells you your skin type for sure.
consult-q-diagnosis-why = False. It is only a rough guide, not a diagnosis. Your doctor checks your skin type at your visit.

consult-q-burn = Put these in order, from the skin that burns most in the sun to the skin that burns least.
consult-q-burn-step1 = Always burns, never tans
consult-q-burn-step2 = Burns easily, tans a little
consult-q-burn-step3 = Sometimes burns, then tans
consult-q-burn-step4 = Rarely burns, tans easily
consult-q-burn-step5 = Never burns
consult-q-burn-why = Skin types run from I, which always burns, to VI, which never burns. The others fall in between.

consult-q-darker = True or false: darker skin gets brown marks more easily after lasers that heat the skin.
consult-q-darker-why = True. Skin types IV to VI are more prone to these marks. In pooled studies, fractional pico lasers left far fewer of them than other fractional lasers.

consult-q-cleared = One pico laser tool for acne scars is cleared for skin types II to V. What does this tell you?
consult-q-cleared-a = Every laser suits every skin type
consult-q-cleared-b = Ask if your clinic's laser is cleared for your skin type
consult-q-cleared-c = Only people with skin types II to V get acne scars
consult-q-cleared-why = Each laser is cleared for some skin types only. That is about the laser, not about who gets scars. So ask about your own skin type.

consult-q-bands = Which treatment frees the tight bands that pull rolling scars down?
consult-q-bands-a = Subcision
consult-q-bands-b = TCA CROSS
consult-q-bands-c = A fractional CO2 laser
consult-q-bands-why = Subcision frees the bands under rolling scars. TCA CROSS puts a strong acid into icepick scars.

consult-q-best = True or false: one acne scar treatment has been proven to be the best.
consult-q-best-why = False. No treatment has strong proof that it is the best. Doctors often combine treatments, and results are partial.

consult-q-asks = Which are good questions to ask at your visit? Pick all that apply.
consult-q-asks-a = Which of my scars will this help?
consult-q-asks-b = Can you promise my skin will be perfect?
consult-q-asks-c = What are the risks for my skin type?
consult-q-asks-d = What will the whole course cost?
consult-q-asks-e = How soon will my scars be gone for good?
consult-q-asks-why = Ask what it will help, what the risks are and what it costs. No one can promise perfect skin. Results are partial: scars get better, but they do not vanish.

consult-q-course = Put these steps of a pico laser course in order.
consult-q-course-step1 = A consultation with your doctor
consult-q-course-step2 = Your first session
consult-q-course-step3 = About 4 weeks for your skin to repair
consult-q-course-step4 = More sessions, often 3 to 6 in all
consult-q-course-step5 = Weeks to months of repair after the last one
consult-q-course-why = It starts with a consultation, where the doctor checks your skin. Sessions are about 4 weeks apart, often 3 to 6 in all. The skin keeps repairing for weeks to months, so results build slowly.
