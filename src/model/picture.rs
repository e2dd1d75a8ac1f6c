//! A picture kept inside the profile: the city's logo or its cover photo.
//!
//! The picture's bytes travel in the profile file itself (as base64 text in
//! the RON), not beside it: an officer mails one file, and a colleague who
//! opens it sees the logo, with no folder of images to keep next to it and
//! no path that breaks on another computer. Pictures are made small enough
//! for that on the way in (`store::picture`): a logo at most 512 pixels, a
//! cover photo at most 1920, re-encoded, which also drops what cameras write
//! inside a photo (where it was taken, by which phone).

use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// What a picture is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PictureRole {
    /// The city's logo, on the title and closing slides.
    Logo,
    /// A photo of the city behind the title slide.
    Cover,
}

/// How a picture's bytes are encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub enum PictureFormat {
    /// For logos: sharp edges and transparency.
    Png,
    /// For photos.
    Jpeg,
}

/// An encoded picture and its size in pixels.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Picture {
    pub format: PictureFormat,
    pub width: u32,
    pub height: u32,
    /// The encoded bytes, shared: the undo history keeps copies of the
    /// document, not of its pictures.
    #[serde(serialize_with = "to_base64", deserialize_with = "from_base64")]
    #[schemars(with = "String", description = "The encoded picture, in base64.")]
    pub bytes: Arc<[u8]>,
}

/// The pictures a deck shows: the logo on the title and closing slides,
/// the cover photo behind the title.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pictures {
    pub logo: Option<Picture>,
    pub cover: Option<Picture>,
}

impl Picture {
    /// Width over height.
    pub fn aspect(&self) -> f32 {
        self.width.max(1) as f32 / self.height.max(1) as f32
    }
}

fn to_base64<S: Serializer>(bytes: &Arc<[u8]>, serializer: S) -> Result<S::Ok, S::Error> {
    use base64::Engine as _;
    serializer.serialize_str(&base64::engine::general_purpose::STANDARD.encode(bytes))
}

fn from_base64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Arc<[u8]>, D::Error> {
    use base64::Engine as _;
    let text = String::deserialize(deserializer)?;
    base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map(Arc::from)
        .map_err(|_| serde::de::Error::custom("the picture's bytes are not valid base64"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_travels_as_text_and_comes_back_the_same() {
        let picture = Picture {
            format: PictureFormat::Png,
            width: 2,
            height: 1,
            bytes: Arc::from(&[0x89, b'P', b'N', b'G', 0, 255][..]),
        };
        let text = ron::to_string(&picture).unwrap();
        assert!(text.contains("\"iVBORwD/\""), "{text}");
        assert_eq!(ron::from_str::<Picture>(&text).unwrap(), picture);
        assert!(ron::from_str::<Picture>(&text.replace("iVBORwD/", "not base64!")).is_err());
    }
}
