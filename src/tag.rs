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

/// Defines the report type of a format with six parts and the three tables (2019, 2021): the
/// formats differ only in their tag and in part 二.
macro_rules! tabled_report {
    (
        $(#[$meta:meta])*
        $name:ident, $tag:ident, $edition:literal, $proactive:ty
    ) => {
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        $(#[$meta])*
        pub struct $name {
            #[doc = concat!("The edition tag, always `\"", $edition, "\"`.")]
            #[schemars(title = FieldText::EditionTag.label())]
            pub edition: $tag,
            /// Who published the report and for which year.
            #[schemars(title = FieldText::Meta.label())]
            pub meta: Meta,
            /// Text printed before part 1 (an opening paragraph naming the report's basis), when any.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[schemars(title = FieldText::Preamble.label())]
            pub preamble: Option<String>,
            /// Part 一: overview.
            #[schemars(title = Part::Overview.label(), description = Part::Overview.title_en())]
            pub overview: Narrative,
            /// Part 二: proactive disclosure.
            #[schemars(title = Part::Proactive.label(), description = Part::Proactive.title_en())]
            pub proactive: $proactive,
            /// Part 三: applications received and handled.
            #[schemars(title = Part::Requests.label(), description = Part::Requests.title_en())]
            pub requests: Requests,
            /// Part 四: review and litigation.
            #[schemars(title = Part::ReviewLitigation.label(), description = Part::ReviewLitigation.title_en())]
            pub review_litigation: ReviewLitigation,
            /// Part 五: main problems and improvements.
            #[schemars(title = Part::Problems.label(), description = Part::Problems.title_en())]
            pub problems: Narrative,
            /// Part 六: other matters.
            #[schemars(title = Part::OtherMatters.label(), description = Part::OtherMatters.title_en())]
            pub other_matters: OtherMatters,
        }
    };
}

pub(crate) use tabled_report;

/// Defines the type of a part that prints tables: its heading as printed and the prose before
/// and after its tables, around the fields given. `$before` and `$after` document the prose
/// fields (the schema's descriptions come from them).
macro_rules! table_part {
    (
        $(#[$meta:meta])*
        pub struct $name:ident ($before:literal, $after:literal) {
            $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty ),+ $(,)?
        }
    ) => {
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        $(#[$meta])*
        pub struct $name {
            /// The heading as printed, when known.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[schemars(title = crate::catalogue::FieldText::Heading.label())]
            pub heading: Option<String>,
            #[doc = $before]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[schemars(title = crate::catalogue::FieldText::TextBefore.label())]
            pub text_before: Option<String>,
            $( $(#[$fmeta])* pub $field: $ty, )+
            #[doc = $after]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[schemars(title = crate::catalogue::FieldText::TextAfter.label())]
            pub text_after: Option<String>,
        }
    };
}

pub(crate) use table_part;
