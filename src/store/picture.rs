//! The officer's logo and cover photo, read from a file and made fit to
//! travel inside the profile (see `model::picture`): decoded, turned upright,
//! made at most 512 (logo) or 1920 (photo) pixels on their long side, and
//! encoded again — PNG for a logo (its transparency kept), JPEG for a photo.
//! Re-encoding leaves behind everything a camera wrote into the file (where
//! the photo was taken, the phone's serial number).

use std::io::Cursor;
use std::path::Path;
use std::sync::Arc;

use image::{DynamicImage, ImageDecoder as _, ImageReader, Limits};

use crate::i18n::Language;
use crate::model::{Picture, PictureFormat, PictureRole as Role};
use crate::tr;

use super::IoReason;

/// The most pixels on the long side: a logo is shown small, a photo fills
/// a 1080p projector.
fn longest(role: Role) -> u32 {
    match role {
        Role::Logo => 512,
        Role::Cover => 1920,
    }
}

/// Why a picture could not be taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PictureError {
    Unreadable(IoReason),
    /// Not a PNG or JPEG picture, or a damaged one.
    NotAPicture,
    /// More pixels than any camera makes (a file made to exhaust memory).
    TooManyPixels {
        width: u32,
        height: u32,
    },
}

impl PictureError {
    /// The officer's words for it, naming `file`.
    pub fn describe(&self, file: &str, words: Language) -> String {
        match self {
            Self::Unreadable(reason) => tr!(
                words,
                "picture-unreadable",
                file = file,
                reason = reason.message(words)
            ),
            Self::NotAPicture => tr!(words, "picture-not-a-picture", file = file),
            Self::TooManyPixels { width, height } => tr!(
                words,
                "picture-too-many-pixels",
                file = file,
                width = *width,
                height = *height
            ),
        }
    }
}

/// The most pixels a picture may have: 100 megapixels, more than any
/// camera an office has.
const MAX_PIXELS: u64 = 100_000_000;

/// The picture in the file at `path`, made fit for `role`.
pub fn read(path: &Path, role: Role) -> Result<Picture, PictureError> {
    let bytes = super::read_capped(path).map_err(PictureError::Unreadable)?;
    prepare(&bytes, role)
}

/// The picture whose file holds `bytes`, made fit for `role`.
pub fn prepare(bytes: &[u8], role: Role) -> Result<Picture, PictureError> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| PictureError::NotAPicture)?;
    if !matches!(
        reader.format(),
        Some(image::ImageFormat::Png | image::ImageFormat::Jpeg)
    ) {
        return Err(PictureError::NotAPicture);
    }
    let mut decoder = reader
        .into_decoder()
        .map_err(|_| PictureError::NotAPicture)?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(PictureError::TooManyPixels { width, height });
    }
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_PIXELS * 8);
    decoder
        .set_limits(limits)
        .map_err(|_| PictureError::TooManyPixels { width, height })?;
    // A phone's photo is stored sideways and says so: turned as it was seen.
    let orientation = decoder.orientation().ok();
    let mut image = DynamicImage::from_decoder(decoder).map_err(|_| PictureError::NotAPicture)?;
    if let Some(orientation) = orientation {
        image.apply_orientation(orientation);
    }
    let longest = longest(role);
    if image.width().max(image.height()) > longest {
        image = image.resize(longest, longest, image::imageops::FilterType::Lanczos3);
    }
    let mut out = Vec::new();
    let format = match role {
        Role::Logo => {
            image
                .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
                .map_err(|_| PictureError::NotAPicture)?;
            PictureFormat::Png
        }
        Role::Cover => {
            // JPEG has no transparency: a photo is flattened as it is.
            let rgb = DynamicImage::ImageRgb8(image.to_rgb8());
            let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85);
            rgb.write_with_encoder(encoder)
                .map_err(|_| PictureError::NotAPicture)?;
            PictureFormat::Jpeg
        }
    };
    Ok(Picture {
        format,
        width: image.width(),
        height: image.height(),
        bytes: Arc::from(out),
    })
}

/// The most pixels on a side of a picture kept in a profile: twice what
/// Carta itself makes. A hand-edited or hostile file claiming more (a few
/// kilobytes can claim billions of pixels) is not drawn at all.
const MAX_SIDE: u32 = 2 * 1920;

fn format_of(picture: &Picture) -> image::ImageFormat {
    match picture.format {
        PictureFormat::Png => image::ImageFormat::Png,
        PictureFormat::Jpeg => image::ImageFormat::Jpeg,
    }
}

/// `picture` as it may go into an output (a handout, an export): decoded
/// whole and encoded afresh for `role`, which leaves behind whatever
/// another tool or an older Carta kept in it (GPS, camera serial); `None`
/// for one that cannot be decoded (damaged, cut off) or is too large.
pub fn for_output(picture: &Picture, role: Role) -> Option<Picture> {
    drawable_size(picture)?;
    prepare(&picture.bytes, role).ok()
}

