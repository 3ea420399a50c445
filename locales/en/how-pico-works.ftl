## Module 2: how pico lasers work. Facts from shared/content/evidence-brief.md, sections 3 and 4.

pico-pulse-title = What is a laser pulse?
pico-pulse-p1 = A laser can send its light in very short flashes. Each flash is called a pulse. A pico laser makes its pulses extra short.
pico-pulse-p2 = Pico is short for picosecond. One picosecond is a trillionth of a second. Pico pulses last a few hundred picoseconds, written ps.
pico-pulse-p3 = For example, one machine cleared in the US fires pulses of 240 to 750 ps. Another uses 550 ps in one mode. Older lasers, called Q-switched lasers, fire pulses that last nanoseconds. Those are about a thousand times longer.

pico-shake-title = Heat or a shake?
pico-shake-p1 = Light can act on skin in four ways. It can heat, send a pressure wave, cause a chemical change, or gently nudge cells. Pico lasers lean most on the pressure wave, a tiny shake.
pico-shake-p2 = Think of two clocks for a tiny target, like a grain of pigment (skin colour). The heat clock is the time heat takes to leak out of the target. A pulse shorter than that keeps the heat in the target. The pressure clock is the time a pressure wave takes to cross the target. A pulse shorter still, shorter than the pressure clock, builds up pressure. The pressure breaks the target apart, with little heat spreading to the skin around it.
pico-shake-p3 = For a grain 1 micrometre wide, the pressure clock is about 300 ps. This number is an estimate. Slide the pulse from nanoseconds to picoseconds and fire at the grain. See which clocks your pulse is shorter than. Then pick scar tissue. This model has no grain there, so it points you to the page on the special lens.

pico-colours-title = Colours of laser light
pico-colours-p1 = Laser light comes in different colours. Each is named by its wavelength, in nanometres (nm). Pico lasers use 532, 755 or 1064 nm. Some also have 730 or 785 nm handpieces, the hand-held part of the laser.
pico-colours-p2 = Longer wavelengths reach deeper into the skin. They are also gentler on pigment in the top layer. Tap each wavelength to see how deep it goes.

pico-beams-title = One beam, many tiny beams
pico-beams-p1 = A special lens can split the beam into many tiny spots, each packed with energy. Under each spot, tiny bubbles called vacuoles form in the skin. In the top layer of skin, they form by LIOB, short for laser-induced optical breakdown. In the dermis, the layer below, they form by cavitation. The skin between the spots is left whole.
pico-beams-p2 = Try each lens. In a pig skin test, the even lens made bubbles about 78 micrometres wide, the micro-lens about 163. A micrometre is a thousandth of a millimetre. How many bubbles form depends on the pigment in the skin.

pico-rebuild-title = Your skin rebuilds
pico-rebuild-p1 = After a session, your skin starts to repair itself. In one study, small skin samples showed a thicker dermis, the middle layer. They also had more stretchy fibres and more type III collagen, a kind of tough fibre in skin.
pico-rebuild-p2 = This takes weeks to months. Results build up over a series of sessions. A course is often 3 to 6 sessions, about 4 weeks apart. Move the weeks slider and watch the scar floor rise a little.

pico-studies-title = What one study measured
pico-studies-p1 = In one study, 20 people had 6 sessions with a 755 nm pico laser. Special 3D photos measured scar volume, the size of the dents. It was about 24% lower 1 month after the last session. At 3 months, it was about 27% lower.
pico-studies-p2 = Reviewers looked at photos without knowing which were taken before or after. They judged the skin 25 to 50% better overall. On average, people rated the pain 2.8 out of 10.
pico-studies-p3 = The laser maker paid for part of this study. With only 20 people, it was also a small study. Keep both in mind when you read its numbers.

pico-more-title = More studies
pico-more-p1 = In another study, people had 4 monthly sessions with 1064 and 532 nm light. Their scar score fell from 1.8 to 1.1. The only side effects were redness, mild swelling and pinpoint bleeding. Pinpoint bleeding means tiny red dots where skin bled a little.
pico-more-p2 = A study of 42 Asian patients used 755 nm light. On average, each person had 4.3 sessions. Two of them got brown marks, called PIH. Both marks faded.
pico-more-p3 = A 2024 study looked at people with the darkest skin types, V and VI. They had up to 5 monthly sessions. All 17 people who came back for a check were better on the doctor's scale. There were no serious side effects.

pico-marketing-title = Ads and evidence
pico-marketing-p1 = An ad may say that 86% of people were satisfied. That does not mean their scars got 86% better. Being happy with a treatment is not the same as how much a scar changed.
pico-marketing-p2 = Studies can measure how happy people are, how doctors grade photos, or the scar itself. In the same years, the study that measured scar volume found it about 24% lower. The laser maker paid for part of that study.
pico-marketing-p3 = When you see a number in an ad, ask three things. What was measured? How many people took part? Who paid for the study?

