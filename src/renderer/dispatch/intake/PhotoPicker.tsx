// Up to six photos: picked from files, previewed, removable; wrong types and oversize
// files are refused with a message rather than sent.
import { CloseButton, FileButton, Group, Image, Input, Text, Button, Box } from '@mantine/core';
import { useState, type ComponentProps } from 'react';
import { useT } from '../../i18n/LocaleProvider';
import { MAX_PHOTOS, photoProblem, readPhoto, type PickedPhoto } from './photoFiles';

// data-* keys are fine on an input but not known to its props type outside JSX.
const testIdProps: Record<string, string> = { 'data-testid': 'intake-photo-input' };
const FILE_INPUT_PROPS: ComponentProps<'input'> = { ...testIdProps };

export function PhotoPicker({ photos, onChange, error }: { photos: PickedPhoto[]; onChange: (p: PickedPhoto[]) => void; error?: string | undefined }) {
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);

  const add = async (files: File[]) => {
    setProblem(null);
    const room = MAX_PHOTOS - photos.length;
    const accepted: PickedPhoto[] = [];
    for (const file of files.slice(0, Math.max(0, room))) {
      const p = photoProblem(file);
      if (p) {
        setProblem(t(`intake.photoProblem.${p}`, { name: file.name }));
        continue;
      }
      accepted.push(await readPhoto(file));
    }
    if (files.length > room) setProblem(t('intake.photoTooMany', { max: MAX_PHOTOS }));
    onChange([...photos, ...accepted]);
  };

  return (
    <Input.Wrapper label={t('intake.photos')} description={t('intake.photosHint', { max: MAX_PHOTOS })} error={problem ?? error}>
      <Group gap={6} mt={4} data-testid="intake-photos">
        {photos.map((p, i) => (
          <Box key={`${p.name}-${i}`} pos="relative" data-testid="intake-photo">
            <Image src={`data:${p.mime};base64,${p.dataBase64}`} alt={p.name} w={64} h={64} fit="cover" radius="sm" style={{ border: '1px solid var(--mantine-color-gray-3)' }} />
            <CloseButton
              size="xs"
              pos="absolute"
              top={2}
              right={2}
              variant="filled"
              aria-label={t('intake.removePhoto', { name: p.name })}
              onClick={() => onChange(photos.filter((_, j) => j !== i))}
            />
          </Box>
        ))}
        {photos.length < MAX_PHOTOS && (
          <FileButton onChange={(files) => void add(files)} accept="image/jpeg,image/png,image/webp" multiple inputProps={FILE_INPUT_PROPS}>
            {(props) => (
              <Button {...props} variant="default" w={64} h={64} p={0} data-testid="intake-photo-add">
                <Text fz={22} c="dimmed" lh={1}>
                  +
                </Text>
              </Button>
            )}
          </FileButton>
        )}
      </Group>
    </Input.Wrapper>
  );
}