/// The picture's size as its bytes say (not as the profile claims), when
/// it is a picture small enough to draw.
pub fn drawable_size(picture: &Picture) -> Option<(u32, u32)> {
    let reader = ImageReader::with_format(Cursor::new(&picture.bytes[..]), format_of(picture));
    let (width, height) = reader.into_dimensions().ok()?;
    (width > 0 && height > 0 && width <= MAX_SIDE && height <= MAX_SIDE).then_some((width, height))
}

/// The picture's pixels, for drawing: RGBA rows, top first, or `None` for
/// bytes that are not a picture (a hand-edited file) or one too large.
pub fn pixels(picture: &Picture) -> Option<(u32, u32, Vec<u8>)> {
    drawable_size(picture)?;
    let mut reader = ImageReader::with_format(Cursor::new(&picture.bytes[..]), format_of(picture));
    let mut limits = Limits::default();
    limits.max_alloc = Some(u64::from(MAX_SIDE) * u64::from(MAX_SIDE) * 8);
    reader.limits(limits);
    let image = reader.decode().ok()?.to_rgba8();
    Some((image.width(), image.height(), image.into_raw()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `width` × `height` PNG with a transparent corner 400 pixels square.
    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbaImage::from_fn(width, height, |x, y| {
            if x < 400 && y < 400 {
                image::Rgba([0, 0, 0, 0])
            } else {
                image::Rgba([(x % 256) as u8, (y % 256) as u8, 120, 255])
            }
        });
        let mut out = Vec::new();
        DynamicImage::ImageRgba8(image)
            .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn a_large_logo_is_made_small_and_keeps_its_shape_and_transparency() {
        let logo = prepare(&png(2000, 1000), Role::Logo).unwrap();
        assert_eq!((logo.width, logo.height), (512, 256));
        assert_eq!(logo.format, PictureFormat::Png);
        let (_, _, rgba) = pixels(&logo).unwrap();
        assert_eq!(rgba[3], 0, "the transparent corner stays transparent");
    }

    #[test]
    fn a_photo_becomes_a_jpeg_at_most_1920_pixels_and_a_small_one_keeps_its_size() {
        let cover = prepare(&png(4000, 3000), Role::Cover).unwrap();
        assert_eq!((cover.width, cover.height), (1920, 1440));
        assert_eq!(cover.format, PictureFormat::Jpeg);
        assert_eq!(&cover.bytes[..2], &[0xff, 0xd8], "a JPEG");
        let small = prepare(&png(300, 200), Role::Cover).unwrap();
        assert_eq!((small.width, small.height), (300, 200));
    }

    #[test]
    fn what_is_not_a_png_or_jpeg_picture_is_refused_in_words() {
        assert_eq!(
            prepare(b"GIF89a not really", Role::Logo),
            Err(PictureError::NotAPicture)
        );
        assert_eq!(
            prepare(b"just some text", Role::Logo),
            Err(PictureError::NotAPicture)
        );
        let mut cut = png(64, 64);
        cut.truncate(cut.len() / 2);
        assert_eq!(prepare(&cut, Role::Logo), Err(PictureError::NotAPicture));
        let said = PictureError::NotAPicture.describe("logo.gif", Language::ENGLISH);
        assert!(said.contains("logo.gif"), "{said}");
    }

    #[test]
    fn a_picture_kept_in_a_profile_that_claims_too_many_pixels_is_not_drawn() {
        let mut huge = png(8, 8);
        huge[16..20].copy_from_slice(&20_000u32.to_be_bytes());
        huge[20..24].copy_from_slice(&20_000u32.to_be_bytes());
        let picture = Picture {
            format: PictureFormat::Png,
            width: 8,
            height: 8,
            bytes: Arc::from(huge),
        };
        assert_eq!(drawable_size(&picture), None);
        assert_eq!(pixels(&picture), None);
        let fine = prepare(&png(600, 300), Role::Logo).unwrap();
        assert_eq!(drawable_size(&fine), Some((512, 256)));
    }

    #[test]
    fn a_picture_claiming_a_billion_pixels_is_refused_before_it_is_decoded() {
        // A PNG header claiming 60000 × 60000 pixels, and nothing behind it.
        let mut bomb = png(1, 1);
        bomb[16..20].copy_from_slice(&60_000u32.to_be_bytes());
        bomb[20..24].copy_from_slice(&60_000u32.to_be_bytes());
        assert!(matches!(
            prepare(&bomb, Role::Cover),
            Err(PictureError::TooManyPixels { .. } | PictureError::NotAPicture)
        ));
    }
}