pico-compared-title = Compared with other treatments
pico-compared-p1 = In one trial, each person had pico on one side of the face. The other side had a different laser. After 4 sessions, scar scores fell 39% on the pico side and 44% on the other. The gap was too small to show that either one is better.
pico-compared-p2 = A review pooled 7 studies of fractional lasers, which split the beam into tiny spots. Pico lasers worked about as well as the others, and hurt less. They caused far fewer brown marks, but much more pinpoint bleeding.
pico-compared-p3 = No acne scar treatment has been proven to be the best. Doctors often combine treatments. Scars can get better, but the change is partial. Ask your doctor what mix fits your scars.

pico-q-how-short = How long does one pulse of a pico laser last?
pico-q-how-short-a = A few hundred nanoseconds
pico-q-how-short-b = A few hundred picoseconds
pico-q-how-short-c = About a thousandth of a second
pico-q-how-short-why = Pico pulses last a few hundred picoseconds. One picosecond is a trillionth of a second. Older lasers use pulses about a thousand times longer.

pico-q-pressure = Which pulse builds up pressure that breaks a tiny grain of pigment apart?
pico-q-pressure-a = A pulse longer than the time heat takes to leak out of the grain
pico-q-pressure-b = A pulse shorter than the time a pressure wave takes to cross the grain
pico-q-pressure-c = A pulse that pushes the grain out through the top of the skin
pico-q-pressure-why = Think of two clocks. A pulse shorter than the time heat takes to leak out keeps the heat in the grain. A pulse shorter still, shorter than the time a pressure wave takes to cross the grain, builds up pressure. That breaks the grain apart with little heat spreading. For a grain 1 micrometre wide, that time is about 300 ps. That number is an estimate.

pico-q-deeper = Longer wavelengths, like 1064 nm, reach deeper into the skin than 532 nm.
pico-q-deeper-why = True. Longer wavelengths reach deeper. They are also gentler on pigment in the top layer.

pico-q-between = With a fractional lens, every bit of skin under the beam gets a bubble.
pico-q-between-why = False. The lens splits the beam into tiny spots. Bubbles form under each spot, and the skin between the spots is left whole.

pico-q-order = Put these steps in order, from first to last.
pico-q-order-step1 = A lens splits the beam into many tiny spots
pico-q-order-step2 = Tiny bubbles form in the skin under each spot
pico-q-order-step3 = The skin starts to repair itself
pico-q-order-step4 = Over weeks to months, the dermis grows thicker
pico-q-order-why = The tiny spots make tiny bubbles. Then the skin starts to repair. The repair takes weeks to months and builds up over a series of sessions.

pico-q-volume = In the study of 20 people, how much lower was scar volume 1 month after the last session?
pico-q-volume-a = About 86% lower
pico-q-volume-b = About 24% lower
pico-q-volume-c = It was about the same as before
pico-q-volume-d = The scars were gone
pico-q-volume-why = 3D photos showed scar volume about 24% lower at 1 month. At 3 months, it was about 27% lower. The scars got better, but only partly. The laser maker paid for part of this study.

pico-q-satisfied = An ad says 86% of patients were satisfied. What does that number tell you?
pico-q-satisfied-a = Their scars got 86% better
pico-q-satisfied-b = 86 out of 100 scars went away
pico-q-satisfied-c = Most people were happy, which is not the same as how much scars changed
pico-q-satisfied-why = Being satisfied is about how people felt, not how much scars changed. The study that measured scar volume found it about 24% lower. The laser maker paid for part of that study.

pico-q-ad = You see a number in an ad for a laser. Which questions are worth asking? Select all that apply.
pico-q-ad-a = What was measured?
pico-q-ad-b = How well known is the laser brand?
pico-q-ad-c = How many people took part?
pico-q-ad-d = Who paid for the study?
pico-q-ad-why = What was measured, how many people took part and who paid all change what a number means. A well known brand does not make a number more true.

pico-q-best = Studies have shown that pico lasers are the best treatment for acne scars.
pico-q-best-why = False. No acne scar treatment has been proven to be the best. Doctors often combine treatments, and the change is partial.

pico-q-compared = A review pooled 7 studies of fractional pico lasers and other fractional lasers. What did it find for pico? Select all that apply.
pico-q-compared-a = It worked about as well
pico-q-compared-b = It caused more brown marks
pico-q-compared-c = It hurt less
pico-q-compared-d = It caused more pinpoint bleeding
pico-q-compared-e = It made scars go away fully
pico-q-compared-why = Pico worked about as well and hurt less. It caused far fewer brown marks, but much more pinpoint bleeding. With any of these lasers, the change is partial.
