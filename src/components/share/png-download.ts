/**
 * `<png-download data-svg data-file data-failed>`: turns a map's or chart's standalone SVG into a PNG in
 * the browser when its button is pressed. The SVG is loaded as an image from the site's own
 * origin (the CSP allows `img-src 'self'`), drawn on a canvas at twice its size for sharp print,
 * and saved under `data-file`. Nothing runs before the click.
 */
const SCALE = 2;

async function svgToPngBlob(url: string): Promise<Blob> {
  const image = new Image();
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * SCALE;
  canvas.height = image.naturalHeight * SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'),
  );
}

class PngDownload extends HTMLElement {
  connectedCallback(): void {
    this.hidden = false;
    this.querySelector('button')?.addEventListener('click', () => void this.save());
  }

  private async save(): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (status) status.textContent = '';
    try {
      const blob = await svgToPngBlob(this.dataset.svg!);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = this.dataset.file ?? 'shandong.png';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch {
      if (status) status.textContent = this.dataset.failed ?? '';
    }
  }
}

if (!customElements.get('png-download')) customElements.define('png-download', PngDownload);
