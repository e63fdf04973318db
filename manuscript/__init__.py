"""Reading a manuscript file into a positioned, structured document.

Decoding with positions into the original file (`source`), one reader per input form (`reader`),
block structure with language and role (`structure`), script detection (`script`), sentence
segmentation (`segment`), the document model (`document`) and the errors every layer raises (`errors`).
Nothing here aligns or checks: this is the bottom floor, importing no other zhen_qa package.
"""
