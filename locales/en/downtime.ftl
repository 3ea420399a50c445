## Module 3: downtime, what to expect. Facts from shared/content/evidence-brief.md, section 5,
## and the course length from section 4.

downtime-before-title = Before the laser
downtime-before-p1 = Your first visit is usually a talk with the clinic, called a consultation. Most often, they look at your skin type and the kinds of scars you have. They ask about your medicines and your health in the past.
downtime-before-p2 = On the day, you can choose to have numbing cream. It makes the skin go numb, so you feel less. It usually goes on about 30 minutes before the laser.
downtime-before-p3 = You wear eye protection while the laser is on. It keeps the laser light out of your eyes. This is the typical plan, and your clinic will tell you its own.

downtime-during-title = During the laser
downtime-during-p1 = As the laser works, you may notice a snapping feeling on your skin.
downtime-during-p2 = In one study of 20 people, the average pain score was about 3 out of 10. On this scale, 0 is no pain and 10 is the worst pain. The laser maker paid for part of that study.
downtime-during-p3 = If you are worried about pain, ask about numbing cream at your first visit.

downtime-day-by-day-title = Day by day after the laser
downtime-day-by-day-p1 = Move the slider from treatment day to 4 weeks. Watch the redness fade on the chart. The chart is only a rough picture, since everyone heals a bit differently. The cards show what is normal and when to call the clinic.
downtime-day-by-day-p2 = Redness and mild swelling, or puffiness, are normal for hours to a few days. Tiny red dots, where the skin bled a little, are common with this kind of laser. The top of your skin stays mostly whole. So many people go back to their normal day the same day or the next.

downtime-when-to-call-title = When to call the clinic
downtime-when-to-call-p1 = Some signs mean you should call your clinic. Call if you get blisters, small bubbles of fluid under the skin. Call if crusts, or dry scabs, form and spread.
downtime-when-to-call-p2 = Call if you see signs of infection: pain that gets worse, pus, or a fever. Pus is thick yellow or white fluid. Call if you get a cold sore, a painful sore on or near the lips.
downtime-when-to-call-p3 = Call if dark patches show up in the weeks after. This is the usual clinic advice. Your clinic may give you its own list and phone number.

downtime-events-title = Planning around a big day
downtime-events-p1 = Do you have a wedding, a job interview or a party coming up? Set the slider to the days until your event. See what your skin may look like on that day.
downtime-events-p2 = A course is often 3 to 6 sessions, about 4 weeks apart. In studies, the gap was 3 to 8 weeks. Plan your sessions around your big days, and ask your clinic.

downtime-q-numbing = If you choose numbing cream, when does it usually go on?
downtime-q-numbing-a = Right after the laser
downtime-q-numbing-b = About 30 minutes before the laser
downtime-q-numbing-c = The night before, at home
downtime-q-numbing-why = Numbing cream goes on about 30 minutes before the laser. It is your choice to have it.

downtime-q-order = Put these steps in order, from first to last.
downtime-q-order-step1 = A talk with the clinic about your skin, scars and medicines
downtime-q-order-step2 = Numbing cream, if you want it, about 30 minutes before
downtime-q-order-step3 = Put on eye protection
downtime-q-order-step4 = The laser session
downtime-q-order-step5 = Broad-spectrum sunscreen every day after
downtime-q-order-why = First comes the talk, called a consultation. Numbing cream goes on before the laser, and eye protection goes on just before it starts. After the session, broad-spectrum sunscreen is part of your daily care. This is the typical plan, and your clinic will tell you its own.

downtime-q-pain = In one study of 20 people, what was the average pain score?
downtime-q-pain-a = About 8 out of 10
downtime-q-pain-b = 0 out of 10: no pain at all
downtime-q-pain-c = About 3 out of 10
downtime-q-pain-why = The average was about 3 out of 10, where 10 is the worst pain. The laser maker paid for part of this study.

downtime-q-normal = Which of these are normal in the first few days? Select all that apply.
downtime-q-normal-redness = Redness
downtime-q-normal-blisters = Blisters
downtime-q-normal-dots = Tiny red dots where the skin bled a little
downtime-q-normal-swelling = Mild puffiness
downtime-q-normal-pus = Pus
downtime-q-normal-why = Redness, mild puffiness and tiny red dots are normal at first. Blisters and pus are not. They are reasons to call your clinic.

downtime-q-call = Which of these mean you should call the clinic? Select all that apply.
downtime-q-call-redness = Redness on treatment day
downtime-q-call-blisters = Blisters
downtime-q-call-crust = Crusts that spread
downtime-q-call-dots = Tiny red dots on the first day
downtime-q-call-cold-sore = A cold sore
downtime-q-call-why = Clinics usually ask you to call about blisters, crusts that spread, a cold sore, signs of infection, or dark patches in the weeks after. Redness and tiny red dots at first are normal.

downtime-q-back = Many people go back to their normal day the same day or the next.
downtime-q-back-why = True. The top of the skin stays mostly whole, so many people get back to normal fast.

downtime-q-dark = Dark patches that show up in the weeks after are normal, so you can ignore them.
downtime-q-dark-why = False. Clinics usually ask you to call them about dark patches in the weeks after.

downtime-q-gap = How far apart are sessions most often?
downtime-q-gap-a = About 1 week apart
downtime-q-gap-b = About 4 weeks apart
downtime-q-gap-c = About 6 months apart
downtime-q-gap-why = Sessions are most often about 4 weeks apart. In studies, the gap was 3 to 8 weeks.

downtime-q-one = One session is usually all you need.
downtime-q-one-why = False. A course is often 3 to 6 sessions. Results build up over the series.
