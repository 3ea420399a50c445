## Module 1: scar types. Facts from shared/content/evidence-brief.md, sections 1 and 2.

scar-types-layers-title = Your skin has three layers
scar-types-layers-p1 = Your skin is built in layers. The top layer is thin. It is called the epidermis. It is the part you see and touch.
scar-types-layers-p2 = Under it is the middle layer, called the dermis. It is thicker and full of tough fibres called collagen. Below the dermis is a layer of fat.
scar-types-layers-p3 = Some scars stay near the top. Others reach deep into the dermis. How deep a scar goes helps decide how it can be treated.

scar-types-colour-title = A colour mark or a scar?
scar-types-colour-p1 = After a spot heals, it can leave a flat red or brown mark. The skin is still smooth. These marks often fade over months.
scar-types-colour-why = A red mark is redness from tiny blood vessels that grew wider while the spot was red and sore. A brown mark is extra pigment, the natural colouring of skin.
scar-types-colour-p2 = A scar is different. It changes the shape of the skin. It can be a dent or a raised bump.
scar-types-colour-p3 = Doctors use these words in different ways. One scale counts flat marks as the mildest kind of scar. Many skin doctors say a flat mark is not a true scar. Ask your doctor what they mean.

scar-types-icepick-title = Icepick scars
scar-types-icepick-p1 = An icepick scar is a small, deep hole. It looks as if the skin was poked with a sharp tool.
scar-types-icepick-p2 = It is narrow: less than about 2 mm wide. But it can go deep, down into the lower part of the dermis or below.
scar-types-icepick-p3 = Because it is so narrow and deep, treatments that work on the surface of the skin reach it poorly. Doctors may use other ways to treat these scars.

scar-types-boxcar-title = Boxcar scars
scar-types-boxcar-p1 = A boxcar scar is a round or oval dent. It has steep, sharp edges and a flat floor, like a small box pressed into the skin.
scar-types-boxcar-p2 = It is about 1.5 to 4 mm across. Some are shallow. Others are deeper.
scar-types-boxcar-p3 = Shallow boxcar scars often respond best to treatments that renew the top of the skin, such as lasers.

scar-types-rolling-title = Rolling scars
scar-types-rolling-p1 = Rolling scars are wide, soft dips in the skin. Each one is wider than about 4 to 5 mm. They can make the skin look wavy.
scar-types-rolling-p2 = They come from bands of tough tissue under the skin. The bands tie the surface down, like buttons on a cushion.
scar-types-rolling-p3 = Rolling scars make the skin look uneven, most of all in light from the side. A treatment called subcision frees the bands.

scar-types-hypertrophic-title = Raised scars: hypertrophic scars
scar-types-hypertrophic-p1 = Some scars are raised instead of dented. A hypertrophic scar is a firm bump on the skin.
scar-types-hypertrophic-p2 = It stays inside the area where the spot was. It does not spread past it.

scar-types-keloid-title = Raised scars: keloids
scar-types-keloid-p1 = A keloid is a raised scar that grows past the area of the first spot.
scar-types-keloid-p2 = Some people, and some families, tend to get keloids. If you or your family get keloids, tell your doctor before any skin treatment.

scar-types-explorer-title = Explore all the types
scar-types-explorer-p1 = Here are all the kinds side by side: five kinds of scars, then flat colour marks, which are not scars. The sizes of the scars are to scale, but the skin layers are simplified. Tap each one. Look at how wide and how deep it is.

scar-types-side-light-title = Why light from the side matters
scar-types-side-light-p1 = Move the lamp from high to low. Watch the rolling scar.
scar-types-side-light-p2 = Light from above hides soft dips. Light from the side makes shadows, so the dips show. That is why rolling scars look worse in some light.

scar-types-grading-title = How doctors describe scars
scar-types-grading-p1 = Doctors may give scars a grade. One scale, by Goodman and Baron, has 4 grades. Grade 1 is flat colour marks.
scar-types-grading-p2 = Grade 2 is mild: hard to see from about half a metre away, and easy to hide with make-up. Grade 3 is moderate: easy to see from that distance, and it flattens when the skin is stretched. Grade 4 is severe: it does not flatten when stretched.
scar-types-grading-p3 = There is no single best scale. Your doctor may use a different one, and that is fine.

scar-types-sort-title = Game: name that scar
scar-types-sort-p1 = Look at each drawing and pick its kind. If the skin is flat and only its colour changed, pick “Not a scar”. You will see why after each answer.

scar-types-common-title = You are not alone
scar-types-common-p1 = Acne is very common. Most people have it at some time between about 11 and 30 years old.
scar-types-common-p2 = Scars are common too. In one US study of 1,972 people with acne who saw a skin doctor, 43 in 100 had acne scars. Most of them had only mild or medium acne. Scars are more likely after severe acne, late treatment, or acne that keeps coming back, and in men.
scar-types-common-p3 = Scars can weigh on how people feel, even when they are mild. Those feelings are real. It is fine to talk about them with your doctor.

