"""Which reader a program's message file needs, by its name and, for XML, its shape.

A program's strings in one language a file: JSON (`i18n_json`), YAML (`i18n_yaml`: Rails, vue-i18n), Java `.properties`
(`i18n_properties`), Apple `.strings` (`i18n_strings`), .NET `.resx` (`i18n_resx`) and Android's `strings.xml`
(`i18n_android`: an `.xml` file whose root is `<resources>`; any other XML is not a message file). Each reader gives the
file's messages by key, mapped to the file; `i18n_json.read_message_pair` pairs two files' messages by key.
"""
from __future__ import annotations

from zhen_qa.manuscript.i18n_json import Message
from zhen_qa.manuscript.source import SourceText

MESSAGE_SUFFIXES = (".json", ".yml", ".yaml", ".properties", ".strings", ".resx")
"""Files that are message files by their name alone (an `.xml` file is one by its root: `is_message_file`)."""
XML_SUFFIXES = (".xml",)


def is_message_file(path: str) -> bool:
    """True for a file one of the message readers reads: by its suffix, and an `.xml` file by its `<resources>` root
    (read from the file's first few kilobytes; a file that cannot be read is not one)."""
    lower = path.lower()
    if lower.endswith(MESSAGE_SUFFIXES):
        return True
    if not lower.endswith(XML_SUFFIXES):
        return False
    from zhen_qa.manuscript.i18n_android import is_android_resources

    try:
        with open(path, "rb") as fh:
            head = fh.read(4000)
    except OSError:
        return False
    return is_android_resources(head.decode("utf-8", "replace").lstrip("\ufeff"))


def file_messages(src: SourceText) -> list[Message]:
    """The messages of a message file by its kind (JSON files: `i18n_json.messages`)."""
    lower = src.path.lower()
    if lower.endswith((".yml", ".yaml")):
        from zhen_qa.manuscript.i18n_yaml import messages as yaml_messages

        return yaml_messages(src)
    if lower.endswith(".properties"):
        from zhen_qa.manuscript.i18n_properties import messages as properties_messages

        return properties_messages(src)
    if lower.endswith(".strings"):
        from zhen_qa.manuscript.i18n_strings import messages as strings_messages

        return strings_messages(src)
    if lower.endswith(".resx"):
        from zhen_qa.manuscript.i18n_resx import messages as resx_messages

        return resx_messages(src)
    from zhen_qa.manuscript.i18n_android import messages as android_messages

    return android_messages(src)
