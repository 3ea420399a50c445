//! The clinic's logo: read and decoded once at start-up, within a size budget, so a huge or
//! broken file costs little and never reaches the screens (the clinic name then shows alone).

use std::io::{Cursor, Read};
use std::path::Path;

/// The largest logo file read, in bytes.
pub const MAX_BYTES: u64 = 2 * 1024 * 1024;
/// The largest width or height decoded, in pixels.
pub const MAX_SIDE: u32 = 4096;
/// Memory the decoder may take, in bytes.
const MAX_DECODE_ALLOC: u64 = 80 * 1024 * 1024;
/// The logo is shown small: it is kept at most this many pixels on its longer side.
pub const KEPT_SIDE: u32 = 512;

/// A decoded logo: straight-alpha RGBA rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

/// Reads at most [`MAX_BYTES`] of the logo file at `path`.
pub fn read(path: &Path) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read it ({e})"))?;
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read it ({e})"))?;
    check_size(bytes.len())?;
    Ok(bytes)
}

fn check_size(len: usize) -> Result<(), String> {
    if len as u64 > MAX_BYTES {
        return Err(format!(
            "the file is larger than {} MB; use a smaller PNG",
            MAX_BYTES / 1024 / 1024
        ));
    }
    Ok(())
}

/// Decodes a PNG within the limits, scaled down to at most [`KEPT_SIDE`] pixels.
pub fn decode(bytes: &[u8]) -> Result<Logo, String> {
    check_size(bytes.len())?;
    let mut reader = image::ImageReader::with_format(Cursor::new(bytes), image::ImageFormat::Png);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_ALLOC);
    reader.limits(limits);
    let picture = reader
        .decode()
        .map_err(|e| format!("it is not a PNG that can be shown ({e})"))?;
    let picture = picture.thumbnail(KEPT_SIDE, KEPT_SIDE).to_rgba8();
    Ok(Logo {
        width: picture.width(),
        height: picture.height(),
        rgba: picture.into_raw(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let picture = image::RgbaImage::from_pixel(width, height, image::Rgba([11, 99, 110, 255]));
        let mut bytes = Vec::new();
        picture
            .write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png)
            .unwrap();
        bytes
    }

    #[test]
    fn a_logo_is_decoded_and_kept_small() {
        let logo = decode(&png(1024, 256)).unwrap();
        assert_eq!((logo.width, logo.height), (512, 128));
        assert_eq!(logo.rgba.len(), 512 * 128 * 4);
        assert_eq!(&logo.rgba[..4], &[11, 99, 110, 255]);
    }

    #[test]
    fn huge_or_broken_files_are_refused_before_they_cost_memory() {
        // Few bytes (it compresses well), but more pixels than any logo needs.
        let wide = png(MAX_SIDE + 1, 2);
        assert!((wide.len() as u64) < MAX_BYTES);
        assert!(decode(&wide).is_err());
        assert!(decode(b"not a png").unwrap_err().contains("not a PNG"));
        let mut big = png(8, 8);
        big.resize(MAX_BYTES as usize + 1, 0);
        assert!(decode(&big).unwrap_err().contains("larger than"));
    }

    #[test]
    fn a_file_over_the_byte_cap_is_not_read_whole() {
        let path = std::env::temp_dir().join(format!("scarwise-logo-{}.png", std::process::id()));
        std::fs::write(&path, vec![0u8; MAX_BYTES as usize + 10]).unwrap();
        assert!(read(&path).unwrap_err().contains("larger than"));
        std::fs::remove_file(&path).unwrap();
        assert!(read(&path).unwrap_err().contains("cannot read"));
    }
}