scar-types-q-icepick-shape = Which scar is a narrow, deep hole, like a puncture?
scar-types-q-icepick-shape-a = An icepick scar
scar-types-q-icepick-shape-b = A rolling scar
scar-types-q-icepick-shape-c = A keloid
scar-types-q-icepick-shape-why = Icepick scars are less than about 2 mm wide, but they can reach deep into the skin.

scar-types-q-which-shown = Which type of scar does this drawing show?
scar-types-q-boxcar-shown-a = A boxcar scar
scar-types-q-boxcar-shown-b = An icepick scar
scar-types-q-boxcar-shown-c = A hypertrophic scar
scar-types-q-boxcar-shown-why = It has steep edges and a flat floor. That is the shape of a boxcar scar.
scar-types-q-rolling-shown-a = A rolling scar
scar-types-q-rolling-shown-b = A boxcar scar
scar-types-q-rolling-shown-c = A keloid
scar-types-q-rolling-shown-why = It is a wide, soft dip, with bands pulling it down from below. That is a rolling scar.

scar-types-q-rolling-light = Rolling scars show up most in light that comes from the side.
scar-types-q-rolling-light-why = True. Rolling scars make the skin look uneven, most of all in side light.

scar-types-q-colour-flat = A red or brown mark left after a spot is flat, and it often fades over months.
scar-types-q-colour-flat-why = True. These colour marks do not change the shape of the skin, and they usually fade with time.

scar-types-q-keloid-spreads = What makes a keloid different from a hypertrophic scar?
scar-types-q-keloid-spreads-a = A keloid grows past the area of the first spot
scar-types-q-keloid-spreads-b = A keloid is a dent, not a bump
scar-types-q-keloid-spreads-c = A keloid is always flat
scar-types-q-keloid-spreads-why = Both are raised. A hypertrophic scar stays inside the area of the spot. A keloid spreads past it.

scar-types-q-keloid-tell = If you tend to get keloids, you should tell your doctor before any skin treatment.
scar-types-q-keloid-tell-why = True. A personal or family tendency to keloids matters before any treatment.

scar-types-q-bands = What pulls rolling scars down?
scar-types-q-bands-a = Bands of tough tissue under the skin
scar-types-q-bands-b = Too much oil in the skin
scar-types-q-bands-c = Colour marks
scar-types-q-bands-why = Tough bands under the skin tie the surface down. A treatment called subcision frees them.

scar-types-q-icepick-surface = Treatments that work only on the surface of the skin reach icepick scars easily.
scar-types-q-icepick-surface-why = False. Icepick scars are narrow and deep, so surface treatments reach them poorly.

scar-types-q-boxcar-size = About how wide is a boxcar scar?
scar-types-q-boxcar-size-a = About 1.5 to 4 mm across
scar-types-q-boxcar-size-b = More than 2 cm across
scar-types-q-boxcar-size-c = Thinner than a hair
scar-types-q-boxcar-size-why = Boxcar scars are usually about 1.5 to 4 mm across.

scar-types-q-one-scale = All doctors use the same scale to grade acne scars.
scar-types-q-one-scale-why = False. There are several scales, and none is the single best one.

scar-types-q-common = In one US study of 1,972 people with acne who saw a skin doctor, how many had acne scars?
scar-types-q-common-a = About 43 in 100
scar-types-q-common-b = About 4 in 100
scar-types-q-common-c = All of them
scar-types-q-common-why = 43 in 100 had scars. Most of them had only mild or medium acne.

scar-types-q-dented = Which of these are dented scars? Select all that apply.
scar-types-q-dented-icepick = Icepick scars
scar-types-q-dented-boxcar = Boxcar scars
scar-types-q-dented-rolling = Rolling scars
scar-types-q-dented-keloid = Keloids
scar-types-q-dented-hypertrophic = Hypertrophic scars
scar-types-q-dented-why = Icepick, boxcar and rolling scars are the three main kinds of dented scars. Keloids and hypertrophic scars are raised.

scar-types-q-tap-rolling = Tap the rolling scar.
scar-types-q-tap-rolling-why = The rolling scar is the wide, soft dip on the right, with bands pulling it down.

scar-types-q-tap-icepick = Tap the icepick scar.
scar-types-q-tap-icepick-why = The icepick scar is the narrow, deep pit on the left.

scar-types-q-widths = Put these scars in order, from the narrowest to the widest.
scar-types-q-widths-icepick = Icepick: less than about 2 mm
scar-types-q-widths-boxcar = Boxcar: about 1.5 to 4 mm
scar-types-q-widths-rolling = Rolling: more than about 4 to 5 mm
scar-types-q-widths-why = Icepick scars are the narrowest, boxcar scars are in the middle, and rolling scars are the widest.
