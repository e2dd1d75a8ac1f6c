//! Pictures on their way out (round three): whatever another tool left in a
//! photo kept in a profile (its place, the camera's serial) never reaches a
//! handout or an export, and a damaged logo is left out, said, and the
//! handout made all the same.

use std::io::Cursor;
use std::sync::Arc;

use carta::export::{ExportOptions, Format};
use carta::model::{Picture, PictureFormat, PictureRole};
use carta::store;

use crate::support::carta_command as carta;

const SECRET: &[u8] = b"GPS 33.5731N 7.5898W SERIAL-4242";

/// A JPEG as a camera or another program writes it: an EXIF segment with
/// the place and the camera's serial right after its start.
fn photo_with_metadata() -> Picture {
    let image = image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 * 3, y as u8 * 4, 90]));
    let mut jpeg = Vec::new();
    image::DynamicImage::ImageRgb8(image)
        .write_to(&mut Cursor::new(&mut jpeg), image::ImageFormat::Jpeg)
        .unwrap();
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend_from_slice(SECRET);
    let length = u16::try_from(payload.len() + 2).unwrap().to_be_bytes();
    let mut bytes = jpeg[..2].to_vec();
    bytes.extend_from_slice(&[0xff, 0xe1, length[0], length[1]]);
    bytes.extend_from_slice(&payload);
    bytes.extend_from_slice(&jpeg[2..]);
    Picture {
        format: PictureFormat::Jpeg,
        width: 64,
        height: 48,
        bytes: Arc::from(bytes),
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[test]
fn a_photos_place_and_serial_never_reach_the_handout_or_the_json() {
    let mut document = store::embedded_profile();
    let photo = photo_with_metadata();
    assert!(
        contains(&photo.bytes, SECRET),
        "the test's photo carries it"
    );
    *document.city.picture_mut(PictureRole::Cover) = Some(photo);
    for format in [Format::SlidesPdf, Format::NotesPdf] {
        let pdf =
            carta::export::export_bytes(&document, format, &ExportOptions::default()).unwrap();
        assert!(
            !contains(&pdf, SECRET),
            "{format:?} carries the photo's metadata"
        );
        assert!(
            contains(&pdf, b"/DCTDecode"),
            "{format:?} still has the photo"
        );
    }
    let json = carta::export::export(&document, Format::Json, &ExportOptions::default());
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let bytes = value["city"]["cover"]["bytes"]
        .as_str()
        .expect("the photo is exported");
    use base64::Engine as _;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(bytes)
        .unwrap();
    assert!(
        !contains(&decoded, SECRET),
        "the JSON carries the photo's metadata"
    );
    assert!(image::load_from_memory(&decoded).is_ok(), "a picture still");
}

#[test]
fn a_damaged_logo_is_left_out_and_said_and_the_handout_is_made() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    let logo = image::RgbaImage::from_pixel(120, 120, image::Rgba([200, 40, 40, 255]));
    let mut png = Vec::new();
    image::DynamicImage::ImageRgba8(logo)
        .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    // Cut off half way, as a broken copy or mail would.
    png.truncate(png.len() / 2);
    *document.city.picture_mut(PictureRole::Logo) = Some(Picture {
        format: PictureFormat::Png,
        width: 120,
        height: 120,
        bytes: Arc::from(png),
    });
    let pdf = carta::export::export_bytes(&document, Format::SlidesPdf, &ExportOptions::default());
    assert!(pdf.is_ok(), "the handout is made: {pdf:?}");
    let path = folder.path().join("p.ron");
    store::save(&document, &path).unwrap();
    let out = folder.path().join("handout.pdf");
    let output = carta()
        .args([
            "export".as_ref(),
            path.as_os_str(),
            "--to".as_ref(),
            "slides-pdf".as_ref(),
        ])
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{said}");
    assert!(said.contains("The logo cannot be read"), "{said}");
    assert!(!said.contains("Image("), "no internal names: {said}");
    assert!(std::fs::metadata(&out).unwrap().len() > 1000);

    // The window says it too, once the handout is written.
    let from_window = folder.path().join("from-window.pdf");
    let harness = crate::handout::export_document_through_the_window(
        document,
        folder.path(),
        Format::SlidesPdf,
        &from_window,
    );
    assert!(from_window.exists());
    let status = harness.state().status_text().unwrap_or_default();
    assert!(status.contains("The logo cannot be read"), "{status}");
}
