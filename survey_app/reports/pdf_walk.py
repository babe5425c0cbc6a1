"""Walking the objects of a PDF read back as if an adversary wrote them.

pypdf resolves references lazily and trusts their shape: a name tree whose /Kids points back at
itself is walked for ever, a /Names that is a number ends in "'NumberObject' object is not
subscriptable". Here every reference is followed with a record of where it has been, every object
is type-checked before use, and walks stop at the limits in `survey_app.limits`. Failures are a
`PdfStructureError`; the caller turns it into a message for the user.
"""

from __future__ import annotations

from enum import StrEnum

from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NullObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

from survey_app.limits import (
    PDF_ATTACHED_FILES,
    PDF_NAME_TREE_DEPTH,
    PDF_NAME_TREE_NODES,
    PDF_REFERENCE_CHAIN,
)


class Problem(StrEnum):
    #: a reference leads back to an object already on the way (or a node is listed twice)
    LOOP = "loop"
    #: nesting deeper than the limit
    TOO_DEEP = "too deep"
    #: more nodes or entries than the limit
    TOO_LARGE = "too large"
    #: an object is not of the type the PDF standard (and this application) uses there
    WRONG_TYPE = "wrong type"


class PdfStructureError(Exception):
    def __init__(self, problem: Problem, detail: str) -> None:
        super().__init__(detail)
        self.problem = problem
        self.detail = detail


def _kind(obj: PdfObject | None) -> str:
    """What an object is, in the words of the PDF standard."""
    if obj is None or isinstance(obj, NullObject):
        return "missing"
    if isinstance(obj, StreamObject):
        return "a stream"
    if isinstance(obj, DictionaryObject):
        return "a dictionary"
    if isinstance(obj, ArrayObject):
        return "an array"
    if isinstance(obj, (TextStringObject, ByteStringObject)):
        return "a string"
    return "a " + type(obj).__name__.removesuffix("Object").lower()


def resolve(obj: PdfObject | None, *, seen: set[tuple[int, int]] | None = None) -> PdfObject | None:
    """The object a (chain of) reference(s) leads to. References met are added to `seen`; meeting
    one already there is a loop."""
    seen = set() if seen is None else seen
    for _hop in range(PDF_REFERENCE_CHAIN):
        if not isinstance(obj, IndirectObject):
            return obj
        key = (obj.idnum, obj.generation)
        if key in seen:
            raise PdfStructureError(Problem.LOOP, f"object {obj.idnum} {obj.generation} is reached twice")
        seen.add(key)
        obj = obj.get_object()
    raise PdfStructureError(Problem.TOO_DEEP, f"more than {PDF_REFERENCE_CHAIN} references in a row")


def dictionary(obj: PdfObject | None, what: str) -> DictionaryObject:
    found = resolve(obj)
    if not isinstance(found, DictionaryObject) or isinstance(found, StreamObject):
        raise PdfStructureError(Problem.WRONG_TYPE, f"{what} is {_kind(found)}, not a dictionary")
    return found


def optional_dictionary(parent: DictionaryObject, key: str, what: str) -> DictionaryObject | None:
    """`parent[key]` when present (absent and null are None); anything but a dictionary is refused."""
    found = resolve(parent.get(key))
    if found is None or isinstance(found, NullObject):
        return None
    return dictionary(found, what)


def stream(obj: PdfObject | None, what: str) -> StreamObject:
    found = resolve(obj)
    if not isinstance(found, StreamObject):
        raise PdfStructureError(Problem.WRONG_TYPE, f"{what} is {_kind(found)}, not a stream")
    return found


def text(obj: PdfObject | None, what: str) -> str:
    found = resolve(obj)
    if isinstance(found, TextStringObject):
        return str(found)
    if isinstance(found, ByteStringObject):
        return bytes(found).decode("latin-1")
    raise PdfStructureError(Problem.WRONG_TYPE, f"{what} is {_kind(found)}, not a string")


def name_tree(root: PdfObject, what: str) -> list[tuple[str, PdfObject | None]]:
    """(name, value) pairs of a name tree (PDF 32000-1, 7.9.6), in order; the values resolved, for
    the caller to type-check the ones it uses.

    Each node may be met once: a node listed twice, or a /Kids entry leading back up, is a loop
    (a tree walked naively could loop for ever or grow exponentially).
    """
    seen: set[tuple[int, int]] = set()
    entries: list[tuple[str, PdfObject | None]] = []
    nodes = 0
    pending: list[tuple[PdfObject, int]] = [(root, 1)]
    while pending:
        obj, depth = pending.pop()
        nodes += 1
        if nodes > PDF_NAME_TREE_NODES:
            raise PdfStructureError(Problem.TOO_LARGE, f"more than {PDF_NAME_TREE_NODES} parts")
        if depth > PDF_NAME_TREE_DEPTH:
            raise PdfStructureError(Problem.TOO_DEEP, f"nested more than {PDF_NAME_TREE_DEPTH} levels deep")
        node = dictionary(resolve(obj, seen=seen), what)
        names = resolve(node.get("/Names"))
        if names is not None and not isinstance(names, NullObject):
            if not isinstance(names, ArrayObject) or len(names) % 2:
                raise PdfStructureError(Problem.WRONG_TYPE, f"/Names of {what} is {_kind(names)}, not an array of pairs")
            if len(entries) + len(names) // 2 > PDF_ATTACHED_FILES:
                raise PdfStructureError(Problem.TOO_LARGE, f"more than {PDF_ATTACHED_FILES} entries")
            for index in range(0, len(names), 2):
                entries.append((text(names[index], f"a name in {what}"), resolve(names[index + 1])))
        kids = resolve(node.get("/Kids"))
        if kids is not None and not isinstance(kids, NullObject):
            if not isinstance(kids, ArrayObject):
                raise PdfStructureError(Problem.WRONG_TYPE, f"/Kids of {what} is {_kind(kids)}, not an array")
            if nodes + len(pending) + len(kids) > PDF_NAME_TREE_NODES:
                raise PdfStructureError(Problem.TOO_LARGE, f"more than {PDF_NAME_TREE_NODES} parts")
            # reversed: the stack then gives the kids in their order
            pending.extend((kid, depth + 1) for kid in reversed(kids))
    return entries


def filters(data: StreamObject) -> list[str]:
    """The names of a stream's filters (decoders), in order."""
    found = resolve(data.get("/Filter"))
    if found is None or isinstance(found, NullObject):
        return []
    if isinstance(found, NameObject):
        return [str(found)]
    if isinstance(found, ArrayObject) and all(isinstance(resolve(item), NameObject) for item in found):
        return [str(resolve(item)) for item in found]
    raise PdfStructureError(Problem.WRONG_TYPE, f"/Filter is {_kind(found)}, not a name or an array of names")
