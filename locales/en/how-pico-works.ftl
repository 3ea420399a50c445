## Module 2: how pico lasers work. Facts from shared/content/evidence-brief.md, sections 3 and 4.

pico-flashes-title = Very short flashes of light
pico-flashes-p1 = A laser sends light in short flashes, called pulses. A pico laser makes them very short.
pico-flashes-p2 = Each flash lasts a few hundred picoseconds. A picosecond is one trillionth of a second. One laser, for example, fires flashes of 240 to 750 picoseconds.
pico-flashes-p3 = Older lasers, called Q-switched lasers, fire nanosecond flashes. Those last about a thousand times longer.

pico-shake-title = Heat or a shake?
pico-shake-p1 = Light can change skin in a few ways. It can heat it. It can also send a pressure wave through it, like a tiny shake. Pico lasers lean on the shake.
pico-shake-p2 = Heat needs time to spread. A very short flash ends before the heat can leak out. Shorter still, and pressure builds up until a tiny grain of pigment breaks apart. Try it: fire a long pulse, then a pico pulse.

pico-colours-title = Colours of laser light
pico-colours-p1 = Pico lasers use a few colours of light, named by their wavelength: 532, 755 and 1064 nm. Some machines also use 730 or 785 nm.
pico-colours-p2 = Longer wavelengths reach deeper into the skin. They are also gentler on the pigment in the top layer. Pick a colour to see how deep it goes.

pico-beams-title = One beam, many tiny beams
pico-beams-p1 = A special lens can split the laser beam into many tiny beams. Under each one, a tiny bubble forms in the skin. The skin between the bubbles is left whole, so it can help the healing.
pico-beams-p2 = In a test on pig skin, one kind of lens made even beams and bubbles about 78 micrometres wide. Another made less even beams and bubbles about 163 micrometres wide. How many bubbles form depends on the skin's pigment.

pico-rebuild-title = The skin rebuilds itself
pico-rebuild-p1 = After treatment, the skin starts to repair. In one study, skin samples showed a thicker middle layer, more stretchy fibres and more new collagen.
pico-rebuild-p2 = This takes weeks to months. Results build up over a course of sessions, often 3 to 6, about 4 weeks apart. Move the weeks slider to watch a scar floor rise a little.

pico-studies-title = What studies found
pico-studies-p1 = In one study, 20 people had 6 sessions. Scar volume, measured in 3D, was about 24% lower 1 month later and 27% lower 3 months later. Doctors looking at photos rated the change at 25 to 50%. Pain was about 3 out of 10. The laser maker paid for part of this study.
pico-studies-p2 = In another study, with 4 monthly sessions, scar scores went down from 1.8 to 1.1. The only side effects were redness, mild swelling and tiny bleeding spots.
pico-studies-p3 = In a study of 42 Asian patients, 2 got brown marks, and both faded. In a study of people with very dark skin, all 17 who came back had improved, with no serious side effects.

pico-marketing-title = Ads and evidence
pico-marketing-p1 = An ad may say 86% of people were satisfied. That is not the same as 86% better skin. Being happy with a treatment and how much a scar changes are different things.
pico-marketing-p2 = In the same years, the study that measured scar volume found it about 24% lower. Both numbers can be true. They just measure different things.
pico-marketing-p3 = When you see a number, ask: what was measured? How many people were in the study? Who paid for it?

pico-compared-title = Compared with other treatments
pico-compared-p1 = In one trial, each person had pico on one side of the face and another laser on the other side. Scar scores fell by 39% and 44%. The difference was too small to count.
pico-compared-p2 = When 7 studies were pooled, pico lasers worked about as well as other lasers of this kind. They hurt less and caused far fewer brown marks, but more tiny bleeding spots.
pico-compared-p3 = No acne scar treatment is proven to be the best. Doctors often combine treatments. Scars can get better, but not perfect.

pico-q-how-short = How long is one flash of a pico laser?
pico-q-how-short-a = About one second
pico-q-how-short-b = A few hundred trillionths of a second
pico-q-how-short-c = About one minute
pico-q-how-short-why = Pico lasers fire flashes of a few hundred picoseconds. A picosecond is one trillionth of a second.

pico-q-pressure = Why does a very short flash break a grain of pigment apart?
pico-q-pressure-a = Pressure builds up faster than it can escape
pico-q-pressure-b = The grain melts slowly
pico-q-pressure-c = The light pushes the grain out of the skin
pico-q-pressure-why = A flash shorter than the time a pressure wave needs to cross the grain traps the pressure. The grain shakes apart, with little heat spreading around it.

pico-q-deeper = True or false: longer wavelengths, like 1064 nm, reach deeper into the skin than 532 nm.
pico-q-deeper-why = True. Longer wavelengths go deeper, and they are gentler on pigment in the top layer.

pico-q-between = True or false: with a fractional lens, the laser burns away all of the skin it touches.
pico-q-between-why = False. The beam is split into tiny beams. Each makes a tiny bubble, and the skin between them is left whole.

pico-q-order = Put these in order, from first to last.
pico-q-order-step1 = A lens splits the laser into tiny beams
pico-q-order-step2 = Each tiny beam makes a tiny bubble in the skin
pico-q-order-step3 = The skin starts to repair itself
pico-q-order-step4 = Over weeks and sessions, new collagen builds up
pico-q-order-why = The tiny beams make tiny bubbles. The skin then repairs, and new collagen builds up over weeks to months.

pico-q-satisfied = An ad says "86% of patients were satisfied". What does that tell you?
pico-q-satisfied-a = Their scars got 86% better
pico-q-satisfied-b = Most people were happy, which is not the same as how much scars changed
pico-q-satisfied-c = The treatment works for 86 out of 100 scars
pico-q-satisfied-why = Being satisfied is not a measure of scar change. The study that measured scar volume found it about 24% lower.

pico-q-ad = You see a number in an ad. What is worth asking? Pick all that apply.
pico-q-ad-a = What was measured?
pico-q-ad-b = How many people were in the study?
pico-q-ad-c = Who paid for the study?
pico-q-ad-d = What colour is the laser machine?
pico-q-ad-why = What was measured, how many people took part and who paid all change what a number means.

pico-q-best = True or false: studies show pico lasers are the best treatment for acne scars.
pico-q-best-why = False. No acne scar treatment is proven to be the best. Doctors often combine treatments, and results are partial.

pico-q-compared = Studies pooled pico lasers and other lasers of the same kind. What did they find for pico? Pick all that apply.
pico-q-compared-a = It worked about as well
pico-q-compared-b = It hurt less
pico-q-compared-c = It caused more brown marks
pico-q-compared-d = It caused more tiny bleeding spots
pico-q-compared-why = Pico worked about as well, with less pain and far fewer brown marks, but more tiny bleeding spots.
