## Module 5: prepare for your consultation. Facts from shared/content/evidence-brief.md,
## sections 2, 4, 5, 6, 7 and 9.

consult-why-title = Why get ready?
consult-why-p1 = Before any laser, you have a consultation. The doctor checks your skin type, your scar types, your medicines and your health history.
consult-why-p2 = It helps to come with your own questions. Then you leave with answers that matter to you. The "Get ready" page on the learning path helps you make a list.

consult-tell-title = Things to tell your doctor
consult-tell-p1 = Some things can change the plan. Tell your doctor if you take medicines that make your skin sensitive to light, or if you have spots or a skin infection now.
consult-tell-p2 = Tell them if you get cold sores. The doctor may give you tablets to help stop one. Tell them if you are pregnant or breastfeeding, or if you or your family get keloids or raised scars.
consult-tell-p3 = Tell them about a tan in the last 2 weeks or so, or a sun holiday you have planned. Tell them about another laser or peel in the past few months, skin cancer, or a weak immune system.

consult-iso-title = Isotretinoin: doctors differ
consult-iso-p1 = Isotretinoin is a strong acne medicine, sold as Roaccutane or Accutane. Its labels, and many clinics, say to wait 6 months after it before a laser.
consult-iso-p2 = In 2017, a group of experts found no good proof that you need to wait before this kind of laser. Doctors differ on this. So if you take it now, or took it in the past year, tell your doctor.

consult-skin-title = Your skin type
consult-skin-p1 = Doctors describe skin by how it reacts to sun, from type I, which always burns, to type VI, which never burns. The "Get ready" page has a short self-check. It is only a rough guide, not a diagnosis.
consult-skin-p2 = Darker skin, types IV to VI, is more likely to get brown marks after lasers that work by heat. In pooled studies, fractional pico lasers caused far fewer brown marks than other fractional lasers.
consult-skin-p3 = Each laser is cleared for some skin types. For example, one 1064 nm handpiece is cleared for types II to V. Ask if your clinic's laser suits your skin.

consult-other-title = Other treatments
consult-other-p1 = Pico lasers are one choice among several. A fractional CO2 laser can give strong results, but needs about a week to heal and carries more risk of brown marks in darker skin. Microneedling improved scars in one trial.
consult-other-p2 = Subcision frees the bands that pull rolling scars down. TCA CROSS puts a strong acid into icepick scars. Fillers lift dented scars; one filler is approved in the US for some dented scars.
consult-other-p3 = Doctors often combine treatments. Ask which ones suit your scars.

consult-questions-title = Good questions to ask
consult-questions-p1 = Which of my scars will this help? How many sessions will I need? What change is realistic for me? What are the risks for my skin type? What will the whole course cost? What aftercare will I need?
consult-questions-p2 = No acne scar treatment is proven to be the best, and results are partial. A good doctor will talk with you about this openly.

consult-q-tell = Which of these should you tell your doctor before a laser? Pick all that apply.
consult-q-tell-a = You get cold sores
consult-q-tell-b = You had a tan 10 days ago
consult-q-tell-c = Your favourite colour
consult-q-tell-d = You are pregnant
consult-q-tell-why = Cold sores, a recent tan and pregnancy can all change the plan. Tell your doctor about them.

consult-q-iso = You took isotretinoin 4 months ago. What should you do?
consult-q-iso-a = Nothing, it does not matter
consult-q-iso-b = Tell your doctor, because doctors differ on when to treat
consult-q-iso-c = Stop all skin care for a year
consult-q-iso-why = Labels and many clinics say to wait 6 months. An expert group found no good proof that you need to. Doctors differ, so tell your doctor.

consult-q-diagnosis = True or false: the skin-type check in this app tells you your skin type for sure.
consult-q-diagnosis-why = False. It is only a rough guide. Only your doctor can tell your skin type.

consult-q-cold = You get cold sores. What might your doctor do?
consult-q-cold-a = Give you tablets to help stop a cold sore
consult-q-cold-b = Say you can never have a laser
consult-q-cold-c = Nothing, it does not matter
consult-q-cold-why = A doctor may give you antiviral tablets to help stop a cold sore after treatment.

consult-q-darker = True or false: darker skin is more likely to get brown marks after lasers that work by heat.
consult-q-darker-why = True. Skin types IV to VI are more prone to brown marks. Fractional pico lasers caused far fewer than other fractional lasers.

consult-q-sun = Put these skin types in order, from the one that burns most to the one that burns least.
consult-q-sun-step1 = Always burns, never tans
consult-q-sun-step2 = Burns easily, tans a little
consult-q-sun-step3 = Rarely burns, tans easily
consult-q-sun-step4 = Never burns
consult-q-sun-why = Skin types run from I, which always burns, to VI, which never burns.

consult-q-subcision = Which treatment frees the bands under rolling scars?
consult-q-subcision-a = TCA CROSS
consult-q-subcision-b = Subcision
consult-q-subcision-c = Sunscreen
consult-q-subcision-why = Subcision frees the bands that pull rolling scars down. TCA CROSS is for icepick scars.

consult-q-asks = Which are good questions for your consultation? Pick all that apply.
consult-q-asks-a = What change is realistic for my scars?
consult-q-asks-b = What are the risks for my skin type?
consult-q-asks-c = Can you promise perfect skin?
consult-q-asks-d = How many sessions will I need?
consult-q-asks-why = Ask what is realistic, what the risks are and how many sessions you need. No treatment can promise perfect skin.

consult-q-co2 = True or false: a fractional CO2 laser needs more time to heal than a pico laser.
consult-q-co2-why = True. A fractional CO2 laser needs about a week to heal. Many people go back to normal the same or next day after pico.
