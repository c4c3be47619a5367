"""Section 8.1: reading text lines, CSV, TFRecord files and a folder of images with tf.data."""

import os
import tempfile

import keras
import numpy as np
import tensorflow as tf
from PIL import Image

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
folder = tempfile.TemporaryDirectory()
root = folder.name

# Text lines: one dataset element per line, across several files.
for i in range(2):
    with open(os.path.join(root, f"part{i}.txt"), "w", encoding="utf-8") as f:
        f.write(f"file {i} line 1\nfile {i} line 2\n")
files = sorted(tf.io.gfile.glob(os.path.join(root, "part*.txt")))
lines = tf.data.TextLineDataset(files)
print([line.decode() for line in lines.as_numpy_iterator()])
assert len(list(lines)) == 4

# CSV: a header, typed columns, a label; batches of 4 as dictionaries of tensors.
csv_path = os.path.join(root, "iris.csv")
with open(csv_path, "w", encoding="utf-8") as f:
    f.write("sepal_length,sepal_width,species\n")
    for _ in range(10):
        f.write(f"{rng.uniform(4, 8):.1f},{rng.uniform(2, 4.5):.1f},{rng.integers(3)}\n")
csv = tf.data.experimental.make_csv_dataset(
    csv_path, batch_size=4, label_name="species", num_epochs=1, shuffle=False
)
features, labels = next(iter(csv))
print({k: v.numpy() for k, v in features.items()}, labels.numpy())
rows = tf.data.experimental.CsvDataset(
    csv_path, record_defaults=[tf.float32, tf.float32, tf.int32], header=True
)
print("first row:", [t.numpy() for t in next(iter(rows))])


# TFRecord: serialise tf.train.Example protocol buffers, then parse them back.
def to_example(image, label):
    return tf.train.Example(
        features=tf.train.Features(
            feature={
                "image": tf.train.Feature(
                    bytes_list=tf.train.BytesList(value=[tf.io.serialize_tensor(image).numpy()])
                ),
                "label": tf.train.Feature(int64_list=tf.train.Int64List(value=[label])),
            }
        )
    )


images = rng.integers(0, 256, size=(6, 8, 8), dtype=np.uint8)
record_path = os.path.join(root, "digits.tfrecord")
with tf.io.TFRecordWriter(record_path) as writer:
    for i, image in enumerate(images):
        writer.write(to_example(image, i % 3).SerializeToString())

spec = {
    "image": tf.io.FixedLenFeature([], tf.string),
    "label": tf.io.FixedLenFeature([], tf.int64),
}


def parse(record):
    example = tf.io.parse_single_example(record, spec)
    return tf.io.parse_tensor(example["image"], tf.uint8), example["label"]


records = tf.data.TFRecordDataset(record_path).map(parse).batch(3)
for batch_images, batch_labels in records:
    print("TFRecord batch:", batch_images.shape, batch_labels.numpy())
restored = np.concatenate([b.numpy() for b, _ in records])
np.testing.assert_array_equal(restored, images)

# Images in one folder per class: the folder names become the labels.
for name, colour in [("red", (220, 30, 30)), ("blue", (30, 30, 220))]:
    os.makedirs(os.path.join(root, "images", name))
    for i in range(3):
        pixels = np.clip(np.array(colour) + rng.integers(-20, 20, (16, 16, 3)), 0, 255)
        Image.fromarray(pixels.astype(np.uint8)).save(
            os.path.join(root, "images", name, f"{i}.png")
        )
photos = keras.utils.image_dataset_from_directory(
    os.path.join(root, "images"), image_size=(16, 16), batch_size=4, shuffle=False, verbose=False
)
print("classes:", photos.class_names)
for batch, labels in photos:
    print("image batch:", batch.shape, batch.dtype.name, labels.numpy())
red_mean = next(iter(photos))[0][0, ..., 0].numpy().mean()
assert photos.class_names == ["blue", "red"] and red_mean < 60  # the first image is blue

# The same by hand: list files, decode, resize, and keep the input pipeline busy.
paths = tf.data.Dataset.list_files(os.path.join(root, "images", "*", "*.png"), shuffle=False)


def load(path):
    image = tf.io.decode_png(tf.io.read_file(path), channels=3)
    label = tf.strings.split(path, os.sep)[-2]
    return tf.image.resize(image, [8, 8]) / 255.0, label


pipeline = paths.map(load, num_parallel_calls=tf.data.AUTOTUNE).batch(6).prefetch(tf.data.AUTOTUNE)
images_8, names = next(iter(pipeline))
print("by hand:", images_8.shape, sorted(set(n.decode() for n in names.numpy())))
folder.cleanup()
