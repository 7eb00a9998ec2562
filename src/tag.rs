//! The `"edition"` tag that opens every report object.

/// Defines a zero-sized type that serializes as one edition id and accepts only that id.
macro_rules! edition_tag {
    ($(#[$meta:meta])* $name:ident => $edition:expr) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct $name;

        impl $name {
            /// The edition this tag names.
            pub const EDITION: $crate::catalogue::Edition = $edition;
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(Self::EDITION.id())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let found = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                if found == Self::EDITION.id() {
                    Ok($name)
                } else {
                    Err(serde::de::Error::custom(format_args!(
                        "expected the edition {:?}, found {:?}",
                        Self::EDITION.id(),
                        found
                    )))
                }
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn inline_schema() -> bool {
                true
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "title": crate::catalogue::FieldText::EditionTag.label(),
                    "description": Self::EDITION.title_en(),
                    "type": "string",
                    "const": Self::EDITION.id(),
                })
            }
        }
    };
}

pub(crate) use edition_tag;
