"""Projects the distilled token vectors to 192 dimensions (PCA) and stores them as int8 with one
scale per token: src/main/resources/knowledge/word-vectors.bin. Needs Python 3 with numpy."""
import struct
import sys

import numpy as np

DIMS = 192
source, target = sys.argv[1], sys.argv[2]
with open(source, 'rb') as f:
    count, width = struct.unpack('>ii', f.read(8))
    tokens, vectors = [], np.zeros((count, width), dtype=np.float32)
    for i in range(count):
        length = struct.unpack('>H', f.read(2))[0]
        tokens.append(f.read(length).decode('utf-8'))
        vectors[i] = np.frombuffer(f.read(width * 4), dtype='>f4')

# Special tokens and scripts visitors of these businesses do not write are left out.
keep = [i for i, t in enumerate(tokens)
        if not (t.startswith('[') and t.endswith(']')) and all(ord(c) < 0x250 for c in t.replace('##', ''))]
centred = vectors[keep] - vectors[keep].mean(0)
_, _, components = np.linalg.svd(centred, full_matrices=False)
projected = centred @ components[:DIMS].T
scales = np.abs(projected).max(1, keepdims=True) / 127.0
scales[scales == 0] = 1.0
quantised = np.round(projected / scales).astype(np.int8)
with open(target, 'wb') as out:
    out.write(b'TCWV')
    out.write(struct.pack('>ii', len(keep), DIMS))
    for row, i in enumerate(keep):
        name = tokens[i].encode('utf-8')
        out.write(struct.pack('>H', len(name)) + name)
        out.write(struct.pack('>f', float(scales[row, 0])))
        out.write(quantised[row].tobytes())
print(f'{len(keep)} tokens x {DIMS} dimensions written to {target}')
