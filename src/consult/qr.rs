//! QR codes for the summary (`qrcode`): the smallest code up to [`MAX_VERSION`] that holds
//! the bytes, and its dark modules as horizontal runs, which the view draws as rectangles.
//! Plain Rust: no Bevy types.

use qrcode::bits::Bits;
use qrcode::{Color, EcLevel, QrCode, Version};

/// The largest code made: 117 modules a side (125 with the quiet zone), which the summary
/// screen draws at 3 screen pixels a module where the room allows: a phone camera reads that
/// from a laptop or kiosk screen held close. Most summaries as links need far smaller codes.
pub const MAX_VERSION: i16 = 25;

/// Medium error correction: about 15 % of the code may be lost to glare on a screen.
const EC_LEVEL: EcLevel = EcLevel::M;

/// Light modules kept around the code on every side, as the standard asks.
pub const QUIET_ZONE: usize = 4;

/// ECI designator for UTF-8, so phones read plain text in any language right.
const ECI_UTF8: u32 = 26;

/// A QR code's modules, without the quiet zone.
#[derive(Clone, PartialEq, Eq)]
pub struct Code {
    pub version: i16,
    /// Modules a side.
    pub width: usize,
    /// Row by row, `true` for dark.
    pub dark: Vec<bool>,
}

/// A row's run of dark modules, in modules from the code's top-left corner (quiet zone not
/// counted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub x: usize,
    pub y: usize,
    pub len: usize,
}

fn bits(data: &[u8], text: bool, version: i16) -> Option<Bits> {
    let mut bits = Bits::new(Version::Normal(version));
    if text {
        bits.push_eci_designator(ECI_UTF8).ok()?;
    }
    bits.push_byte_data(data).ok()?;
    bits.push_terminator(EC_LEVEL).ok()?;
    Some(bits)
}

/// The smallest code (up to [`MAX_VERSION`]) holding `data`; `text` marks the bytes as UTF-8
/// text (a link needs no mark). `None` when the data does not fit.
pub fn encode(data: &[u8], text: bool) -> Option<Code> {
    // Most summaries are far from the limit: check the largest code first, once.
    bits(data, text, MAX_VERSION)?;
    let bits = (1..=MAX_VERSION).find_map(|version| bits(data, text, version))?;
    let code = QrCode::with_bits(bits, EC_LEVEL).ok()?;
    let Version::Normal(version) = code.version() else {
        return None;
    };
    Some(Code {
        version,
        width: code.width(),
        dark: code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect(),
    })
}

/// Its size, not its thousands of modules (a failed test prints it).
impl std::fmt::Debug for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Code(version {}, {} modules a side)",
            self.version, self.width
        )
    }
}

impl Code {
    /// Modules a side with the quiet zone.
    pub fn outer_width(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// Every row's dark runs, top to bottom, left to right.
    pub fn runs(&self) -> Vec<Run> {
        let mut runs = Vec::new();
        for y in 0..self.width {
            let mut x = 0;
            while x < self.width {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.width && self.is_dark(x, y) {
                    x += 1;
                }
                runs.push(Run {
                    x: start,
                    y,
                    len: x - start,
                });
            }
        }
        runs
    }

    /// The code as grey pixels (0 dark, 255 light), `scale` pixels a module, quiet zone
    /// included, painted from its runs as the view paints it (for tests that read it back).
    pub fn raster(&self, scale: usize) -> (usize, Vec<u8>) {
        let side = self.outer_width() * scale;
        let mut pixels = vec![255u8; side * side];
        for run in self.runs() {
            for py in (QUIET_ZONE + run.y) * scale..(QUIET_ZONE + run.y + 1) * scale {
                let from = (QUIET_ZONE + run.x) * scale;
                let to = (QUIET_ZONE + run.x + run.len) * scale;
                pixels[py * side + from..py * side + to].fill(0);
            }
        }
        (side, pixels)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Reads every QR code in a grey image (written apart from the encoder: `rqrr`).
    pub(crate) fn read_codes(side_x: usize, side_y: usize, pixels: &[u8]) -> Vec<String> {
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(side_x, side_y, |x, y| {
            pixels[y * side_x + x]
        });
        image
            .detect_grids()
            .into_iter()
            .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
            .collect()
    }

    #[test]
    fn a_drawn_code_reads_back_in_any_language() {
        for text in [
            "https://clinic.example/learn/#summary=abc-_09",
            "Mes questions : Ça fait mal ?\n会痛吗？",
        ] {
            let code = encode(text.as_bytes(), !text.is_ascii()).expect("fits");
            let (side, pixels) = code.raster(3);
            assert_eq!(read_codes(side, side, &pixels), [text]);
        }
    }

    #[test]
    fn the_smallest_code_is_chosen_up_to_the_largest_readable_one() {
        let small = encode(b"hello", false).unwrap();
        assert_eq!(small.version, 1);
        assert_eq!(small.width, 21);
        let big = encode(&vec![b'a'; 900], false).unwrap();
        assert!(
            big.version > 20 && big.version <= MAX_VERSION,
            "{}",
            big.version
        );
        assert_eq!(encode(&vec![b'a'; 1200], false), None);
        // The UTF-8 mark costs a few bits: still fits when there is room.
        assert!(encode(&vec![b'a'; 900], true).is_some());
    }

    #[test]
    fn runs_cover_exactly_the_dark_modules() {
        let code = encode(b"runs", false).unwrap();
        let mut covered = vec![false; code.width * code.width];
        for run in code.runs() {
            assert!(run.len > 0);
            for x in run.x..run.x + run.len {
                assert!(!covered[run.y * code.width + x], "no overlap");
                covered[run.y * code.width + x] = true;
            }
        }
        assert_eq!(covered, code.dark);
        let (side, pixels) = code.raster(2);
        assert_eq!(side, (code.width + 8) * 2);
        assert!(
            pixels[..side * 8].iter().all(|p| *p == 255),
            "quiet zone on top"
        );
    }
}
