"""Section 6.12: XML with ElementTree, and a parser for untrusted XML that refuses DTDs."""

import xml.etree.ElementTree as ET
from xml.parsers import expat


def parse_untrusted_xml(data):
    """Parse ``data`` (bytes or str) with ElementTree, refusing any DOCTYPE or entity declaration.

    Entity expansion ("billion laughs") and external entities both need a document type
    declaration, and ordinary data formats never need one, so a document that has one is
    refused before ElementTree builds anything.
    """

    def refuse(*_args):
        raise ValueError("DTDs and entity declarations are not allowed")

    checker = expat.ParserCreate()
    checker.StartDoctypeDeclHandler = refuse
    checker.EntityDeclHandler = refuse
    checker.ExternalEntityRefHandler = refuse
    checker.Parse(data, True)
    return ET.fromstring(data)


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<lolz>&lol9;</lolz>"""

SMALL_ENTITY = '<!DOCTYPE d [<!ENTITY e "expanded">]><d>&e;</d>'

if __name__ == "__main__":
    doc = """<models>
      <model name="mnist" framework="tensorflow"><layers>3</layers></model>
      <model name="lstm" framework="tensorflow"><layers>2</layers></model>
    </models>"""
    root = parse_untrusted_xml(doc)
    for model in root.iter("model"):
        print(model.get("name"), model.attrib, int(model.find("layers").text))
    print(root.findall("./model[@name='lstm']")[0].get("name"))
    new = ET.Element("config")
    ET.SubElement(new, "lr").text = "0.01"
    print(ET.tostring(new, encoding="unicode"))

    # What the standard parser itself does (Python 3.11.7 with expat 2.5.0 here):
    print("expat version:", expat.EXPAT_VERSION)
    print("plain ET expands a small internal entity:", ET.fromstring(SMALL_ENTITY).text)
    try:
        ET.fromstring(BILLION_LAUGHS)
    except ET.ParseError as error:
        print("plain ET on billion laughs: ParseError:", error)
    else:
        print("plain ET on billion laughs: parsed (this expat has no amplification limit)")

    for name, text in [("small entity", SMALL_ENTITY), ("billion laughs", BILLION_LAUGHS)]:
        try:
            parse_untrusted_xml(text)
        except ValueError as error:
            print(f"parse_untrusted_xml refused {name}: {error}")
        else:
            raise AssertionError(name)
